// decideTransition: every user action on a claim in every state, for every kind of user, then the
// four-eyes refusals, the content checks and the automatic edit transition. A row is the expected
// outcome: `ok` or the refusal reason.
import {describe, expect, test} from 'vitest'
import {CLAIM_TRANSITIONS, type ClaimState, type ReviewAction} from '../../src/workflow/claimWorkflow.ts'
import {decideTransition, type RefusalReason} from '../../src/workflow/decideTransition.ts'
import {applyTransitionPlan, planTransition} from '../../src/workflow/planTransition.ts'
import type {WorkflowClaim} from '../../src/workflow/workflowClaim.ts'
import {ACTORS, CLAIMS, EDITED_AFTER_APPROVAL, EDITED_HASH, EDITED_IN_REVIEW, EDITED_STATEMENT, event, NOW, STATEMENT, TODAY, withAudit, type ActorName} from './workflowFixtures.ts'

type Outcome = 'ok' | RefusalReason
const decide = (action: ReviewAction, claim: (typeof CLAIMS)[ClaimState] | typeof EDITED_AFTER_APPROVAL, actor: ActorName, validationErrors = 0): Outcome => {
  const decision = decideTransition({action, claim, actor: ACTORS[actor], today: TODAY, validationErrors})
  return decision.allowed ? 'ok' : decision.reason
}

// Columns: writer, reviewer, writingReviewer, editor, noRole, reviewerWithoutPerson.
const ACTOR_ORDER: ActorName[] = ['writer', 'reviewer', 'writingReviewer', 'editor', 'noRole', 'reviewerWithoutPerson']
const S = 'state' as const
const R = 'role' as const
const P = 'person' as const
const MATRIX: Record<Exclude<ReviewAction, 'edit'>, Record<ClaimState, Outcome[]>> = {
  submit: {
    draft: ['ok', 'ok', 'ok', 'ok', R, 'ok'],
    inReview: [S, S, S, S, S, S],
    approved: [S, S, S, S, S, S],
    rejected: ['ok', 'ok', 'ok', 'ok', R, 'ok'],
    expired: ['ok', 'ok', 'ok', 'ok', R, 'ok'],
  },
  approve: {
    draft: [S, S, S, S, S, S],
    inReview: [R, 'ok', 'ok', R, R, P],
    approved: [S, S, S, S, S, S],
    rejected: [S, S, S, S, S, S],
    expired: [S, S, S, S, S, S],
  },
  reject: {
    draft: [S, S, S, S, S, S],
    inReview: [R, 'ok', 'ok', R, R, P],
    approved: [S, S, S, S, S, S],
    rejected: [S, S, S, S, S, S],
    expired: [S, S, S, S, S, S],
  },
  withdraw: {
    draft: [S, S, S, S, S, S],
    inReview: [S, S, S, S, S, S],
    approved: [R, 'ok', 'ok', 'ok', R, 'ok'],
    rejected: [S, S, S, S, S, S],
    expired: [R, 'ok', 'ok', 'ok', R, 'ok'],
  },
}

const rows = Object.entries(MATRIX).flatMap(([action, byState]) =>
  Object.entries(byState).flatMap(([state, outcomes]) =>
    ACTOR_ORDER.map((actor, index) => ({action: action as ReviewAction, state: state as ClaimState, actor, expected: outcomes[index]!})),
  ),
)

describe('every action, every state, every role', () => {
  test.each(rows)('$action on $state by $actor → $expected', ({action, state, actor, expected}) => {
    expect(decide(action, CLAIMS[state], actor)).toBe(expected)
  })

  test('the matrix agrees with the transition table it tests', () => {
    for (const {action, from} of CLAIM_TRANSITIONS.filter((rule) => rule.action !== 'edit')) {
      const allowedStates = Object.entries(MATRIX[action as Exclude<ReviewAction, 'edit'>])
        .filter(([, outcomes]) => outcomes.includes('ok'))
        .map(([state]) => state)
      expect(allowedStates.sort(), action).toEqual([...from].sort())
    }
  })
})

/** A step of a claim's life in the Studio: a workflow action, or `rewrite`: saving new words (Publish). */
type Step = [Exclude<ReviewAction, 'edit'>, ActorName] | ['rewrite', ActorName, string]

