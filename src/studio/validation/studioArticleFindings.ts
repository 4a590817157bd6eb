// The publish gate as the Studio runs it for one (possibly draft) article: parse it at the zod
// boundary, build a graph from the fetched context, check it for every target clinic with that
// clinic's preset, and merge the findings into one list for the form. Pure.
import {buildContentGraph} from '../../content/contentGraph.ts'
import type {Clinic} from '../../content/documents/clinic.ts'
import {parseDocument, parseDocuments} from '../../content/parseDocuments.ts'
import {checkArticle} from '../../gate/checkArticle.ts'
import {presetsByJurisdiction} from '../../presets/index.ts'
import type {Jurisdiction, Preset} from '../../presets/preset.ts'
import {mergeClinicFindings, type NamedClinic} from './mergeClinicFindings.ts'
import {inLinkedDocument, type StudioFinding} from './studioFinding.ts'

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

const namesOf = (clinics: readonly NamedClinic[]): string => clinics.map((clinic) => clinic.name).join('، ')

export const studioArticleFindings = ({document, context, now, presets = presetsByJurisdiction}: StudioArticleInput): StudioFinding[] => {
  const parsed = parseDocument(document)
  if ('findings' in parsed) return parsed.findings
  if (!('document' in parsed) || parsed.document._type !== 'article') return []
  const article = parsed.document
  const supporting = parseDocuments([...context.referenced, ...context.disclaimers, ...context.claimReviewers]).documents
  const graph = buildContentGraph([...supporting, article])

  const clinics = new Map<string, Clinic>()
  for (const target of article.targetClinics) {
    const clinic = graph.clinics.get(target._ref)
    if (clinic) clinics.set(clinic._id, clinic)
  }
  // One form shows every clinic's verdict: the same problem found for several clinics is shown
  // once at its strictest severity, and a problem only some clinics have says which.
  const merged = mergeClinicFindings(
    [...clinics.values()].map((clinic) => ({clinics: [clinic], findings: checkArticle({article, clinic, graph, now, preset: presets[clinic.jurisdiction]})})),
  )
  // The build publishes to every clinic the gate passes, so while one clinic passes the article may
  // be published: what blocks the others is shown as a warning naming them, not an error, which
  // Sanity would take for a reason to disable Publish for every clinic.
  const blocked = new Set(merged.flatMap(({blocking}) => blocking.map((clinic) => clinic._id)))
  const someClinicPasses = [...clinics.keys()].some((id) => !blocked.has(id))
  return merged.map(({finding: found, clinics: concerned, blocking}): StudioFinding => {
    const finding = found.documentId === article._id ? found : inLinkedDocument(found, 'يظهر مع هذا المقال')
    if (blocking.length > 0 && someClinicPasses) {
      return {
        ...finding,
        severity: 'warning',
        message: `${finding.message} (لا يُنشر في: ${namesOf(blocking)} حتى يُصلَح؛ يُنشر في بقية عياداته)`,
        blocksClinics: blocking.map((clinic) => clinic.name),
      }
    }
    return concerned.length < clinics.size ? {...finding, message: `${finding.message} (يخصّ: ${namesOf(concerned)})`} : finding
  })
}
