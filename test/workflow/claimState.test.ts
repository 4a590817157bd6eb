// claimState: the recorded state (review.status, approvals past their date read as expired) and the
// effective one (changed words send an approved or submitted claim back to draft), and whether the
// words are other than the ones the workflow last recorded (saving them is then an edit to record).
import {describe, expect, test} from 'vitest'
import {claimState} from '../../src/workflow/claimState.ts'
import {CLAIMS, EDITED_AFTER_APPROVAL, EDITED_IN_REVIEW, event, withAudit} from './workflowFixtures.ts'

const WITHDRAWN = withAudit({...CLAIMS.draft}, [...(CLAIMS.approved.review?.audit ?? []), event('withdraw', 'approved', 'draft', 'editor')])

describe('claimState', () => {
  test.each([
    {name: 'draft, never recorded', claim: CLAIMS.draft, today: '2026-11-21', expected: {recorded: 'draft', state: 'draft', unrecordedChange: true}},
    {name: 'no review at all', claim: {_id: 'claim.x', statement: 'نص'}, today: '2026-11-21', expected: {recorded: 'draft', state: 'draft', unrecordedChange: true}},
    {name: 'in review', claim: CLAIMS.inReview, today: '2026-11-21', expected: {recorded: 'inReview', state: 'inReview', unrecordedChange: false}},
    {name: 'approved', claim: CLAIMS.approved, today: '2026-11-21', expected: {recorded: 'approved', state: 'approved', unrecordedChange: false}},
    {name: 'approved, due today', claim: CLAIMS.approved, today: '2027-06-30', expected: {recorded: 'approved', state: 'approved', unrecordedChange: false}},
    {name: 'approved, due yesterday', claim: CLAIMS.approved, today: '2027-07-01', expected: {recorded: 'expired', state: 'expired', unrecordedChange: false}},
    {name: 'expired', claim: CLAIMS.expired, today: '2026-11-21', expected: {recorded: 'expired', state: 'expired', unrecordedChange: false}},
    {name: 'rejected', claim: CLAIMS.rejected, today: '2026-11-21', expected: {recorded: 'rejected', state: 'rejected', unrecordedChange: false}},
    {name: 'approved, words changed', claim: EDITED_AFTER_APPROVAL, today: '2026-11-21', expected: {recorded: 'approved', state: 'draft', changed: 'sinceApproval', unrecordedChange: true}},
    {name: 'expired, words changed', claim: {...CLAIMS.expired, statement: EDITED_AFTER_APPROVAL.statement}, today: '2026-11-21', expected: {recorded: 'expired', state: 'draft', changed: 'sinceApproval', unrecordedChange: true}},
    {name: 'approved without a hash', claim: {...CLAIMS.approved, review: {...CLAIMS.approved.review, approvedHash: undefined}}, today: '2026-11-21', expected: {recorded: 'approved', state: 'draft', changed: 'approvalUnbound', unrecordedChange: true}},
    {name: 'in review, words changed', claim: EDITED_IN_REVIEW, today: '2026-11-21', expected: {recorded: 'inReview', state: 'draft', changed: 'sinceSubmission', unrecordedChange: true}},
    {name: 'rejected, words changed (still rejected: the writer is reworking it)', claim: {...CLAIMS.rejected, statement: EDITED_AFTER_APPROVAL.statement}, today: '2026-11-21', expected: {recorded: 'rejected', state: 'rejected', unrecordedChange: true}},
    {name: 'draft after a withdrawal, the words withdrawn', claim: WITHDRAWN, today: '2026-11-21', expected: {recorded: 'draft', state: 'draft', unrecordedChange: false}},
    {name: 'draft after a withdrawal, words changed since', claim: {...WITHDRAWN, statement: EDITED_AFTER_APPROVAL.statement}, today: '2026-11-21', expected: {recorded: 'draft', state: 'draft', unrecordedChange: true}},
  ])('$name', ({claim, today, expected}) => {
    const {contentHash, ...view} = claimState(claim, today)
    expect(view).toEqual(expected)
    expect(contentHash).toMatch(/^[0-9a-f]{64}$/)
  })
})
