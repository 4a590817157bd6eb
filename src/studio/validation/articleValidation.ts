// Studio adapter: article documents are validated by the publish-gate checks themselves. Fetches
// the context through the Studio client, runs studioArticleFindings, and shows errors and
// warnings as two custom rules; all logic lives in the pure modules beside this file.
import type {DocumentRule, SanityDocument, ValidationContext} from 'sanity'
import {articleGateContextQuery} from '../../queries.ts'
import type {Finding} from '../../findings/finding.ts'
import {referencedIds} from './referencedIds.ts'
import {studioArticleFindings, type ArticleGateContext} from './studioArticleFindings.ts'
import {toCustomValidatorResult, type MarkerLevel} from './validationMarkers.ts'

export const VALIDATION_API_VERSION = '2025-02-19'

const unavailable = (error: unknown): Finding[] => [{
  ruleId: 'gate-unavailable',
  severity: 'error',
  message: `تعذّر تشغيل فحوص النشر الآن (${error instanceof Error ? error.message : String(error)}). تحقّق من الاتصال ثم أعد المحاولة؛ لا تنشر قبل أن تعمل الفحوص.`,
  documentId: '',
  path: '',
  url: '',
}]

export const createArticleValidation = (clock: () => Date = () => new Date()) => {
  // Both rules validate the same document snapshot; fetch and check it once.
  const runs = new WeakMap<object, Promise<Finding[]>>()
  const findingsFor = (document: SanityDocument, context: ValidationContext): Promise<Finding[]> => {
    let run = runs.get(document)
    if (!run) {
      run = context
        .getClient({apiVersion: VALIDATION_API_VERSION})
        .fetch<ArticleGateContext>(articleGateContextQuery, {ids: referencedIds(document)}, {perspective: 'published'})
        .then((gateContext) => studioArticleFindings({document, context: gateContext, now: clock()}), unavailable)
      runs.set(document, run)
    }
    return run
  }
  const ruleAt = (level: MarkerLevel) => async (document: SanityDocument | undefined, context: ValidationContext) =>
    document ? toCustomValidatorResult(await findingsFor(document, context), level) : true
  return (rule: DocumentRule): DocumentRule[] => [
    rule.custom(ruleAt('error')).error(),
    rule.custom(ruleAt('warning')).warning(),
  ]
}

export const articleValidation = createArticleValidation()
