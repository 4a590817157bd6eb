// Claims in every workflow state and the people who act on them, for the workflow tests. Built with
// the workflow's own hash so an approval covers exactly the fixture's words.
import type {ReviewEvent} from '../../src/content/documents/claim.ts'
import {claimContentHash} from '../../src/workflow/claimContentHash.ts'
import type {ClaimState} from '../../src/workflow/claimWorkflow.ts'
import type {WorkflowActor} from '../../src/workflow/recogniseActor.ts'
import type {WorkflowClaim} from '../../src/workflow/workflowClaim.ts'

export const NOW = new Date('2026-11-21T12:00:00Z')
export const TODAY = '2026-11-21'

export const ACTORS = {
  writer: {userId: 'pMona', personId: 'person.mona', name: 'منى', roles: ['writer']},
  reviewer: {userId: 'pHala', personId: 'person.dr-hala', name: 'د. هالة', roles: ['medicalReviewer']},
  // Writes too, but did not write the fixture claims: she may review them.
  writingReviewer: {userId: 'pMaryam', personId: 'person.dr-maryam', name: 'د. مريم', roles: ['writer', 'medicalReviewer']},
  editor: {userId: 'pSara', personId: 'person.sara', name: 'سارة', roles: ['editor']},
  noRole: {userId: 'pGuest', name: 'زائر', roles: []},
  // A custom Sanity role says medical reviewer, but no person document matches the user's email.
  reviewerWithoutPerson: {userId: 'pSso', name: 'مراجع', roles: ['medicalReviewer']},
} as const satisfies Record<string, WorkflowActor>
export type ActorName = keyof typeof ACTORS

export const STATEMENT = 'قد يُحسّن الميزوثيرابي كثافة الشعر لدى بعض المصابين بالتساقط النمطي بعد ٣–٦ جلسات.'
export const EDITED_STATEMENT = 'يُحسّن الميزوثيرابي كثافة الشعر لدى المصابين بالتساقط النمطي بعد ٣ جلسات.'
export const EVIDENCE = {
  _type: 'evidence',
  certainty: 'low',
  note: 'الدليل ما زال متباينًا.',
  citations: [{_key: 'c1', _type: 'citation', title: 'Mesotherapy for hair loss: a systematic review', year: 2023, pmid: '37558233'}],
}

export const HASH = claimContentHash({statement: STATEMENT, evidence: EVIDENCE})
export const EDITED_HASH = claimContentHash({statement: EDITED_STATEMENT, evidence: EVIDENCE})

let keys = 0
export const event = (
  action: ReviewEvent['action'],
  from: ClaimState,
  to: ClaimState,
  by: ActorName,
  {hash = HASH, at = '2026-09-01T09:00:00.000Z', comment}: {hash?: string; at?: string; comment?: string} = {},
): ReviewEvent => {
  const actor: WorkflowActor = ACTORS[by]
  return {
    _key: `e${++keys}`,
    _type: 'reviewEvent',
    action,
    from,
    to,
    at,
    userId: actor.userId,
    ...(actor.personId ? {person: {_type: 'reference', _ref: actor.personId}} : {}),
    ...(comment ? {comment} : {}),
    hash,
  }
}

const claimWith = (review: WorkflowClaim['review'], statement = STATEMENT): WorkflowClaim => ({
  _id: 'claim.meso-hair-density',
  statement,
  evidence: EVIDENCE,
  ...(review ? {review} : {}),
})

const approval = {
  status: 'approved' as const,
  reviewer: {_ref: 'person.dr-hala'},
  reviewDue: '2027-06-30',
  approvedBy: 'pHala',
  approvedAt: '2026-09-03T10:00:00.000Z',
  approvedHash: HASH,
}

/** One claim per workflow state, written by منى (writer) and, where decided, reviewed by د. هالة. */
export const CLAIMS = {
  draft: claimWith({status: 'draft', audit: []}),
  inReview: claimWith({status: 'inReview', audit: [event('submit', 'draft', 'inReview', 'writer')]}),
  approved: claimWith({...approval, audit: [event('submit', 'draft', 'inReview', 'writer'), event('approve', 'inReview', 'approved', 'reviewer')]}),
  rejected: claimWith({
    status: 'rejected',
    reviewer: {_ref: 'person.dr-hala'},
    comment: 'الصياغة جازمة أكثر مما تسمح به الأدلة.',
    audit: [event('submit', 'draft', 'inReview', 'writer'), event('reject', 'inReview', 'rejected', 'reviewer', {comment: 'الصياغة جازمة أكثر مما تسمح به الأدلة.'})],
  }),
  expired: claimWith({...approval, reviewDue: '2026-06-30', audit: [event('submit', 'draft', 'inReview', 'writer'), event('approve', 'inReview', 'approved', 'reviewer')]}),
} as const satisfies Record<ClaimState, WorkflowClaim>

/** The approved claim with its statement edited after approval (review.status still says approved). */
export const EDITED_AFTER_APPROVAL: WorkflowClaim = {...CLAIMS.approved, statement: EDITED_STATEMENT}
/** The claim in review with its statement edited after submission. */
export const EDITED_IN_REVIEW: WorkflowClaim = {...CLAIMS.inReview, statement: EDITED_STATEMENT}

export const withAudit = (claim: WorkflowClaim, audit: ReviewEvent[], statement = claim.statement): WorkflowClaim => ({
  ...claim,
  ...(statement === undefined ? {} : {statement}),
  review: {...claim.review, audit},
})
