// review-due-later-than-policy: «المراجعة القادمة» later than the clinic's review period allows after the last review.
import {describe, expect, test} from 'vitest'
import {gateFindings, graphWith, seed004Article, summarize} from '../support/gateFixtures.ts'

const RULE = 'review-due-later-than-policy'

const cases = [
  {name: 'six months in Riyadh, exactly the Saudi period', dates: {}, clinicId: 'clinic.rawda-riyadh', expected: []},
  {name: 'a year in Cairo, exactly the Egyptian period', dates: {lastReviewed: '2026-10-01', nextReviewDue: '2027-10-01'}, clinicId: 'clinic.nour-cairo', expected: []},
  {
    name: 'a year in Riyadh, twice the Saudi period',
    dates: {lastReviewed: '2026-10-01', nextReviewDue: '2027-10-01'},
    clinicId: 'clinic.rawda-riyadh',
    expected: [`${RULE} warning nextReviewDue`],
    message:
      '«المراجعة القادمة» (2027-10-01) أبعد مما تسمح به سياسة النشر في السعودية: مراجعة كل 6 أشهر على الأكثر بعد آخر مراجعة (2026-10-01)، أي حتى 2027-04-01. سيتوقف نشر المقال هناك بعد 2027-04-01 ولو بقي هذا التاريخ؛ اجعل «المراجعة القادمة» 2027-04-01 أو قبله.',
  },
  {name: 'one day past the period in Dubai', dates: {lastReviewed: '2026-10-01', nextReviewDue: '2027-10-02'}, clinicId: 'clinic.lulu-dubai', expected: [`${RULE} warning nextReviewDue`]},
  {name: 'no next review date is review-overdue\'s', dates: {nextReviewDue: undefined}, clinicId: 'clinic.rawda-riyadh', expected: []},
  {name: 'no last review date is review-overdue\'s', dates: {lastReviewed: undefined, nextReviewDue: '2030-01-01'}, clinicId: 'clinic.rawda-riyadh', expected: []},
]

describe(RULE, () => {
  test.each(cases)('$name', ({dates, clinicId, expected, message}) => {
    const findings = gateFindings(graphWith(seed004Article(dates)), {clinicId}).filter((finding) => finding.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    if (message) expect(findings[0]?.message).toBe(message)
  })

  test('a warning: the article still publishes until the period ends', () => {
    const findings = gateFindings(graphWith(seed004Article({lastReviewed: '2026-10-01', nextReviewDue: '2027-10-01'})), {clinicId: 'clinic.rawda-riyadh'})
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([])
  })
})
