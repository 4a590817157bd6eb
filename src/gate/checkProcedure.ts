// The publish gate for a procedure's own page: the clinic preset's text rules (those with
// `runOnTexts`: bidi-control, invisible-char, banned-claim) on what the page shows of the
// procedure, its risks and contraindications. Articles showing the procedure are checked on the same
// texts by the same functions (textsShown.ts); this covers the page that shows them alone. Pure.
import {procedureTexts} from '../checks/textsShown.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import type {Procedure} from '../content/documents/procedure.ts'
import type {Finding} from '../findings/finding.ts'
import {brokenSafetyReferences} from '../checks/procedureSafetyReferences.ts'
import type {Jurisdiction, Preset} from '../presets/preset.ts'
import {presetFor} from '../presets/index.ts'
import {isPublishable} from './checkArticle.ts'
import {presetFindings, runTextRules} from './runPresetRules.ts'
import {sameItems} from '../memo/sameItems.ts'

export interface ProcedureCheckInput {
  procedure: Procedure
  clinic: Clinic
  graph: ContentGraph
  preset: Preset
  /** The zod boundary's findings, so a risk that is published but invalid is not called deleted. */
  parseFindings?: readonly Finding[]
}

interface Remembered {
  preset: Preset
  jurisdiction: Jurisdiction
  /** The risk and contraindication documents the texts came from, as the graph gave them. */
  linked: readonly unknown[]
  findings: Finding[]
}

// Findings per procedure object: the site asks for a verdict wherever it lists or links a
// procedure, the gate once per clinic, and documents are never changed once parsed, so a procedure
// whose risks and contraindications are the same objects is not scanned again. The linked documents
// are still looked up on every call, so a build that records its graph reads sees them read.
const rememberedFindings = new WeakMap<Procedure, Remembered[]>()

const linkedDocuments = (procedure: Procedure, graph: ContentGraph): unknown[] => [
  ...procedure.risks.map((entry) => graph.risks.get(entry.risk._ref)),
  ...procedure.contraindications.map((entry) => graph.contraindications.get(entry.contraindication._ref)),
]

/** The text rules on what the page shows, remembered per procedure object (the scan is what costs). */
const textFindings = (procedure: Procedure, jurisdiction: Jurisdiction, graph: ContentGraph, preset: Preset): Finding[] => {
  const linked = linkedDocuments(procedure, graph)
  const entries = rememberedFindings.get(procedure) ?? []
  const known = entries.find((entry) => entry.preset === preset && entry.jurisdiction === jurisdiction && sameItems(entry.linked, linked))
  if (known) return known.findings
  const findings = runTextRules({texts: procedureTexts(procedure, graph), jurisdiction, graph, preset})
  // One entry per preset and jurisdiction: a newer linked document replaces the older verdict.
  rememberedFindings.set(procedure, [...entries.filter((entry) => entry.preset !== preset || entry.jurisdiction !== jurisdiction), {preset, jurisdiction, linked, findings}])
  return findings
}

export const checkProcedure = ({procedure, clinic, graph, preset, parseFindings = []}: ProcedureCheckInput): Finding[] => {
  const texts = textFindings(procedure, clinic.jurisdiction, graph, preset)
  // A risk or contraindication it lists that is not there would be left off its page unseen.
  const broken = brokenSafetyReferences(procedure, graph, parseFindings)
  return broken.length === 0 ? texts : [...presetFindings(preset, 'reference-broken', broken), ...texts]
}

/**
 * Whether the clinic may show the procedure's own page, under the clinic's jurisdiction preset (the
 * site is always built with it; a what-if run with other presets changes the report, not the site).
 * The site asks it where it lists or links procedures. An incremental build stays the same as a full
 * one because every article page's input hash covers the procedures it shows with their risks and
 * contraindications (articleDependencies.ts), and an article showing a failing procedure is itself
 * blocked by the same findings (textsShown.ts); the procedure pages and lists are made anew each build.
 */
export const isProcedurePublishable = (procedure: Procedure, clinic: Clinic, graph: ContentGraph): boolean =>
  isPublishable(checkProcedure({procedure, clinic, graph, preset: presetFor(clinic.jurisdiction)}))
