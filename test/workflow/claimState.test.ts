// claimState: the recorded state (review.status, approvals past their date read as expired) and the
// effective one (changed words send an approved or submitted claim back to draft).
import {describe, expect, test} from 'vitest'
import {claimState} from '../../src/workflow/claimState.ts'
import {CLAIMS, EDITED_AFTER_APPROVAL, EDITED_IN_REVIEW} from './workflowFixtures.ts'

describe('claimState', () => {
  test.each([
    {name: 'draft', claim: CLAIMS.draft, today: '2026-11-21', expected: {recorded: 'draft', state: 'draft'}},
    {name: 'no review at all', claim: {_id: 'claim.x', statement: 'نص'}, today: '2026-11-21', expected: {recorded: 'draft', state: 'draft'}},
    {name: 'in review', claim: CLAIMS.inReview, today: '2026-11-21', expected: {recorded: 'inReview', state: 'inReview'}},
    {name: 'approved', claim: CLAIMS.approved, today: '2026-11-21', expected: {recorded: 'approved', state: 'approved'}},
    {name: 'approved, due today', claim: CLAIMS.approved, today: '2027-06-30', expected: {recorded: 'approved', state: 'approved'}},
    {name: 'approved, due yesterday', claim: CLAIMS.approved, today: '2027-07-01', expected: {recorded: 'expired', state: 'expired'}},
    {name: 'expired', claim: CLAIMS.expired, today: '2026-11-21', expected: {recorded: 'expired', state: 'expired'}},
    {name: 'rejected', claim: CLAIMS.rejected, today: '2026-11-21', expected: {recorded: 'rejected', state: 'rejected'}},
    {name: 'approved, words changed', claim: EDITED_AFTER_APPROVAL, today: '2026-11-21', expected: {recorded: 'approved', state: 'draft', changed: 'sinceApproval'}},
    {name: 'expired, words changed', claim: {...CLAIMS.expired, statement: EDITED_AFTER_APPROVAL.statement}, today: '2026-11-21', expected: {recorded: 'expired', state: 'draft', changed: 'sinceApproval'}},
    {name: 'approved without a hash', claim: {...CLAIMS.approved, review: {...CLAIMS.approved.review, approvedHash: undefined}}, today: '2026-11-21', expected: {recorded: 'approved', state: 'draft', changed: 'approvalUnbound'}},
    {name: 'in review, words changed', claim: EDITED_IN_REVIEW, today: '2026-11-21', expected: {recorded: 'inReview', state: 'draft', changed: 'sinceSubmission'}},
    {name: 'rejected, words changed (still rejected: the writer is reworking it)', claim: {...CLAIMS.rejected, statement: EDITED_AFTER_APPROVAL.statement}, today: '2026-11-21', expected: {recorded: 'rejected', state: 'rejected'}},
  ])('$name', ({claim, today, expected}) => {
    const {contentHash, ...view} = claimState(claim, today)
    expect(view).toEqual(expected)
    expect(contentHash).toMatch(/^[0-9a-f]{64}$/)
  })
})