let keys = 0
/** The claim after `steps`, each recorded as the Studio records it (planTransition, then applied). */
const walk = (claim: WorkflowClaim, steps: Step[]): WorkflowClaim =>
  steps.reduce((current, [action, actor, statement]) => {
    const changed = action === 'rewrite' ? {...current, statement: statement!} : current
    const reason = action === 'reject' ? {comment: 'الصياغة جازمة أكثر مما تسمح به الأدلة.'} : {}
    const result = planTransition({action: action === 'rewrite' ? 'edit' : action, claim: changed, actor: ACTORS[actor], today: TODAY, now: NOW, newKey: () => `w${++keys}`, ...reason})
    if (!result.ok) throw new Error(`${action} by ${actor}: ${result.message}`)
    return applyTransitionPlan(changed, result.plan)
  }, claim)

describe('four eyes', () => {
  const submittedBy = (actor: ActorName) => withAudit(CLAIMS.inReview, [event('submit', 'draft', 'inReview', actor)])
  test.each([
    {name: 'a reviewer who wrote the claim', claim: submittedBy('writingReviewer'), actor: 'writingReviewer' as const, expected: 'fourEyesWriter', says: 'أنت كاتب هذا الادعاء'},
    {name: 'another reviewer', claim: submittedBy('writingReviewer'), actor: 'reviewer' as const, expected: 'ok'},
    {
      name: 'a reviewer who reworded a rejected claim and resubmitted it',
      claim: withAudit(
        CLAIMS.inReview,
        [
          event('submit', 'draft', 'inReview', 'writer'),
          event('reject', 'inReview', 'rejected', 'reviewer'),
          event('submit', 'rejected', 'inReview', 'writingReviewer', {hash: EDITED_HASH}),
        ],
        EDITED_STATEMENT,
      ),
      actor: 'writingReviewer' as const,
      expected: 'fourEyesLastEditor',
      says: 'آخر من عدّل',
    },
    {
      name: 'the original writer of that rewording may not approve it either',
      claim: withAudit(
        CLAIMS.inReview,
        [event('submit', 'draft', 'inReview', 'writingReviewer'), event('reject', 'inReview', 'rejected', 'reviewer'), event('submit', 'rejected', 'inReview', 'writer', {hash: EDITED_HASH})],
        EDITED_STATEMENT,
      ),
      actor: 'writingReviewer' as const,
      expected: 'fourEyesWriter',
    },
    {
      name: 'a reviewer who only resubmitted unchanged words (an expired approval) may approve them',
      claim: withAudit(CLAIMS.inReview, [
        event('submit', 'draft', 'inReview', 'writer'),
        event('approve', 'inReview', 'approved', 'reviewer'),
        event('submit', 'expired', 'inReview', 'reviewer'),
      ]),
      actor: 'reviewer' as const,
      expected: 'ok',
    },
    {
      name: 'a reviewer who rewrote a rejected claim (saved while rejected), resubmitted by its writer',
      claim: CLAIMS.draft,
      steps: [['submit', 'writer'], ['reject', 'writingReviewer'], ['rewrite', 'writingReviewer', EDITED_STATEMENT], ['submit', 'writer']] satisfies Step[],
      actor: 'writingReviewer' as const,
      expected: 'fourEyesLastEditor',
      says: 'آخر من عدّل',
    },
    {
      name: 'a reviewer who rewrote a withdrawn claim (saved while a draft), resubmitted by its writer',
      claim: CLAIMS.approved,
      steps: [['withdraw', 'editor'], ['rewrite', 'writingReviewer', EDITED_STATEMENT], ['submit', 'writer']] satisfies Step[],
      actor: 'writingReviewer' as const,
      expected: 'fourEyesLastEditor',
    },
    {
      name: 'a reviewer whose rewording the writer undid before resubmitting may approve the writer’s words',
      claim: CLAIMS.draft,
      steps: [['submit', 'writer'], ['reject', 'writingReviewer'], ['rewrite', 'writingReviewer', EDITED_STATEMENT], ['rewrite', 'writer', STATEMENT], ['submit', 'writer']] satisfies Step[],
      actor: 'writingReviewer' as const,
      expected: 'ok',
    },
    {
      name: 'the same person under another Sanity login (matched by person document)',
      claim: submittedBy('writingReviewer'),
      actor: 'writingReviewer' as const,
      as: {userId: 'pMaryamSecondLogin'},
      expected: 'fourEyesWriter',
    },
  ])('$name → $expected', ({claim, steps = [], actor, as = {}, expected, says}) => {
    const decision = decideTransition({action: 'approve', claim: walk(claim, steps), actor: {...ACTORS[actor], ...as}, today: TODAY})
    expect(decision.allowed ? 'ok' : decision.reason).toBe(expected)
    if (says && !decision.allowed) expect(decision.message).toContain(says)
  })

  test('four eyes does not stop a reviewer rejecting a claim they wrote', () => {
    expect(decide('reject', submittedBy('writingReviewer'), 'writingReviewer')).toBe('ok')
  })
})

