// planTransition / applyTransitionPlan: what each allowed transition writes to the claim's review,
// and that the audit trail only grows.
import {describe, expect, test} from 'vitest'
import {claimState} from '../../src/workflow/claimState.ts'
import {applyTransitionPlan, planTransition, type TransitionInput} from '../../src/workflow/planTransition.ts'
import {ACTORS, CLAIMS, EDITED_AFTER_APPROVAL, EDITED_HASH, EDITED_STATEMENT, HASH, NOW, TODAY, type ActorName} from './workflowFixtures.ts'

const AT = NOW.toISOString()
let counter = 0
const plan = (action: TransitionInput['action'], claim: TransitionInput['claim'], actor: ActorName, extra: Partial<TransitionInput> = {}) =>
  planTransition({action, claim, actor: ACTORS[actor], today: TODAY, now: NOW, newKey: () => `k${++counter}`, ...extra})

describe('planTransition', () => {
  test('approve records who, when, until when and exactly which words', () => {
    const result = plan('approve', CLAIMS.inReview, 'reviewer')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.plan.set).toEqual({
      status: 'approved',
      reviewer: {_type: 'reference', _ref: 'person.dr-hala'},
      reviewedAt: AT,
      reviewDue: '2027-11-21',
      approvedBy: 'pHala',
      approvedAt: AT,
      approvedHash: HASH,
    })
    expect(result.plan.unset).toEqual(['comment'])
    expect(result.plan.append).toEqual([
      {_key: expect.any(String), _type: 'reviewEvent', action: 'approve', from: 'inReview', to: 'approved', at: AT, userId: 'pHala', person: {_type: 'reference', _ref: 'person.dr-hala'}, hash: HASH},
    ])
  })

  test.each([
    {months: 12, due: '2027-11-21'},
    {months: 6, due: '2027-05-21'},
  ])('approve sets review due $months months ahead', ({months, due}) => {
    const result = plan('approve', CLAIMS.inReview, 'reviewer', {reviewPeriod: {months, jurisdiction: 'EG'}})
    expect(result.ok && result.plan.set.reviewDue).toBe(due)
  })

  test.each([
    {comment: undefined, ok: false},
    {comment: '   ', ok: false},
    {comment: 'اذكري أن الدليل منخفض اليقين.', ok: true},
  ])('reject needs a reason: $comment → ok $ok', ({comment, ok}) => {
    const result = plan('reject', CLAIMS.inReview, 'reviewer', comment === undefined ? {} : {comment})
    expect(result.ok).toBe(ok)
    if (!result.ok) expect(result).toMatchObject({reason: 'comment', message: expect.stringContaining('سبب الرفض')})
    else {
      expect(result.plan.set).toEqual({status: 'rejected', reviewer: {_type: 'reference', _ref: 'person.dr-hala'}, reviewedAt: AT, comment})
      expect(result.plan.append.map((entry) => [entry.action, entry.from, entry.to, entry.comment])).toEqual([['reject', 'inReview', 'rejected', comment]])
    }
  })

  test('submitting words changed after approval logs the edit first: approved → draft → in review', () => {
    const result = plan('submit', EDITED_AFTER_APPROVAL, 'writer')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.plan.set).toEqual({status: 'inReview'})
    expect(result.plan.unset).toEqual(['approvedBy', 'approvedAt', 'approvedHash', 'reviewDue'])
    expect(result.plan.append.map((entry) => [entry.action, entry.from, entry.to, entry.userId, entry.hash])).toEqual([
      ['edit', 'approved', 'draft', 'pMona', EDITED_HASH],
      ['submit', 'draft', 'inReview', 'pMona', EDITED_HASH],
    ])
  })

  test('withdraw returns to draft, drops the approval record and keeps the reason', () => {
    const result = plan('withdraw', CLAIMS.approved, 'editor', {comment: 'دراسة جديدة تناقض الادعاء.'})
    expect(result.ok && result.plan).toEqual({
      set: {status: 'draft', comment: 'دراسة جديدة تناقض الادعاء.'},
      unset: ['approvedBy', 'approvedAt', 'approvedHash', 'reviewDue'],
      append: [expect.objectContaining({action: 'withdraw', from: 'approved', to: 'draft', userId: 'pSara', comment: 'دراسة جديدة تناقض الادعاء.'})],
    })
  })

  test.each([
    {name: 'a rejected claim (back to draft; the rejection reason stays for the writer)', claim: {...CLAIMS.rejected, statement: EDITED_STATEMENT}, actor: 'reviewer' as const, entry: ['edit', 'rejected', 'draft', 'pHala', EDITED_HASH]},
    {name: 'a claim never recorded (its first words, and who wrote them)', claim: CLAIMS.draft, actor: 'writer' as const, entry: ['edit', 'draft', 'draft', 'pMona', HASH]},
  ])('saving changed words of $name records who changed them', ({claim, actor, entry}) => {
    const result = plan('edit', claim, actor)
    expect(result.ok && result.plan.set).toEqual({status: 'draft'})
    expect(result.ok && result.plan.append.map((added) => [added.action, added.from, added.to, added.userId, added.hash])).toEqual([entry])
  })

  test('an edit needs no person document: the user id is enough', () => {
    const result = plan('edit', EDITED_AFTER_APPROVAL, 'noRole')
    expect(result.ok && result.plan.append).toEqual([expect.objectContaining({action: 'edit', from: 'approved', to: 'draft', userId: 'pGuest'})])
    expect(result.ok && 'person' in result.plan.append[0]!).toBe(false)
  })

  test.each([
    {name: 'an approval before it lapses', claim: CLAIMS.approved, from: 'approved', months: undefined, due: '2027-11-21'},
    {name: 'a lapsed approval', claim: CLAIMS.expired, from: 'expired', months: undefined, due: '2027-11-21'},
    {name: 'a claim published where approvals hold 6 months', claim: CLAIMS.approved, from: 'approved', months: 6, due: '2027-05-21'},
  ] as const)('renew records a new approval of the same words, as approve does: $name', ({claim, from, months, due}) => {
    const result = plan('renew', claim, 'writingReviewer', months === undefined ? {} : {reviewPeriod: {months, jurisdiction: 'SA'}})
    expect(result.ok && result.plan).toEqual({
      set: {
        status: 'approved',
        reviewer: {_type: 'reference', _ref: 'person.dr-maryam'},
        reviewedAt: AT,
        reviewDue: due,
        approvedBy: 'pMaryam',
        approvedAt: AT,
        approvedHash: HASH,
      },
      unset: ['comment'],
      append: [{_key: expect.any(String), _type: 'reviewEvent', action: 'renew', from, to: 'approved', at: AT, userId: 'pMaryam', person: {_type: 'reference', _ref: 'person.dr-maryam'}, hash: HASH}],
    })
  })

  // The Studio shows the date when the reviewer clicks and plans the renewal when they confirm.
  test.each([
    {name: 'confirmed the same day', now: NOW, confirmed: '2027-11-21', ok: true, due: '2027-11-21'},
    {name: 'confirmed just after UTC midnight: the date shown, not the next day', now: new Date('2026-11-22T00:00:30Z'), confirmed: '2027-11-21', ok: true, due: '2027-11-21'},
    {name: 'a 6-month period confirmed after midnight', now: new Date('2026-11-22T00:00:30Z'), months: 6, confirmed: '2027-05-21', ok: true, due: '2027-05-21'},
    {name: 'a date later than the period allows from now is refused', now: NOW, confirmed: '2027-11-22', ok: false},
    {name: 'a garbled date is refused', now: NOW, confirmed: '٢٠٢٧-١١-٢١', ok: false},
  ])('renew writes the review-due date the reviewer confirmed: $name', ({now, months, confirmed, ok, due}) => {
    const result = plan('renew', CLAIMS.expired, 'reviewer', {now, confirmedReviewDue: confirmed, ...(months === undefined ? {} : {reviewPeriod: {months, jurisdiction: 'SA'}})})
    expect(ok ? result.ok && result.plan.set.reviewDue : result.ok).toBe(ok ? due : false)
  })

  // The refusal is written as the country whose period it applies writes dates (the baseline's, Egypt's,
  // by default): Arabic-Indic digits in Egypt and Saudi Arabia, Latin in the Emirates; a garbled date is quoted as sent.
  test.each([
    {name: 'the baseline', period: undefined, confirmed: '2027-11-22', says: '(٢٢ نوفمبر ٢٠٢٧) أبعد مما تسمح به مدة مراجعة الادعاء (١٢ شهرًا) من اليوم: أبعد تاريخ مسموح به ٢١ نوفمبر ٢٠٢٧.', latest: '2027-11-21'},
    {name: 'Egypt', period: {months: 12, jurisdiction: 'EG'}, confirmed: '2027-11-22', says: '(٢٢ نوفمبر ٢٠٢٧) أبعد مما تسمح به مدة مراجعة الادعاء (١٢ شهرًا) من اليوم: أبعد تاريخ مسموح به ٢١ نوفمبر ٢٠٢٧.', latest: '2027-11-21'},
    {name: 'Saudi Arabia', period: {months: 6, jurisdiction: 'SA'}, confirmed: '2027-11-21', says: '(٢١ نوفمبر ٢٠٢٧) أبعد مما تسمح به مدة مراجعة الادعاء (٦ أشهر) من اليوم: أبعد تاريخ مسموح به ٢١ مايو ٢٠٢٧.', latest: '2027-05-21'},
    {name: 'the Emirates', period: {months: 12, jurisdiction: 'AE'}, confirmed: '2027-11-22', says: '(22 نوفمبر 2027) أبعد مما تسمح به مدة مراجعة الادعاء (12 شهرًا) من اليوم: أبعد تاريخ مسموح به 21 نوفمبر 2027.', latest: '2027-11-21'},
    {name: 'a date past the month\'s end', period: {months: 12, jurisdiction: 'AE'}, confirmed: '2027-02-31', says: '(2027-02-31) ليس تاريخًا صحيحًا، والمسموح به مدة مراجعة الادعاء (12 شهرًا) من اليوم: أبعد تاريخ مسموح به 21 نوفمبر 2027.', latest: '2027-11-21'},
    {name: 'a day no calendar has', period: {months: 12, jurisdiction: 'EG'}, confirmed: '2027-00-10', says: '(2027-00-10) ليس تاريخًا صحيحًا، والمسموح به مدة مراجعة الادعاء (١٢ شهرًا) من اليوم: أبعد تاريخ مسموح به ٢١ نوفمبر ٢٠٢٧.', latest: '2027-11-21'},
    {name: 'a garbled date', period: {months: 12, jurisdiction: 'EG'}, confirmed: '٢٠٢٧-١١-٢١', says: '(٢٠٢٧-١١-٢١) ليس تاريخًا صحيحًا، والمسموح به مدة مراجعة الادعاء (١٢ شهرًا) من اليوم: أبعد تاريخ مسموح به ٢١ نوفمبر ٢٠٢٧.', latest: '2027-11-21'},
  ] as const)('a refused review-due date, in the Arabic of $name', ({period, confirmed, says, latest}) => {
    const result = plan('renew', CLAIMS.expired, 'reviewer', {confirmedReviewDue: confirmed, ...(period === undefined ? {} : {reviewPeriod: period})})
    expect(result).toEqual({ok: false, reason: 'reviewDue', message: `تاريخ المراجعة المؤكَّد ${says}`, latestReviewDue: latest})
  })

  test('a renewed lapsed approval is approved again today, with the trail grown by one entry', () => {
    const result = plan('renew', CLAIMS.expired, 'reviewer')
    if (!result.ok) throw new Error(result.message)
    const renewed = applyTransitionPlan(CLAIMS.expired, result.plan)
    expect(claimState(renewed, TODAY)).toEqual({recorded: 'approved', state: 'approved', contentHash: HASH, unrecordedChange: false})
    expect(renewed.review?.audit?.map((entry) => `${entry.action}:${entry.from}→${entry.to}:${entry.userId}`)).toEqual([
      'submit:draft→inReview:pMona',
      'approve:inReview→approved:pHala',
      'renew:expired→approved:pHala',
    ])
  })

  test('a refused transition plans nothing and says why', () => {
    expect(plan('approve', CLAIMS.inReview, 'writer')).toEqual({ok: false, reason: 'role', message: expect.stringContaining('مراجع طبي')})
  })
})

