// What publishing an edit of a clinic (its country) or of a disclaimer (its country, its date) does
// to the articles of the clinics it touches: the articles disclaimer-missing would pass today and
// hold back once the edit is published, which no finding showed until the build. The same check,
// disclaimer-missing, runs on the published content and on it with the edit in place (heldBackByEdit.ts). Pure.
import {ruleDocsUrl, type Finding} from '../../findings/finding.ts'
import {parseDraft} from './draftStandIns.ts'
import {graphsAroundEdit, newlyHeldBack} from './heldBackByEdit.ts'

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

export const studioDisclaimerEditFindings = ({document, publishedId: id, context, now}: StudioDisclaimerEditInput): Finding[] => {
  const draft = parseDraft(document)
  if (!('document' in draft)) return []
  const edited = draft.document
  if (edited._type !== 'clinic' && edited._type !== 'disclaimer') return []
  const {before, after} = graphsAroundEdit([...context.clinics, ...context.disclaimers, ...context.articles], edited, id)
  const titlesByClinic = new Map<string, string[]>()
  for (const {clinic, article} of newlyHeldBack(before, after, ['disclaimer-missing'], now)) {
    titlesByClinic.set(clinic._id, [...(titlesByClinic.get(clinic._id) ?? []), `«${article.title}»`])
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
