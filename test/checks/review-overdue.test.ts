// review-overdue: review dates present, nextReviewDue not passed, lastReviewed within the preset's period.
import {describe, expect, test} from 'vitest'
import {gateFindings, graphWith, seed004Article, summarize} from '../support/gateFixtures.ts'

const RULE = 'review-overdue'

const cases = [
  {name: 'reviewed in September, due in March', dates: {}, expected: []},
  {name: 'due today is not overdue', dates: {nextReviewDue: '2026-11-21'}, expected: []},
  {name: 'exactly twelve months since the last review', dates: {lastReviewed: '2025-11-21'}, expected: []},
  {name: 'no lastReviewed', dates: {lastReviewed: undefined}, expected: [`${RULE} error lastReviewed`], says: ['لم يُسجَّل تاريخ آخر مراجعة']},
  {name: 'no nextReviewDue', dates: {nextReviewDue: undefined}, expected: [`${RULE} error nextReviewDue`], says: ['١٢ شهرًا']},
  {
    name: 'neither date',
    dates: {lastReviewed: undefined, nextReviewDue: undefined},
    expected: [`${RULE} error lastReviewed`, `${RULE} error nextReviewDue`],
  },
  {name: 'nextReviewDue yesterday', dates: {nextReviewDue: '2026-11-20'}, expected: [`${RULE} error nextReviewDue`], says: ['٢٠ نوفمبر ٢٠٢٦', 'فات']},
  {name: 'reviewed today', dates: {lastReviewed: '2026-11-21'}, expected: []},
  {
    name: 'a last review dated after today (a mistyped year) lifts no limit',
    dates: {lastReviewed: '2062-09-01', nextReviewDue: '2063-03-01'},
    expected: [`${RULE} error lastReviewed`],
    says: ['١ سبتمبر ٢٠٦٢', 'لم يأتِ بعد'],
  },
  {
    name: 'last review older than the period even though nextReviewDue is later',
    dates: {lastReviewed: '2025-11-20', nextReviewDue: '2027-01-01'},
    expected: [`${RULE} error lastReviewed`],
    says: ['٢٠ نوفمبر ٢٠٢٥', 'كل ١٢ شهرًا', 'أي حتى ٢٠ نوفمبر ٢٠٢٦'],
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
    expect(gateFindings(graph, {clinicId: 'clinic.rawda-riyadh'}).find((f) => f.ruleId === RULE)!.message).toContain('أي حتى ١ نوفمبر ٢٠٢٦')
  })

  test('the six-month period is said as «٦ أشهر», with the plural a count of three to ten takes', () => {
    const saudi = (dates: Parameters<typeof seed004Article>[0]) => gateFindings(graphWith(seed004Article(dates)), {clinicId: 'clinic.rawda-riyadh'}).find((f) => f.ruleId === RULE)!.message
    expect(saudi({lastReviewed: '2026-05-01', nextReviewDue: '2027-01-01'})).toContain('كل ٦ أشهر على الأكثر')
    expect(saudi({nextReviewDue: undefined})).toContain('لا يتجاوز ٦ أشهر من آخر مراجعة')
  })

  // The clinic's reviewer reads its days and period as that country's sites write them: Arabic-Indic
  // digits in Egypt and Saudi Arabia, Latin in the Emirates. Today is 2026-11-21 in all three.
  const AFTER = 'اطلب من المراجع الطبي مراجعة المقال، ثم حدّث «آخر مراجعة» و«المراجعة القادمة».'
  test.each([
    {
      clinicId: 'clinic.nour-cairo',
      lastReviewed: '2025-11-20',
      future: 'تاريخ آخر مراجعة طبية (١ سبتمبر ٢٠٦٢) لم يأتِ بعد (اليوم ٢١ نوفمبر ٢٠٢٦).',
      passed: 'موعد المراجعة الطبية للمقال كان ٢٠ نوفمبر ٢٠٢٦ وقد فات (اليوم ٢١ نوفمبر ٢٠٢٦).',
      period: 'آخر مراجعة طبية للمقال كانت في ٢٠ نوفمبر ٢٠٢٥، وسياسة النشر في مصر تتطلب مراجعته كل ١٢ شهرًا على الأكثر، أي حتى ٢٠ نوفمبر ٢٠٢٦.',
    },
    {
      clinicId: 'clinic.rawda-riyadh',
      lastReviewed: '2026-05-20',
      future: 'تاريخ آخر مراجعة طبية (١ سبتمبر ٢٠٦٢) لم يأتِ بعد (اليوم ٢١ نوفمبر ٢٠٢٦).',
      passed: 'موعد المراجعة الطبية للمقال كان ٢٠ نوفمبر ٢٠٢٦ وقد فات (اليوم ٢١ نوفمبر ٢٠٢٦).',
      period: 'آخر مراجعة طبية للمقال كانت في ٢٠ مايو ٢٠٢٦، وسياسة النشر في السعودية تتطلب مراجعته كل ٦ أشهر على الأكثر، أي حتى ٢٠ نوفمبر ٢٠٢٦.',
    },
    {
      clinicId: 'clinic.lulu-dubai',
      lastReviewed: '2025-11-20',
      future: 'تاريخ آخر مراجعة طبية (1 سبتمبر 2062) لم يأتِ بعد (اليوم 21 نوفمبر 2026).',
      passed: 'موعد المراجعة الطبية للمقال كان 20 نوفمبر 2026 وقد فات (اليوم 21 نوفمبر 2026).',
      period: 'آخر مراجعة طبية للمقال كانت في 20 نوفمبر 2025، وسياسة النشر في الإمارات تتطلب مراجعته كل 12 شهرًا على الأكثر، أي حتى 20 نوفمبر 2026.',
    },
  ])('dates as $clinicId writes them', ({clinicId, lastReviewed, future, passed, period}) => {
    const messages = (dates: Parameters<typeof seed004Article>[0]) =>
      gateFindings(graphWith(seed004Article(dates)), {clinicId}).filter((f) => f.ruleId === RULE).map((f) => f.message)
    expect(messages({lastReviewed: '2062-09-01', nextReviewDue: '2063-03-01'})).toEqual([
      `${future} صحّح «آخر مراجعة» إلى اليوم الذي راجع فيه المراجع الطبي المقال فعلًا.`,
    ])
    expect(messages({nextReviewDue: '2026-11-20'})).toEqual([`${passed} ${AFTER}`])
    expect(messages({lastReviewed, nextReviewDue: '2027-01-01'})).toEqual([`${period} ${AFTER}`])
  })
})
