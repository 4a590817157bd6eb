// The publish gate as the Studio runs it for one (possibly draft, possibly half-filled: see
// draftStandIns.ts) article: parse it at the zod boundary, build a graph from the fetched context, check it for every target clinic with that
// clinic's preset, and merge the findings into one list for the form (findingsAcrossClinics). Pure.
import {buildContentGraph, documentById} from '../../content/contentGraph.ts'
import type {Clinic} from '../../content/documents/clinic.ts'
import {parseDocuments} from '../../content/parseDocuments.ts'
import {checkArticle} from '../../gate/checkArticle.ts'
import {targetClinicsMissing} from '../../checks/target-clinics-missing.ts'
import {presetsByJurisdiction} from '../../presets/index.ts'
import type {Jurisdiction, Preset} from '../../presets/preset.ts'
import {parseDraft, withStandInFindings} from './draftStandIns.ts'
import {findingsAcrossClinics} from './findingsAcrossClinics.ts'
import type {StudioFinding} from './studioFinding.ts'

/** The result of `articleGateContextQuery`. */
export interface ArticleGateContext {
  referenced: unknown[]
  disclaimers: unknown[]
  claimReviewers: unknown[]
}

export interface StudioArticleInput {
  document: unknown
  context: ArticleGateContext
  now: Date
  presets?: Readonly<Record<Jurisdiction, Preset>>
}

export const studioArticleFindings = ({document, context, now, presets = presetsByJurisdiction}: StudioArticleInput): StudioFinding[] => {
  const draft = parseDraft(document)
  if (!('document' in draft)) return 'findings' in draft ? [...draft.findings] : []
  if (draft.document._type !== 'article') return []
  const article = draft.document
  // The fetched documents' own schema findings say which reference points at a broken document
  // rather than a deleted one (reference-broken, target-clinic-unknown).
  const supporting = parseDocuments([...context.referenced, ...context.disclaimers, ...context.claimReviewers])
  const graph = buildContentGraph([...supporting.documents, article])

  const clinics = new Map<string, Clinic>()
  for (const target of article.targetClinics) {
    const clinic = graph.clinics.get(target._ref)
    if (clinic) clinics.set(clinic._id, clinic)
  }
  // With no clinic the gate judges nothing, and an empty verdict would read as «جاهز للنشر»: the
  // form's only finding is an error, so Publish waits for a clinic.
  if (clinics.size === 0) return withStandInFindings(draft, [targetClinicsMissing(article, 'error', {parseFindings: supporting.findings})])
  // One form shows every clinic's verdict; while one clinic passes, the article leaves out only the others.
  return withStandInFindings(draft, findingsAcrossClinics({
    verdicts: [...clinics.values()].map((clinic) => ({clinics: [clinic], findings: checkArticle({article, clinic, graph, now, preset: presets[clinic.jurisdiction], parseFindings: supporting.findings})})),
    clinics: clinics.values(),
    documentId: article._id,
    linkedDocument: (id) => documentById(graph, id),
    shownWhere: 'يظهر مع هذا المقال',
    leftOutNote: (leftOut) => `لا يُنشر في: ${leftOut} حتى يُصلَح؛ يُنشر في بقية عياداته`,
  }))
}
