// What publishing an edit of a clinic (its country) or of a disclaimer (its country, its date) does
// to the articles of the clinics it touches: the articles disclaimer-missing would pass today and
// hold back once the edit is published, which no finding showed until the build. The same check,
// disclaimer-missing, runs on the published content and on it with the edit in place. Pure.
import {disclaimerMissing} from '../../checks/disclaimer-missing.ts'
import {buildContentGraph, type ContentGraph} from '../../content/contentGraph.ts'
import type {Article} from '../../content/documents/article.ts'
import type {Clinic} from '../../content/documents/clinic.ts'
import {parseDocuments, type SanadDocument} from '../../content/parseDocuments.ts'
import {ruleDocsUrl, type Finding} from '../../findings/finding.ts'
import {rulePolicyOf} from '../../gate/checkArticle.ts'
import {presetFindings} from '../../gate/runPresetRules.ts'
import {presetFor, todayFor} from '../../presets/index.ts'
import {parseDraft} from './draftStandIns.ts'

/** The result of `disclaimerEditContextQuery`, in the published perspective. */
export interface DisclaimerEditContext {
  clinics: unknown[]
  disclaimers: unknown[]
  articles: unknown[]
}

export interface StudioDisclaimerEditInput {
  document: unknown
  /** The id the edit is published under (the adapter reads it with Sanity's getPublishedId). */
  publishedId: string
  context: DisclaimerEditContext
  now: Date
}

/** Whether disclaimer-missing holds the article back in the clinic, under the clinic's preset. */
const heldBack = (article: Article, clinic: Clinic, graph: ContentGraph, now: Date): boolean => {
  const preset = presetFor(clinic.jurisdiction)
  const today = todayFor(clinic.jurisdiction, now)
  const reports = disclaimerMissing.run({article, clinic, graph, now, today, policy: rulePolicyOf(preset), options: {}, parseFindings: []})
  return presetFindings(preset, 'disclaimer-missing', reports).some((finding) => finding.severity === 'error')
}

const heldBackPairs = (graph: ContentGraph, now: Date): Set<string> => {
  const pairs = new Set<string>()
  for (const article of graph.articles.values()) {
    for (const target of article.targetClinics) {
      const clinic = graph.clinics.get(target._ref)
      if (clinic && heldBack(article, clinic, graph, now)) pairs.add(`${clinic._id}\u0000${article._id}`)
    }
  }
  return pairs
}

export const studioDisclaimerEditFindings = ({document, publishedId: id, context, now}: StudioDisclaimerEditInput): Finding[] => {
  const draft = parseDraft(document)
  if (!('document' in draft)) return []
  const edited = draft.document
  if (edited._type !== 'clinic' && edited._type !== 'disclaimer') return []
  const published = parseDocuments([...context.clinics, ...context.disclaimers, ...context.articles]).documents
  const before = buildContentGraph(published)
  const after = buildContentGraph([...published.filter((known: SanadDocument) => known._id !== id), {...edited, _id: id}])
  const already = heldBackPairs(before, now)
  const titlesByClinic = new Map<string, string[]>()
  for (const pair of heldBackPairs(after, now)) {
    if (already.has(pair)) continue
    const [clinicId, articleId] = pair.split('\u0000') as [string, string]
    titlesByClinic.set(clinicId, [...(titlesByClinic.get(clinicId) ?? []), `«${after.articles.get(articleId)!.title}»`])
  }
  return [...titlesByClinic].map(([clinicId, titles]) => ({
    ruleId: 'disclaimer-missing',
    severity: 'warning',
    message: `إن نُشر هذا التعديل فلن تُنشر في «${after.clinics.get(clinicId)!.name}» هذه المقالات، لأنها لا تحمل إخلاء المسؤولية الطبية الساري هناك: ${titles.join('، ')}. أضف إليها كتلة «إخلاء المسؤولية الطبية» بالإصدار الساري قبل نشر التعديل، أو بعده مباشرة.`,
    documentId: edited._id,
    path: '',
    url: ruleDocsUrl('disclaimer-missing'),
  }))
}
