// decideTransition: every user action on a claim in every state, for every kind of user, then the
// four-eyes refusals, the content checks and the automatic edit transition. A row is the expected
// outcome: `ok` or the refusal reason.
import {describe, expect, test} from 'vitest'
import {claimContentHash} from '../../src/workflow/claimContentHash.ts'
import {CLAIM_TRANSITIONS, type ClaimState, type ReviewAction} from '../../src/workflow/claimWorkflow.ts'
import {decideTransition, type RefusalReason} from '../../src/workflow/decideTransition.ts'
import {applyTransitionPlan, planTransition} from '../../src/workflow/planTransition.ts'
import type {WorkflowClaim} from '../../src/workflow/workflowClaim.ts'
import {ACTORS, CLAIMS, EDITED_AFTER_APPROVAL, EDITED_HASH, EDITED_IN_REVIEW, EDITED_STATEMENT, event, EVIDENCE, HASH, NOW, STATEMENT, TODAY, withAudit, type ActorName} from './workflowFixtures.ts'

type Outcome = 'ok' | RefusalReason
const decide = (action: ReviewAction, claim: (typeof CLAIMS)[ClaimState] | typeof EDITED_AFTER_APPROVAL, actor: ActorName, validationErrors = 0, validating = false): Outcome => {
  const decision = decideTransition({action, claim, actor: ACTORS[actor], today: TODAY, validationErrors, validating})
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
  renew: {
    draft: [S, S, S, S, S, S],
    inReview: [S, S, S, S, S, S],
    approved: [R, 'ok', 'ok', R, R, P],
    rejected: [S, S, S, S, S, S],
    expired: [R, 'ok', 'ok', R, R, P],
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
    {name: 'a reviewer who wrote the claim', claim: submittedBy('writingReviewer'), actor: 'writingReviewer' as const, expected: 'fourEyesWriter', says: 'أنت من كتب هذا الادعاء'},
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
      // Her words stood under the writer's trailing space: the last editor was the writer, so she could approve them.
      name: 'a reviewer who rewrote a rejected claim, touched by its writer (a trailing space) and resubmitted',
      claim: CLAIMS.draft,
      steps: [['submit', 'writer'], ['reject', 'writingReviewer'], ['rewrite', 'reviewer', EDITED_STATEMENT], ['rewrite', 'writer', `${EDITED_STATEMENT} `], ['submit', 'writer']] satisfies Step[],
      actor: 'reviewer' as const,
      expected: 'fourEyesEditor',
      says: 'منذ آخر اعتماد',
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

  test('a user whose email two person documents share may record an edit, and take no decision, naming both', () => {
    const shared = {...ACTORS.writer, personId: undefined, roles: ['writer', 'medicalReviewer'] as const, sharedEmailWith: ['د. نادية فؤاد', 'منى السيد']}
    const {personId: _, ...actor} = shared
    const approve = decideTransition({action: 'approve', claim: CLAIMS.inReview, actor: {...actor, roles: [...actor.roles]}, today: TODAY})
    expect(approve).toMatchObject({allowed: false, reason: 'personAmbiguous', message: expect.stringContaining('(«د. نادية فؤاد»، «منى السيد»)')})
    const edited = {...CLAIMS.inReview, statement: EDITED_STATEMENT}
    expect(decideTransition({action: 'edit', claim: edited, actor: {...actor, roles: [...actor.roles]}, today: TODAY}).allowed).toBe(true)
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
    {name: 'approve while the form is still being checked', action: 'approve' as const, claim: CLAIMS.inReview, actor: 'reviewer' as const, errors: 0, validating: true, expected: 'validating'},
    {name: 'submit while the form is still being checked', action: 'submit' as const, claim: CLAIMS.draft, actor: 'writer' as const, errors: 0, validating: true, expected: 'validating'},
    {name: 'approve while checking again a form with errors: the errors known', action: 'approve' as const, claim: CLAIMS.inReview, actor: 'reviewer' as const, errors: 1, validating: true, expected: 'validation'},
    {name: 'reject while the form is still being checked', action: 'reject' as const, claim: CLAIMS.inReview, actor: 'reviewer' as const, errors: 0, validating: true, expected: 'ok'},
    {name: 'withdraw while the form is still being checked', action: 'withdraw' as const, claim: CLAIMS.approved, actor: 'reviewer' as const, errors: 0, validating: true, expected: 'ok'},
  ])('$name → $expected', ({action, claim, actor, errors, validating, expected}) => {
    expect(decide(action, claim, actor, errors, validating)).toBe(expected)
  })

  test('a refusal says why in Arabic, naming the state and its cause', () => {
    const decision = decideTransition({action: 'withdraw', claim: EDITED_AFTER_APPROVAL, actor: ACTORS.reviewer, today: TODAY})
    expect(decision).toMatchObject({allowed: false, reason: 'state'})
    if (!decision.allowed) expect(decision.message).toContain('«مسودة» (لأن نصه أو دليله تغيّر بعد الاعتماد)')
    const role = decideTransition({action: 'approve', claim: CLAIMS.inReview, actor: ACTORS.writer, today: TODAY})
    expect(role.allowed).toBe(false)
    if (!role.allowed) expect(role.message).toContain('«اعتماد» لمن له دور «مراجع طبي»، وأدوارك: «كاتب طبي»')
    // The roles an action needs are alternatives («أو»); the roles someone holds are all theirs («و»).
    const twoRoles = decideTransition({action: 'approve', claim: CLAIMS.inReview, actor: {...ACTORS.writer, roles: ['writer', 'editor']}, today: TODAY})
    if (!twoRoles.allowed) expect(twoRoles.message).toContain('وأدوارك: «كاتب طبي» و«محرر».')
    expect(twoRoles.allowed).toBe(false)
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

describe('renew: four eyes, as approve', () => {
  const approvedAfter = (audit: ReturnType<typeof event>[], statement = STATEMENT, hash = HASH): WorkflowClaim => ({
    ...withAudit(CLAIMS.approved, audit, statement),
    review: {...CLAIMS.approved.review, approvedHash: hash, audit},
  })
  test.each([
    {name: 'the claim’s writer, a reviewer too', claim: approvedAfter([event('submit', 'draft', 'inReview', 'writingReviewer'), event('approve', 'inReview', 'approved', 'reviewer')]), actor: 'writingReviewer' as const, expected: 'fourEyesWriter'},
    {name: 'the reviewer who approved it', claim: approvedAfter([event('submit', 'draft', 'inReview', 'writingReviewer'), event('approve', 'inReview', 'approved', 'reviewer')]), actor: 'reviewer' as const, expected: 'ok'},
    {
      name: 'the reviewer who reworded it before it was approved',
      claim: approvedAfter(
        [
          event('submit', 'draft', 'inReview', 'writer'),
          event('reject', 'inReview', 'rejected', 'reviewer'),
          event('submit', 'rejected', 'inReview', 'writingReviewer', {hash: EDITED_HASH}),
          event('approve', 'inReview', 'approved', 'reviewer', {hash: EDITED_HASH}),
        ],
        EDITED_STATEMENT,
        EDITED_HASH,
      ),
      actor: 'writingReviewer' as const,
      expected: 'fourEyesLastEditor',
    },
    {name: 'another reviewer, after a renewal', claim: CLAIMS.draft, steps: [['submit', 'writer'], ['approve', 'reviewer'], ['renew', 'reviewer']] satisfies Step[], actor: 'writingReviewer' as const, expected: 'ok'},
    {
      name: 'a reviewer who rewrote a rejected claim, approved by another',
      claim: CLAIMS.draft,
      steps: [['submit', 'writer'], ['reject', 'writingReviewer'], ['rewrite', 'writingReviewer', EDITED_STATEMENT], ['submit', 'writer'], ['approve', 'reviewer']] satisfies Step[],
      actor: 'writingReviewer' as const,
      expected: 'fourEyesLastEditor',
    },
    {name: 'the same person under another Sanity login', claim: approvedAfter([event('submit', 'draft', 'inReview', 'writingReviewer'), event('approve', 'inReview', 'approved', 'reviewer')]), actor: 'writingReviewer' as const, as: {userId: 'pMaryamSecondLogin'}, expected: 'fourEyesWriter'},
  ])('$name → $expected', ({claim, steps = [], actor, as = {}, expected}) => {
    const decision = decideTransition({action: 'renew', claim: walk(claim, steps), actor: {...ACTORS[actor], ...as}, today: TODAY})
    expect(decision.allowed ? 'ok' : decision.reason).toBe(expected)
  })

  test.each([
    {name: 'approved, words changed since approval', claim: EDITED_AFTER_APPROVAL, errors: 0, expected: 'changedSinceApproval'},
    {name: 'expired, words changed since approval', claim: {...CLAIMS.expired, statement: EDITED_STATEMENT}, errors: 0, expected: 'changedSinceApproval'},
    {name: 'approved without a hash: no approved words to renew', claim: {...CLAIMS.approved, review: {...CLAIMS.approved.review, approvedHash: undefined}}, errors: 0, expected: 'state'},
    {name: 'with validation errors', claim: CLAIMS.approved, errors: 1, expected: 'validation'},
  ])('$name → $expected', ({claim, errors, expected}) => {
    expect(decide('renew', claim, 'reviewer', errors)).toBe(expected)
  })
})

describe('changed words: the refusal never tells the reviewer to resubmit (they would become the last editor)', () => {
  test.each([
    {
      action: 'approve' as const,
      claim: EDITED_IN_REVIEW,
      message: 'في الادعاء تعديلات على نصه أو دليله بعد إرساله للمراجعة. إن لم تكن مقصودة فتجاهلها بزر «تجاهل التغييرات» ثم اعتمده؛ وإن كانت مقصودة فليُعِد كاتبه إرساله.',
    },
    {
      action: 'renew' as const,
      claim: EDITED_AFTER_APPROVAL,
      message: 'في الادعاء تعديلات على نصه أو دليله بعد اعتماده. إن لم تكن مقصودة فتجاهلها بزر «تجاهل التغييرات» ثم جدّد اعتماده؛ وإن كانت مقصودة فلينشرها كاتبها ويُرسل الادعاء للمراجعة.',
    },
  ])('$action', ({action, claim, message}) => {
    expect(decideTransition({action, claim, actor: ACTORS.reviewer, today: TODAY})).toMatchObject({allowed: false, message})
  })
})

describe('evidence: submit, approve and renew refuse what claim-evidence-missing would block', () => {
  /** The claim with other evidence, its recorded hashes moved along so only the evidence differs. */
  const withEvidence = (claim: WorkflowClaim, evidence: unknown): WorkflowClaim => {
    const hash = claimContentHash({statement: claim.statement ?? '', evidence})
    const review = claim.review && {
      ...claim.review,
      ...(claim.review.approvedHash === HASH ? {approvedHash: hash} : {}),
      audit: (claim.review.audit ?? []).map((entry) => (entry.hash === HASH ? {...entry, hash} : entry)),
    }
    return {...claim, evidence, ...(review ? {review} : {})}
  }
  const citation = (fields: Record<string, string>) => ({_key: 'c1', _type: 'citation', title: 'Mesotherapy for hair loss', ...fields})
  const EVIDENCE_CASES = {
    complete: EVIDENCE,
    none: undefined,
    noCertainty: {_type: 'evidence', citations: [citation({pmid: '37558233'})]},
    noCitation: {_type: 'evidence', certainty: 'low', citations: []},
    untraceableLink: {_type: 'evidence', certainty: 'low', citations: [citation({url: 'javascript:alert(1)'})]},
    malformedPmid: {_type: 'evidence', certainty: 'low', citations: [citation({pmid: 'PMID37558233'})]},
    unknownCertainty: {_type: 'evidence', certainty: 'strong', citations: [citation({pmid: '37558233'})]},
    doiOnly: {_type: 'evidence', certainty: 'moderate', citations: [citation({doi: '10.1111/jocd.12345'})]},
    httpsLinkOnly: {_type: 'evidence', certainty: 'veryLow', citations: [citation({url: 'https://pubmed.ncbi.nlm.nih.gov/37558233/'})]},
  } as const
  const E = 'evidence' as const
  // Columns: submit (draft, writer), approve (in review, reviewer), renew (approved, reviewer),
  // renew (expired, reviewer), reject (in review, reviewer), withdraw (approved, editor).
  const COLUMNS = [
    ['submit', 'draft', 'writer'],
    ['approve', 'inReview', 'reviewer'],
    ['renew', 'approved', 'reviewer'],
    ['renew', 'expired', 'reviewer'],
    ['reject', 'inReview', 'reviewer'],
    ['withdraw', 'approved', 'editor'],
  ] as const
  const TABLE: Record<keyof typeof EVIDENCE_CASES, Outcome[]> = {
    complete: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
    none: [E, E, E, E, 'ok', 'ok'],
    noCertainty: [E, E, E, E, 'ok', 'ok'],
    noCitation: [E, E, E, E, 'ok', 'ok'],
    untraceableLink: [E, E, E, E, 'ok', 'ok'],
    malformedPmid: [E, E, E, E, 'ok', 'ok'],
    unknownCertainty: [E, E, E, E, 'ok', 'ok'],
    doiOnly: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
    httpsLinkOnly: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
  }
  const evidenceRows = Object.entries(TABLE).flatMap(([evidence, outcomes]) =>
    COLUMNS.map(([action, state, actor], index) => ({evidence: evidence as keyof typeof EVIDENCE_CASES, action, state, actor, expected: outcomes[index]!})),
  )
  test.each(evidenceRows)('$evidence: $action on $state by $actor → $expected', ({evidence, action, state, actor, expected}) => {
    const claim = withEvidence(CLAIMS[state], EVIDENCE_CASES[evidence])
    expect(decide(action, claim as (typeof CLAIMS)[ClaimState], actor)).toBe(expected)
  })

  test.each([
    {
      evidence: 'none' as const,
      message:
        'لا يُرسَل الادعاء للمراجعة ولا يُعتمد قبل اكتمال دليله: لم تُحدَّد درجة اليقين في الدليل (GRADE)، ولا يوجد مرجع يمكن تتبّعه (PMID أو DOI أو رابط ويب يبدأ بـ https). حدّد «الدليل العلمي › درجة اليقين (GRADE)»: مرتفعة أو متوسطة أو منخفضة أو منخفضة جدًا، وأضف في «الدليل العلمي › المراجع» مرجعًا واحدًا على الأقل فيه رقم PMID أو DOI أو رابط ويب إلى الدراسة (https://…).',
    },
    {
      evidence: 'noCertainty' as const,
      message: 'لا يُرسَل الادعاء للمراجعة ولا يُعتمد قبل اكتمال دليله: لم تُحدَّد درجة اليقين في الدليل (GRADE). حدّد «الدليل العلمي › درجة اليقين (GRADE)»: مرتفعة أو متوسطة أو منخفضة أو منخفضة جدًا.',
    },
  ])('the refusal says what is missing and how to add it ($evidence)', ({evidence, message}) => {
    const decision = decideTransition({action: 'submit', claim: withEvidence(CLAIMS.draft, EVIDENCE_CASES[evidence]), actor: ACTORS.writer, today: TODAY})
    expect(decision).toMatchObject({allowed: false, reason: 'evidence', message})
  })
})

describe('an approval older than its clinics\' claim review period: the actions read it as the gate and the badge do', () => {
  // Approved on 2025-09-03 with review.reviewDue written as 2027-06-30: 12 months ended on 2026-09-03.
  const overlong = {...CLAIMS.approved, review: {...CLAIMS.approved.review, approvedAt: '2025-09-03T10:00:00.000Z'}}
  test.each([
    {name: 'the period known: expired, so renewing is the main action', policyMonths: 12, state: 'expired'},
    {name: 'a period that has not ended yet: approved', policyMonths: 24, state: 'approved'},
    {name: 'the period not known (no article links it, or still loading): review.reviewDue alone', policyMonths: undefined, state: 'approved'},
  ])('$name', ({policyMonths, state}) => {
    const decision = decideTransition({action: 'renew', claim: overlong, actor: ACTORS.reviewer, today: TODAY, policyMonths})
    expect(decision).toMatchObject({allowed: true, from: state, view: {recorded: state, state}})
  })

  test('submit, offered for an expired approval, is offered for it too', () => {
    expect(decideTransition({action: 'submit', claim: overlong, actor: ACTORS.writer, today: TODAY, policyMonths: 12}).allowed).toBe(true)
    expect(decideTransition({action: 'submit', claim: overlong, actor: ACTORS.writer, today: TODAY}).allowed).toBe(false)
  })
})
