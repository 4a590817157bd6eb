// «ادعاءات بانتظار مراجعتي» and the approve action read four eyes the same way: on a table of audit
// trails, a claim in review is in a reviewer's list exactly when decideTransition lets them approve it.
import {evaluate, parse} from 'groq-js'
import {describe, expect, test} from 'vitest'
import type {ReviewEvent} from '../../src/content/documents/claim.ts'
import {claimsAwaitingMyReviewFilter} from '../../src/queries.ts'
import {awaitingMyReviewParams} from '../../src/studio/structure/claimsAwaitingMyReviewItem.ts'
import {decideTransition} from '../../src/workflow/decideTransition.ts'
import {claimContentHash} from '../../src/workflow/claimContentHash.ts'
import {ACTORS, CLAIMS, EDITED_HASH, event, EVIDENCE, HASH, TODAY, withAudit, type ActorName} from '../workflow/workflowFixtures.ts'

const at = (minute: number) => `2026-09-01T09:${String(minute).padStart(2, '0')}:00.000Z`
const step = (minute: number, action: ReviewEvent['action'], from: Parameters<typeof event>[1], to: Parameters<typeof event>[2], by: ActorName, hash?: string) =>
  event(action, from, to, by, {at: at(minute), ...(hash ? {hash} : {}), ...(action === 'reject' ? {comment: 'أعيدي صياغة الادعاء بحذر أكبر.'} : {})})
/** Words of د. هالة's that منى then changed (by a space, say) into the claim's. */
const HALAS_HASH = claimContentHash({statement: 'يُحسّن الميزوثيرابي كثافة الشعر لدى بعض المصابين بالتساقط النمطي.', evidence: EVIDENCE})
/** منى's first submission, rejected by د. مريم. */
const rejectedOnce = [step(1, 'submit', 'draft', 'inReview', 'writer'), step(2, 'reject', 'inReview', 'rejected', 'writingReviewer')]

const TRAILS: {name: string; audit: ReviewEvent[]; inListOf: ActorName[]}[] = [
  {name: 'submitted by منى', audit: [step(1, 'submit', 'draft', 'inReview', 'writer')], inListOf: ['reviewer', 'writingReviewer']},
  {name: 'written and submitted by د. هالة', audit: [step(1, 'submit', 'draft', 'inReview', 'reviewer')], inListOf: ['writingReviewer']},
  {name: 'rejected by د. مريم, then resubmitted unchanged by د. هالة', audit: [...rejectedOnce, step(3, 'submit', 'rejected', 'inReview', 'reviewer')], inListOf: ['reviewer', 'writingReviewer']},
  {
    name: 'rejected, reworded by د. هالة and resubmitted by منى',
    audit: [...rejectedOnce, step(3, 'edit', 'rejected', 'draft', 'reviewer', EDITED_HASH), step(4, 'edit', 'draft', 'draft', 'writer'), step(5, 'submit', 'draft', 'inReview', 'writer')],
    inListOf: ['reviewer', 'writingReviewer'],
  },
  {
    // Her rewording stands under a trivial edit of منى's: she had a hand in the words, so it is not hers to approve.
    name: 'rejected, reworded by د. هالة, touched by منى and resubmitted',
    audit: [
      step(1, 'submit', 'draft', 'inReview', 'writer', EDITED_HASH),
      step(2, 'reject', 'inReview', 'rejected', 'writingReviewer', EDITED_HASH),
      step(3, 'edit', 'rejected', 'draft', 'reviewer', HALAS_HASH),
      step(4, 'edit', 'draft', 'draft', 'writer', HASH),
      step(5, 'submit', 'draft', 'inReview', 'writer', HASH),
    ],
    inListOf: ['writingReviewer'],
  },
  {
    name: 'rejected, reworded and resubmitted by د. هالة (its last editor)',
    audit: [step(1, 'submit', 'draft', 'inReview', 'writer', EDITED_HASH), step(2, 'reject', 'inReview', 'rejected', 'writingReviewer', EDITED_HASH), step(3, 'edit', 'rejected', 'draft', 'reviewer'), step(4, 'submit', 'draft', 'inReview', 'reviewer')],
    inListOf: ['writingReviewer'],
  },
  {
    name: 'rejected, reworded by د. مريم, resubmitted unchanged by د. هالة',
    audit: [step(1, 'submit', 'draft', 'inReview', 'writer', EDITED_HASH), step(2, 'reject', 'inReview', 'rejected', 'reviewer', EDITED_HASH), step(3, 'edit', 'rejected', 'draft', 'writingReviewer'), step(4, 'submit', 'draft', 'inReview', 'reviewer')],
    inListOf: ['reviewer'],
  },
  {
    name: 'submitted by منى’s user recorded with د. هالة’s person document',
    audit: [{...step(1, 'submit', 'draft', 'inReview', 'writer'), person: {_type: 'reference', _ref: 'person.dr-hala'}}],
    inListOf: ['writingReviewer'],
  },
  {name: 'no audit trail', audit: [], inListOf: ['reviewer', 'writingReviewer']},
]
const REVIEWERS = ['reviewer', 'writingReviewer'] as const

const listed = async (audit: ReviewEvent[], reviewer: ActorName): Promise<boolean> => {
  const dataset = [{...withAudit(CLAIMS.inReview, audit), _type: 'claim'}]
  const params = awaitingMyReviewParams(ACTORS[reviewer])
  const result = await evaluate(parse(`*[${claimsAwaitingMyReviewFilter}]._id`, {params}), {dataset, params})
  return ((await result.get()) as string[]).length === 1
}

describe('claims awaiting my review', () => {
  test.each(TRAILS.flatMap(({name, audit, inListOf}) => REVIEWERS.map((reviewer) => ({name, audit, reviewer, expected: inListOf.includes(reviewer)}))))(
    '$name: in the list of $reviewer → $expected, as the approve action decides',
    async ({audit, reviewer, expected}) => {
      const decision = decideTransition({action: 'approve', claim: withAudit(CLAIMS.inReview, audit), actor: ACTORS[reviewer], today: TODAY})
      expect({listed: await listed(audit, reviewer), approvable: decision.allowed}).toEqual({listed: expected, approvable: expected})
    },
  )
})
