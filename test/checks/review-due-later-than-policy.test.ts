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
      '«المراجعة القادمة» (١ أكتوبر ٢٠٢٧) أبعد مما تسمح به سياسة النشر في السعودية: مراجعة كل ٦ أشهر على الأكثر بعد آخر مراجعة (١ أكتوبر ٢٠٢٦)، أي حتى ١ أبريل ٢٠٢٧. سيتوقف نشر المقال هناك بعد ١ أبريل ٢٠٢٧ ولو بقي هذا التاريخ؛ اجعل «المراجعة القادمة» ١ أبريل ٢٠٢٧ أو قبله.',
  },
  {
    name: 'one day past the period in Dubai',
    dates: {lastReviewed: '2026-10-01', nextReviewDue: '2027-10-02'},
    clinicId: 'clinic.lulu-dubai',
    expected: [`${RULE} warning nextReviewDue`],
    message:
      '«المراجعة القادمة» (2 أكتوبر 2027) أبعد مما تسمح به سياسة النشر في الإمارات: مراجعة كل 12 شهرًا على الأكثر بعد آخر مراجعة (1 أكتوبر 2026)، أي حتى 1 أكتوبر 2027. سيتوقف نشر المقال هناك بعد 1 أكتوبر 2027 ولو بقي هذا التاريخ؛ اجعل «المراجعة القادمة» 1 أكتوبر 2027 أو قبله.',
  },
  {
    name: 'one day past the period in Cairo',
    dates: {lastReviewed: '2026-10-01', nextReviewDue: '2027-10-02'},
    clinicId: 'clinic.nour-cairo',
    expected: [`${RULE} warning nextReviewDue`],
    message:
      '«المراجعة القادمة» (٢ أكتوبر ٢٠٢٧) أبعد مما تسمح به سياسة النشر في مصر: مراجعة كل ١٢ شهرًا على الأكثر بعد آخر مراجعة (١ أكتوبر ٢٠٢٦)، أي حتى ١ أكتوبر ٢٠٢٧. سيتوقف نشر المقال هناك بعد ١ أكتوبر ٢٠٢٧ ولو بقي هذا التاريخ؛ اجعل «المراجعة القادمة» ١ أكتوبر ٢٠٢٧ أو قبله.',
  },
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
