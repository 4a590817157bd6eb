// Studio adapter: a claim document shows, as warnings, why articles linking it would not publish
// (approval that does not hold up, missing evidence). Logic lives in studioClaimFindings.ts.
import type {DocumentRule, SanityDocument, ValidationContext} from 'sanity'
import {claimReviewerQuery} from '../../queries.ts'
import {VALIDATION_API_VERSION} from './articleValidation.ts'
import {studioClaimFindings} from './studioClaimFindings.ts'
import {toCustomValidatorResult} from './validationMarkers.ts'

const reviewerIdOf = (document: SanityDocument): string | undefined => {
  const review = document.review as {reviewer?: {_ref?: unknown}} | undefined
  return typeof review?.reviewer?._ref === 'string' ? review.reviewer._ref : undefined
}

export const createClaimValidation = (clock: () => Date = () => new Date()) =>
  (rule: DocumentRule): DocumentRule =>
    rule
      .custom(async (document: SanityDocument | undefined, context: ValidationContext) => {
        if (!document) return true
        const reviewerId = reviewerIdOf(document)
        let reviewer: unknown = null
        try {
          if (reviewerId) {
            reviewer = await context
              .getClient({apiVersion: VALIDATION_API_VERSION})
              .fetch<unknown>(claimReviewerQuery, {reviewerId}, {perspective: 'published'})
          }
        } catch (error) {
          return {message: `تعذّر التحقق من المراجع الطبي الآن (${error instanceof Error ? error.message : String(error)}). أعد المحاولة.`}
        }
        return toCustomValidatorResult(studioClaimFindings({document, reviewer, now: clock()}), 'warning')
      })
      .warning()

export const claimValidation = createClaimValidation()
