// The default review-due date of an approval: approval date + the shortest claim review period of
// the jurisdictions the claim is published in.
import {describe, expect, test} from 'vitest'
import {claimReviewPeriodMonths, defaultReviewDue} from '../../src/workflow/reviewDue.ts'

const presets = {EG: {claimReviewPeriodMonths: 12}, SA: {claimReviewPeriodMonths: 6}, AE: {claimReviewPeriodMonths: 9}}

describe('review due', () => {
  test.each([
    {jurisdictions: [], months: 12},
    {jurisdictions: ['EG'], months: 12},
    {jurisdictions: ['EG', 'SA'], months: 6},
    {jurisdictions: ['AE', 'AE', 'EG'], months: 9},
  ] as const)('period for $jurisdictions is $months months', ({jurisdictions, months}) => {
    expect(claimReviewPeriodMonths(jurisdictions, presets)).toBe(months)
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