describe('applyTransitionPlan', () => {
  test('a claim walks draft → in review → rejected → in review → approved, each step appended', () => {
    let claim = CLAIMS.draft
    const steps: [TransitionInput['action'], ActorName, string?][] = [
      ['submit', 'writer'],
      ['reject', 'reviewer', 'أعيدي الصياغة.'],
      ['submit', 'writer'],
      ['approve', 'writingReviewer'],
    ]
    for (const [action, actor, comment] of steps) {
      const result = plan(action, claim, actor, comment ? {comment} : {})
      if (!result.ok) throw new Error(`${action} by ${actor}: ${result.message}`)
      const before = claim.review?.audit ?? []
      claim = applyTransitionPlan(claim, result.plan)
      expect(claim.review?.audit?.slice(0, before.length)).toEqual(before)
    }
    expect(claim.review?.audit?.map((entry) => `${entry.action}:${entry.from}→${entry.to}:${entry.userId}`)).toEqual([
      'submit:draft→inReview:pMona',
      'reject:inReview→rejected:pHala',
      'submit:rejected→inReview:pMona',
      'approve:inReview→approved:pMaryam',
    ])
    expect(claim.review).toMatchObject({status: 'approved', approvedBy: 'pMaryam', approvedHash: HASH, reviewer: {_ref: 'person.dr-maryam'}})
    expect(claim.review).not.toHaveProperty('comment')
    expect(claimState(claim, TODAY)).toEqual({recorded: 'approved', state: 'approved', contentHash: HASH, unrecordedChange: false})
  })

  test('leaves the claim it was given untouched', () => {
    const result = plan('submit', CLAIMS.draft, 'writer')
    if (!result.ok) throw new Error(result.message)
    applyTransitionPlan(CLAIMS.draft, result.plan)
    expect(CLAIMS.draft.review?.audit).toEqual([])
    expect(CLAIMS.draft.review?.status).toBe('draft')
  })
})
