// The claim review workflow as data: its states and every transition, with who may take it and what
// must hold first. decideTransition.ts reads this table; the Studio actions and the tests read the
// decisions. A compliance lead changes the workflow here, not in the actions.
import type {CLAIM_STATES, PERSON_ROLES, REVIEW_ACTIONS, REVIEW_STATUSES, ValueOf} from '../content/vocabulary.ts'

export type ClaimState = ValueOf<typeof CLAIM_STATES>
export type ReviewStatus = ValueOf<typeof REVIEW_STATUSES>
export type ReviewAction = ValueOf<typeof REVIEW_ACTIONS>
export type WorkflowRole = ValueOf<typeof PERSON_ROLES>

export interface TransitionRule {
  action: ReviewAction
  from: readonly ClaimState[]
  to: ClaimState
  /** Roles allowed to take the transition; `anyone` for the automatic `edit`. */
  roles: readonly WorkflowRole[] | 'anyone'
  /** A reason must be written (it goes to the audit trail and review.comment). */
  commentRequired: boolean
  /** Nobody takes it on a claim they wrote or last edited. */
  fourEyes: boolean
  /** The Studio form must have no validation errors. */
  needsValidDocument: boolean
  /** The claim's statement and evidence must be exactly what was submitted for review. */
  needsSubmittedContent: boolean
  /** The actor must have a person document (it becomes review.reviewer). */
  needsPerson: boolean
  /**
   * The claim's evidence must be complete as claim-evidence-missing reads it (a GRADE certainty and a
   * traceable citation): an approval of a claim the gate blocks anyway would publish nothing.
   */
  needsEvidence: boolean
}

export const CLAIM_TRANSITIONS: readonly TransitionRule[] = [
  // A writer (or anyone who writes) sends a claim to the medical reviewers; an expired approval may
  // also be sent back to them this way.
  {action: 'submit', from: ['draft', 'rejected', 'expired'], to: 'inReview', roles: ['writer', 'editor', 'medicalReviewer'], commentRequired: false, fourEyes: false, needsValidDocument: true, needsSubmittedContent: false, needsPerson: false, needsEvidence: true},
  {action: 'approve', from: ['inReview'], to: 'approved', roles: ['medicalReviewer'], commentRequired: false, fourEyes: true, needsValidDocument: true, needsSubmittedContent: true, needsPerson: true, needsEvidence: true},
  {action: 'reject', from: ['inReview'], to: 'rejected', roles: ['medicalReviewer'], commentRequired: true, fourEyes: false, needsValidDocument: false, needsSubmittedContent: false, needsPerson: true, needsEvidence: false},
  // A medical reviewer extends an approval of unchanged words before (or after) it lapses, without
  // taking the articles offline; the same four eyes as approve. Changed words are in draft in fact,
  // so they are refused by state and go through submit and approve.
  {action: 'renew', from: ['approved', 'expired'], to: 'approved', roles: ['medicalReviewer'], commentRequired: false, fourEyes: true, needsValidDocument: true, needsSubmittedContent: false, needsPerson: true, needsEvidence: true},
  // Pulling an approval only ever stops publication, so editors may do it too.
  {action: 'withdraw', from: ['approved', 'expired'], to: 'draft', roles: ['medicalReviewer', 'editor'], commentRequired: false, fourEyes: false, needsValidDocument: false, needsSubmittedContent: false, needsPerson: false, needsEvidence: false},
  // Saving a changed statement or evidence, in any state, records who changed the words (four eyes
  // reads it: they may not approve them) and sends the claim to draft: an approval, a pending review
  // or a rejection was for other words.
  {action: 'edit', from: ['draft', 'inReview', 'approved', 'rejected', 'expired'], to: 'draft', roles: 'anyone', commentRequired: false, fourEyes: false, needsValidDocument: false, needsSubmittedContent: false, needsPerson: false, needsEvidence: false},
]

/**
 * Where more than one action applies to a claim in a state, the one the Studio offers first (the
 * pane's main button) to a user who may take it; anyone else is offered the first that applies in
 * the order above, disabled with the reason if they may not take it. A lapsed approval of unchanged
 * words is renewed, so the articles linking the claim publish again without another review round.
 */
export const PREFERRED_ACTIONS = {expired: 'renew'} as const satisfies Partial<Record<ClaimState, ReviewAction>>

export const transitionRule = (action: ReviewAction): TransitionRule => {
  const rule = CLAIM_TRANSITIONS.find((candidate) => candidate.action === action)
  if (!rule) throw new Error(`No transition for action ${action}`)
  return rule
}
