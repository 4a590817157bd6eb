// The publish gate of procedure pages as the Studio runs it on one (possibly draft, possibly
// half-filled: see draftStandIns.ts) procedure, risk or contraindication: parse it at the zod
// boundary, build a graph from the fetched context, run the page's text rules under the preset of
// each jurisdiction whose clinics show it, and keep each problem once, at its strictest severity;
// while one of those clinics passes, an error for the others warns naming them, as on an article's
// form (findingsAcrossClinics). Pure.
import {procedureTexts, riskOrContraindicationTexts} from '../../checks/textsShown.ts'
import {buildContentGraph, documentById} from '../../content/contentGraph.ts'
import {isSelfReference} from '../../content/publishedId.ts'
import {parseDocuments} from '../../content/parseDocuments.ts'
import {procedureSafetyMissing} from '../../gate/clinicProcedureSafetyMissing.ts'
import {runTextRules} from '../../gate/runPresetRules.ts'
import {presetsByJurisdiction} from '../../presets/index.ts'
import type {Jurisdiction, Preset} from '../../presets/preset.ts'
import {parseDraft, withStandInFindings} from './draftStandIns.ts'
import {findingsAcrossClinics} from './findingsAcrossClinics.ts'
import type {StudioFinding} from './studioFinding.ts'

/** The result of `procedureGateContextQuery` or `riskOrContraindicationGateContextQuery`. */
export interface ProcedureGateContext {
  /** A procedure's risks and contraindications; nothing for a risk or contraindication. */
  referenced: unknown[]
  /**
   * The clinics whose gates see its texts: those offering the procedure (or, for a risk or
   * contraindication, one listing it) and those targeted by an article showing it.
   */
  clinics: unknown[]
}

export interface StudioProcedureInput {
  document: unknown
  context: ProcedureGateContext
  presets?: Readonly<Record<Jurisdiction, Preset>>
}

export const studioProcedureFindings = ({document, context, presets = presetsByJurisdiction}: StudioProcedureInput): StudioFinding[] => {
  const draft = parseDraft(document)
  if (!('document' in draft)) return 'findings' in draft ? [...draft.findings] : []
  const own = draft.document
  if (own._type !== 'procedure' && own._type !== 'risk' && own._type !== 'contraindication') return []
  const graph = buildContentGraph([...parseDocuments([...context.referenced, ...context.clinics]).documents, own])
  const texts = own._type === 'procedure' ? procedureTexts(own, graph) : riskOrContraindicationTexts(own)

  const clinics = [...graph.clinics.values()]
  const all = Object.keys(presets) as Jurisdiction[]
  const shownIn = new Set(clinics.map((clinic) => clinic.jurisdiction))
  // What no clinic shows is on no page yet; a clinic starts offering it on the clinic's own form, where
  // these checks do not run, so until then it is held to every jurisdiction's rules.
  const jurisdictions = shownIn.size === 0 ? all : all.filter((jurisdiction) => shownIn.has(jurisdiction))
  // The build drops, in each clinic whose gate they fail, the procedure's page and every article
  // showing its texts (siteContents.ts, textsShown.ts), and publishes them in the clinics they pass:
  // while one clinic passes, the pages held back in the others are named, published ones included.
  // procedure-safety-missing, which the gate reports on the release of each clinic offering the
  // procedure: shown once, at the field to fill in, while any clinic offers it. A draft keeps its own
  // id; the clinics name the published one.
  const offered = own._type === 'procedure' && clinics.some((clinic) => clinic.proceduresOffered.some((offer) => isSelfReference(own._id, offer._ref)))
  const safetyMissing = offered && own._type === 'procedure' ? procedureSafetyMissing(own) : []
  const findings = withStandInFindings(draft, findingsAcrossClinics({
    // The texts are the same for every clinic of a jurisdiction, so each preset runs once for all of them.
    verdicts: jurisdictions.map((jurisdiction) => ({
      clinics: clinics.filter((clinic) => clinic.jurisdiction === jurisdiction),
      findings: runTextRules({texts, jurisdiction, graph, preset: presets[jurisdiction]}),
    })),
    clinics,
    documentId: own._id,
    linkedDocument: (id) => documentById(graph, id),
    shownWhere: 'يظهر في صفحة هذا الإجراء',
    leftOutNote: (leftOut) => `حتى يُصلَح تُحجب كل صفحة تعرضه، ولو كانت منشورة، في: ${leftOut}؛ وتُنشر في بقية العيادات التي تعرضه`,
  }))
  return [...findings, ...safetyMissing]
}
