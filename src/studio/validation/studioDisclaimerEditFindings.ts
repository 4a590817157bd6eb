// What publishing an edit of a clinic (its country) or of a disclaimer (its country, its date) does
// to the articles of the clinics it touches: the articles disclaimer-missing would pass today and
// hold back once the edit is published, which no finding showed until the build. The same check,
// disclaimer-missing, runs on the published content and on it with the edit in place, and only
// articles the whole gate publishes today are named (heldBackByEdit.ts). Pure.
import {ruleDocsUrl, type Finding} from '../../findings/finding.ts'
import {parseDraft} from './draftStandIns.ts'
import type {SanadDocument} from '../../content/parseDocuments.ts'
import {graphsAroundEdit, idsReadByWholeGate, newlyHeldBack, publishedToday, type HeldBackImpact} from './heldBackByEdit.ts'
import type {ArticleGateContext} from './studioArticleFindings.ts'

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

export interface StudioDisclaimerEditFindingsInput extends StudioDisclaimerEditInput {
  /** articleGateContextQuery's result for `disclaimerEditArticleIds`: what the whole gate reads of those articles today. */
  referenced: ArticleGateContext
}

const publishedOf = (context: DisclaimerEditContext): unknown[] => [...context.clinics, ...context.disclaimers, ...context.articles]

type DisclaimerEditImpact = HeldBackImpact<Extract<SanadDocument, {_type: 'clinic' | 'disclaimer'}>>

/** The articles disclaimer-missing holds back only with the edit, in the clinics where it does. */
export const disclaimerEditImpact = ({document, publishedId, context, now}: StudioDisclaimerEditInput): DisclaimerEditImpact | undefined => {
  const draft = parseDraft(document)
  if (!('document' in draft)) return undefined
  const edited = draft.document
  if (edited._type !== 'clinic' && edited._type !== 'disclaimer') return undefined
  const published = publishedOf(context)
  const {before, after} = graphsAroundEdit(published, edited, publishedId)
  return {edited, after, held: newlyHeldBack(before, after, ['disclaimer-missing'], now), published, now}
}

/** What the form fetches next (articleGateContextQuery's `$ids`) to tell which of those articles are published today. */
export const disclaimerEditArticleIds = (input: StudioDisclaimerEditInput): string[] => idsReadByWholeGate(disclaimerEditImpact(input)?.held ?? [])

export const studioDisclaimerEditFindings = (input: StudioDisclaimerEditFindingsInput): Finding[] => {
  const impact = disclaimerEditImpact(input)
  return impact ? disclaimerImpactFindings(impact, input.referenced) : []
}

/** The warnings of an edit's impact, naming only the articles the whole gate publishes today (on `referenced`, the form's second fetch). */
export const disclaimerImpactFindings = (impact: DisclaimerEditImpact, referenced: ArticleGateContext): Finding[] => {
  const {edited, after} = impact
  const titlesByClinic = new Map<string, string[]>()
  for (const {clinic, article} of publishedToday(impact.held, impact.published, referenced, impact.now)) {
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