describe('content and form checks', () => {
  test.each([
    {name: 'approve with validation errors', action: 'approve' as const, claim: CLAIMS.inReview, actor: 'reviewer' as const, errors: 2, expected: 'validation'},
    {name: 'submit with validation errors', action: 'submit' as const, claim: CLAIMS.draft, actor: 'writer' as const, errors: 1, expected: 'validation'},
    {name: 'reject with validation errors (rejecting is always possible)', action: 'reject' as const, claim: CLAIMS.inReview, actor: 'reviewer' as const, errors: 3, expected: 'ok'},
    {name: 'approve words changed since submission', action: 'approve' as const, claim: EDITED_IN_REVIEW, actor: 'reviewer' as const, errors: 0, expected: 'changedSinceSubmission'},
    {name: 'resubmit words changed since submission', action: 'submit' as const, claim: EDITED_IN_REVIEW, actor: 'writer' as const, errors: 0, expected: 'ok'},
    {name: 'submit an approved claim whose words changed', action: 'submit' as const, claim: EDITED_AFTER_APPROVAL, actor: 'writer' as const, errors: 0, expected: 'ok'},
    {name: 'withdraw an approval that no longer covers the words', action: 'withdraw' as const, claim: EDITED_AFTER_APPROVAL, actor: 'reviewer' as const, errors: 0, expected: 'state'},
  ])('$name → $expected', ({action, claim, actor, errors, expected}) => {
    expect(decide(action, claim, actor, errors)).toBe(expected)
  })

  test('a refusal says why in Arabic, naming the state and its cause', () => {
    const decision = decideTransition({action: 'withdraw', claim: EDITED_AFTER_APPROVAL, actor: ACTORS.reviewer, today: TODAY})
    expect(decision).toMatchObject({allowed: false, reason: 'state'})
    if (!decision.allowed) expect(decision.message).toContain('«مسودة» (لأن نصه أو دليله تغيّر بعد الاعتماد)')
    const role = decideTransition({action: 'approve', claim: CLAIMS.inReview, actor: ACTORS.writer, today: TODAY})
    expect(role.allowed).toBe(false)
    if (!role.allowed) expect(role.message).toContain('«اعتماد» لمن له دور «مراجع طبي»، وأدوارك: «كاتب طبي»')
  })
})

describe('edit: publishing changed words, in any state', () => {
  const withdrawn: Step[] = [['withdraw', 'editor']]
  test.each([
    {name: 'approved, words changed', claim: EDITED_AFTER_APPROVAL, expected: 'ok', from: 'approved'},
    {name: 'in review, words changed', claim: EDITED_IN_REVIEW, expected: 'ok', from: 'inReview'},
    {name: 'expired, words changed', claim: {...CLAIMS.expired, statement: EDITED_STATEMENT}, expected: 'ok', from: 'expired'},
    {name: 'approved, unchanged', claim: CLAIMS.approved, expected: 'unchanged'},
    {name: 'approved without a hash', claim: {...CLAIMS.approved, review: {...CLAIMS.approved.review, approvedHash: undefined}}, expected: 'ok', from: 'approved'},
    {name: 'rejected, words changed', claim: {...CLAIMS.rejected, statement: EDITED_STATEMENT}, expected: 'ok', from: 'rejected'},
    {name: 'rejected, the words it was rejected for', claim: CLAIMS.rejected, expected: 'unchanged'},
    {name: 'draft, words changed since the trail last recorded them', claim: CLAIMS.approved, steps: withdrawn, statement: EDITED_STATEMENT, expected: 'ok', from: 'draft'},
    {name: 'draft, the words the trail last recorded', claim: CLAIMS.approved, steps: withdrawn, expected: 'unchanged'},
    {name: 'draft never recorded (a new claim)', claim: CLAIMS.draft, expected: 'ok', from: 'draft'},
  ])('$name → $expected, for anyone', ({claim: start, steps = [], statement, expected, from}) => {
    const walked = walk(start, steps)
    const claim = statement === undefined ? walked : {...walked, statement}
    for (const actor of ACTOR_ORDER) {
      const decision = decideTransition({action: 'edit', claim, actor: ACTORS[actor], today: TODAY})
      expect(decision.allowed ? 'ok' : decision.reason, actor).toBe(expected)
      if (decision.allowed) expect(decision.from).toBe(from)
    }
  })
})
