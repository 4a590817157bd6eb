// losesApproval: publishing or submitting words changed since their approval asks first, since every
// article linking the claim stops publishing until the new words are approved.
import {expect, it} from 'vitest'
import {losesApproval} from '../../src/studio/actions/approvalLossConfirmation.ts'
import {decideTransition} from '../../src/workflow/decideTransition.ts'
import {ACTORS, CLAIMS, EDITED_AFTER_APPROVAL, EDITED_IN_REVIEW, TODAY} from '../workflow/workflowFixtures.ts'

it.each([
  ['publish (edit) an approved claim whose words changed', 'edit', EDITED_AFTER_APPROVAL, true],
  ['submit an approved claim whose words changed', 'submit', EDITED_AFTER_APPROVAL, true],
  ['publish (edit) words changed while in review: no approval to lose', 'edit', EDITED_IN_REVIEW, false],
  ['submit a draft', 'submit', CLAIMS.draft, false],
  ['approve a claim in review', 'approve', CLAIMS.inReview, false],
] as const)('%s → %s', (_, action, claim, expected) => {
  const actor = action === 'approve' ? ACTORS.reviewer : ACTORS.writer
  expect(losesApproval(decideTransition({action, claim, actor, today: TODAY}))).toBe(expected)
})

it('asks nothing while the decision is unknown or refused', () => {
  expect(losesApproval(undefined)).toBe(false)
  expect(losesApproval(null)).toBe(false)
  expect(losesApproval(decideTransition({action: 'withdraw', claim: EDITED_AFTER_APPROVAL, actor: ACTORS.reviewer, today: TODAY}))).toBe(false)
})
