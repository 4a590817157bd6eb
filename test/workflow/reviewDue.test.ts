// The default review-due date of an approval: approval date + the shortest claim review period of
// the jurisdictions the claim is published in.
import {describe, expect, test} from 'vitest'
import {claimPolicyFor, claimReviewPeriod, claimReviewPeriodMonths, defaultReviewDue} from '../../src/workflow/reviewDue.ts'

const presets = {EG: {claimReviewPeriodMonths: 12}, SA: {claimReviewPeriodMonths: 6}, AE: {claimReviewPeriodMonths: 9}}

describe('review due', () => {
  test.each([
    {jurisdictions: [], months: 12, jurisdiction: 'EG'},
    {jurisdictions: ['EG'], months: 12, jurisdiction: 'EG'},
    {jurisdictions: ['EG', 'SA'], months: 6, jurisdiction: 'SA'},
    {jurisdictions: ['AE', 'AE', 'EG'], months: 9, jurisdiction: 'AE'},
    {jurisdictions: ['AE', 'SA'], months: 6, jurisdiction: 'SA'},
  ] as const)('period for $jurisdictions is $months months, set by $jurisdiction', ({jurisdictions, months, jurisdiction}) => {
    expect(claimReviewPeriodMonths(jurisdictions, presets)).toBe(months)
    expect(claimReviewPeriod(jurisdictions, presets)).toEqual({months, jurisdiction})
  })

  // The list comes from a query, in no set order; the country it names (and whose Arabic writes its dates) must not follow that order.
  test.each([
    {jurisdictions: ['AE', 'EG'], jurisdiction: 'EG'},
    {jurisdictions: ['EG', 'AE'], jurisdiction: 'EG'},
    {jurisdictions: ['AE', 'SA', 'EG'], jurisdiction: 'EG'},
    {jurisdictions: ['AE', 'SA'], jurisdiction: 'SA'},
  ] as const)('a tie among $jurisdictions is settled by the countries\' fixed order: $jurisdiction', ({jurisdictions, jurisdiction}) => {
    expect(claimReviewPeriod(jurisdictions, {EG: {claimReviewPeriodMonths: 12}, SA: {claimReviewPeriodMonths: 12}, AE: {claimReviewPeriodMonths: 12}})).toEqual({months: 12, jurisdiction})
  })

  test("Sanad's presets hold claims for 12 months by default", () => {
    expect(claimReviewPeriodMonths(['EG', 'SA', 'AE'])).toBe(12)
  })

  test.each([
    {at: '2026-11-21T12:00:00Z', months: 12, due: '2027-11-21'},
    {at: '2026-01-31T09:00:00Z', months: 1, due: '2026-02-28'},
    // 23:30 UTC is already the next day in Riyadh, but a claim's dates are on the UTC calendar.
    {at: '2026-11-21T23:30:00Z', months: 6, due: '2027-05-21'},
  ])('approved at $at + $months months → $due', ({at, months, due}) => {
    expect(defaultReviewDue(new Date(at), months)).toBe(due)
  })
})

describe('claimPolicyFor: how the Studio judges an approval already given', () => {
  // 21:30 UTC on 21 November: still the 21st in Cairo, already the 22nd in Riyadh and Dubai.
  const LATE = new Date('2026-11-21T21:30:00Z')
  // locale: the binding country's (claimReviewPeriod: on a tie, Egypt, Saudi Arabia, the Emirates in that order), the baseline's (Egypt's) when none binds it.
  test.each([
    {jurisdictions: ['EG'], months: 12, today: '2026-11-21', locale: 'ar-EG'},
    {jurisdictions: ['EG', 'AE'], months: 12, today: '2026-11-22', locale: 'ar-EG'},
    {jurisdictions: ['AE', 'EG'], months: 12, today: '2026-11-22', locale: 'ar-EG'},
    {jurisdictions: ['AE', 'SA'], months: 12, today: '2026-11-22', locale: 'ar-SA'},
    {jurisdictions: ['AE'], months: 12, today: '2026-11-22', locale: 'ar-AE'},
    {jurisdictions: ['SA'], months: 12, today: '2026-11-22', locale: 'ar-SA'},
    // No article links it: no period binds it, and it is judged on every preset's latest day.
    {jurisdictions: [], months: undefined, today: '2026-11-22', locale: 'ar-EG'},
  ] as const)('$jurisdictions: $months months, today $today, dates in $locale', ({jurisdictions, months, today, locale}) => {
    const policy = claimPolicyFor(jurisdictions)
    expect([policy.months, policy.todayAt(LATE), policy.locale]).toEqual([months, today, locale])
  })

  test('a shorter period binds the claim, and its country writes the dates', () => {
    const presets = {EG: {claimReviewPeriodMonths: 12}, SA: {claimReviewPeriodMonths: 6}, AE: {claimReviewPeriodMonths: 12}}
    expect([claimPolicyFor(['EG', 'AE', 'SA'], presets).locale, claimPolicyFor(['EG', 'AE'], presets).locale]).toEqual(['ar-SA', 'ar-EG'])
  })
})
