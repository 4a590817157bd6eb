// Where a claim stands today. `recorded` is what review.status says, with an approval past its
// review date read as expired; `state` is what it effectively is: a claim whose words changed since
// they were approved (or submitted) is back in draft, whatever review.status still says. Pure.
import {lastSubmissionOf} from './auditTrail.ts'
import {claimContentHash} from './claimContentHash.ts'
import type {ClaimState} from './claimWorkflow.ts'
import type {WorkflowClaim} from './workflowClaim.ts'

export interface ClaimStateView {
  recorded: ClaimState
  state: ClaimState
  /** Hash of the claim's current statement + evidence. */
  contentHash: string
  /** Why `state` differs from `recorded`, if it does. */
  changed?: 'sinceApproval' | 'approvalUnbound' | 'sinceSubmission'
}

export const claimState = (claim: WorkflowClaim, today: string): ClaimStateView => {
  const review = claim.review
  const status = review?.status ?? 'draft'
  const contentHash = claimContentHash(claim)
  const recorded: ClaimState = status === 'approved' && review?.reviewDue !== undefined && review.reviewDue < today ? 'expired' : status
  if (recorded === 'approved' || recorded === 'expired') {
    if (!review?.approvedHash) return {recorded, state: 'draft', contentHash, changed: 'approvalUnbound'}
    if (review.approvedHash !== contentHash) return {recorded, state: 'draft', contentHash, changed: 'sinceApproval'}
  }
  if (recorded === 'inReview') {
    const submitted = lastSubmissionOf(review?.audit ?? [])?.hash
    if (submitted !== undefined && submitted !== contentHash) return {recorded, state: 'draft', contentHash, changed: 'sinceSubmission'}
  }
  return {recorded, state: recorded, contentHash}
}
