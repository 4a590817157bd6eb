// claim-review-due-later-than-policy: a linked claim's approval records a review-due date later than
// the clinic's claim review period allows after the approval. The Studio's approve and renew actions
// never set such a date; it comes from an approval written outside the Studio, a period shortened
// since, or a claim approved for a more lenient country and linked later from a stricter one.
// claim-expired stops publication at the policy's limit, so the writer hears of it now, not then.
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Claim} from '../content/documents/claim.ts'
import {JURISDICTIONS, labelOf} from '../content/vocabulary.ts'
import {formatDate} from '../locale/localeFormat.ts'
import {articleClaimReferences} from './articleReferences.ts'
import {defineCheck, type CheckReport} from './check.ts'
import {approvalPolicyLimit, claimApprovalProblems, policyTerm, quoteClaim, type ApprovalPolicyLimit} from './claimApproval.ts'

/**
 * The policy limit that `claim`'s recorded review-due date goes beyond under a period of `months`,
 * for an approval that otherwise holds today; undefined when there is none to report. A claim whose
 * approval does not hold is the approval rules' to report, and renewing it sets the date anyway.
 * The rule and the claim's own Studio form (src/studio/validation/studioClaimFindings.ts) ask this.
 */
export const reviewDueBeyondPolicy = (claim: Claim, graph: ContentGraph, today: string, months: number): ApprovalPolicyLimit | undefined => {
  const reviewDue = claim.review?.reviewDue
  const limit = approvalPolicyLimit(claim.review, months)
  if (!reviewDue || !limit || reviewDue <= limit.lastDay || claimApprovalProblems(claim, graph, today, months).length > 0) return undefined
  return limit
}

export const claimReviewDueLaterThanPolicy = defineCheck({
  ruleId: 'claim-review-due-later-than-policy',
  description: "A claimRef points to an approved claim whose review.reviewDue is later than approvedAt plus the preset's claim review period.",
  defaultOptions: {},
  run({article, clinic, graph, today, policy}) {
    const months = policy.claimReviewPeriodMonths
    const place = labelOf(JURISDICTIONS, clinic.jurisdiction)
    const {locale} = policy
    return articleClaimReferences(article).flatMap(({path, claimId}): CheckReport[] => {
      const claim = graph.claims.get(claimId)
      const limit = claim && reviewDueBeyondPolicy(claim, graph, today, months)
      const reviewDue = claim?.review?.reviewDue
      if (!claim || !limit || !reviewDue) return []
      return [{
        documentId: article._id,
        path,
        message: `موعد إعادة مراجعة الادعاء ${claimId} («${quoteClaim(claim)}») المسجّل (${formatDate(locale, reviewDue)}) أبعد مما تسمح به سياسة النشر في ${place}: ${policyTerm(limit, locale)}. سيتوقف نشر المقال هناك بعد ${formatDate(locale, limit.lastDay)} ولو بقي هذا الموعد؛ اطلب من مراجع طبي تجديد اعتماده بزر «تجديد الاعتماد» ليُحدَّد الموعد وفق سياسة البلد الأشد بين عيادات الادعاء.`,
      }]
    })
  },
})
