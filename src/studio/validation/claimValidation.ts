// Studio adapter: a claim document shows, as warnings, why articles linking it would not publish
// (approval that does not hold up, missing evidence) or will stop publishing earlier than its review-due
// date says. Logic lives in studioClaimFindings.ts.
import type {DocumentRule, SanityDocument, ValidationContext} from 'sanity'
import type {Jurisdiction} from '../../presets/preset.ts'
import {claimReviewerQuery} from '../../queries.ts'
import {fetchClaimJurisdictions} from '../actions/useClaimPolicy.ts'
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
        const client = context.getClient({apiVersion: VALIDATION_API_VERSION})
        let fetched: [reviewer: unknown, jurisdictions: Jurisdiction[]]
        try {
          fetched = await Promise.all([
            reviewerId ? client.fetch<unknown>(claimReviewerQuery, {reviewerId}, {perspective: 'published'}) : null,
            fetchClaimJurisdictions(client, document._id),
          ])
        } catch (error) {
          return {message: `تعذّر التحقق من المراجع الطبي وعيادات الادعاء الآن (${error instanceof Error ? error.message : String(error)}). أعد المحاولة.`}
        }
        const [reviewer, jurisdictions] = fetched
        return toCustomValidatorResult(studioClaimFindings({document, reviewer, jurisdictions, now: clock()}), 'warning')
      })
      .warning()

export const claimValidation = createClaimValidation()
