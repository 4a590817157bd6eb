// review-overdue: review dates present, nextReviewDue not passed, lastReviewed within the preset's period.
import {describe, expect, test} from 'vitest'
import {gateFindings, graphWith, seed004Article, summarize} from '../support/gateFixtures.ts'

const RULE = 'review-overdue'

const cases = [
  {name: 'reviewed in September, due in March', dates: {}, expected: []},
  {name: 'due today is not overdue', dates: {nextReviewDue: '2026-11-21'}, expected: []},
  {name: 'exactly twelve months since the last review', dates: {lastReviewed: '2025-11-21'}, expected: []},
  {name: 'no lastReviewed', dates: {lastReviewed: undefined}, expected: [`${RULE} error lastReviewed`], says: ['لم يُسجَّل تاريخ آخر مراجعة']},
  {name: 'no nextReviewDue', dates: {nextReviewDue: undefined}, expected: [`${RULE} error nextReviewDue`], says: ['12 شهرًا']},
  {
    name: 'neither date',
    dates: {lastReviewed: undefined, nextReviewDue: undefined},
    expected: [`${RULE} error lastReviewed`, `${RULE} error nextReviewDue`],
  },
  {name: 'nextReviewDue yesterday', dates: {nextReviewDue: '2026-11-20'}, expected: [`${RULE} error nextReviewDue`], says: ['2026-11-20', 'فات']},
  {name: 'reviewed today', dates: {lastReviewed: '2026-11-21'}, expected: []},
  {
    name: 'a last review dated after today (a mistyped year) lifts no limit',
    dates: {lastReviewed: '2062-09-01', nextReviewDue: '2063-03-01'},
    expected: [`${RULE} error lastReviewed`],
    says: ['2062-09-01', 'لم يأتِ بعد'],
  },
  {
    name: 'last review older than the period even though nextReviewDue is later',
    dates: {lastReviewed: '2025-11-20', nextReviewDue: '2027-01-01'},
    expected: [`${RULE} error lastReviewed`],
    says: ['2025-11-20', 'كل 12 شهرًا', 'أي حتى 2026-11-20'],
  },
]

describe(RULE, () => {
  test.each(cases)('$name', ({dates, expected, says = []}) => {
    const findings = gateFindings(graphWith(seed004Article(dates))).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    for (const phrase of says) expect(findings[0]?.message).toContain(phrase)
  })

  test('the Saudi preset\'s six-month period is stricter than the Egyptian twelve', () => {
    const graph = graphWith(seed004Article({lastReviewed: '2026-05-01', nextReviewDue: '2027-01-01'}))
    expect(summarize(gateFindings(graph, {clinicId: 'clinic.nour-cairo'}), RULE)).toEqual([])
    expect(summarize(gateFindings(graph, {clinicId: 'clinic.rawda-riyadh'}), RULE)).toEqual([`${RULE} error lastReviewed`])
    expect(gateFindings(graph, {clinicId: 'clinic.rawda-riyadh'}).find((f) => f.ruleId === RULE)!.message).toContain('أي حتى 2026-11-01')
  })

  test('the six-month period is said as «6 أشهر», with the plural a count of three to ten takes', () => {
    const saudi = (dates: Parameters<typeof seed004Article>[0]) => gateFindings(graphWith(seed004Article(dates)), {clinicId: 'clinic.rawda-riyadh'}).find((f) => f.ruleId === RULE)!.message
    expect(saudi({lastReviewed: '2026-05-01', nextReviewDue: '2027-01-01'})).toContain('كل 6 أشهر على الأكثر')
    expect(saudi({nextReviewDue: undefined})).toContain('لا يتجاوز 6 أشهر من آخر مراجعة')
  })
})
