// Where a claim stands today. `recorded` is what review.status says, with an approval past its
// review date read as expired; `state` is what it effectively is: a claim whose words changed since
// they were approved (or submitted) is back in draft, whatever review.status still says. Pure.
import {lastRecordedHashOf, lastSubmissionOf} from './auditTrail.ts'
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
  /**
   * The words are not the ones the workflow last recorded: the approved words, the submitted words,
   * or (in draft and rejected, where only the trail knows them) its latest entry's. Saving them is an
   * `edit`, which records who changed them, so that person cannot approve them.
   */
  unrecordedChange: boolean
}

/** review.status as it stands today: an approval whose review date has passed is expired. */
export const recordedClaimState = (status: ClaimState, reviewDue: string | undefined, today: string): ClaimState =>
  status === 'approved' && reviewDue !== undefined && reviewDue < today ? 'expired' : status

/**
 * `lastDay`: the approval's last day where a caller knows a policy that may end it before
 * review.reviewDue (approvalLastDay in src/checks/claimApproval.ts); by default the recorded date.
 */
export const claimState = (claim: WorkflowClaim, today: string, lastDay: string | undefined = claim.review?.reviewDue): ClaimStateView => {
  const review = claim.review
  const status = review?.status ?? 'draft'
  const contentHash = claimContentHash(claim)
  const recorded = recordedClaimState(status, lastDay, today)
  const audit = review?.audit ?? []
  if (recorded === 'approved' || recorded === 'expired') {
    if (!review?.approvedHash) return {recorded, state: 'draft', contentHash, changed: 'approvalUnbound', unrecordedChange: true}
    if (review.approvedHash !== contentHash) return {recorded, state: 'draft', contentHash, changed: 'sinceApproval', unrecordedChange: true}
    return {recorded, state: recorded, contentHash, unrecordedChange: false}
  }
  if (recorded === 'inReview') {
    const submitted = lastSubmissionOf(audit)?.hash
    if (submitted !== undefined && submitted !== contentHash) return {recorded, state: 'draft', contentHash, changed: 'sinceSubmission', unrecordedChange: true}
    return {recorded, state: recorded, contentHash, unrecordedChange: false}
  }
  return {recorded, state: recorded, contentHash, unrecordedChange: lastRecordedHashOf(audit) !== contentHash}
}
