// claim-expired: an approved claim whose review.reviewDue is before the clinic's today.
import {describe, expect, test} from 'vitest'
import {definePreset, egPreset} from '../../src/presets/index.ts'
import {claim, gateFindings, graphWith, ref, seed004Article, summarize} from '../support/gateFixtures.ts'

const RULE = 'claim-expired'
const AT_M1 = 'body[_key=="b1"].markDefs[_key=="m1"]'
const withClaim = (reviewExtra: Record<string, unknown>) =>
  graphWith(seed004Article(), {
    extra: [
      claim('claim.meso-hair-density', 'بعض الدراسات تشير لتحسّن في كثافة الشعر.', {
        review: {status: 'approved', reviewer: ref('person.dr-hala'), reviewDue: '2027-06-30', ...reviewExtra},
      }),
    ],
  })

const cases = [
  {name: 'due next year', review: {}, expected: []},
  {name: 'due today', review: {reviewDue: '2026-11-21'}, expected: []},
  {name: 'due yesterday', review: {reviewDue: '2026-11-20'}, expected: [`${RULE} error ${AT_M1}`], says: ['في ٢٠ نوفمبر ٢٠٢٦، واليوم ٢١ نوفمبر ٢٠٢٦.', 'claim.meso-hair-density', 'بزر «تجديد الاعتماد»']},
  {name: 'a draft with a past date is unapproved, not expired', review: {status: 'draft', reviewDue: '2025-01-01'}, expected: []},
  {name: 'no due date is claim-unapproved\'s to report', review: {reviewDue: undefined}, expected: []},
  // The clinic's claim review period (twelve months here) holds whatever the recorded date says.
  {name: 'approved twelve months ago today, due later', review: {approvedAt: '2025-11-21T09:00:00Z', reviewDue: '2027-06-30'}, expected: []},
  {
    name: 'approved over twelve months ago, due later',
    review: {approvedAt: '2025-11-01T09:00:00Z', reviewDue: '2027-06-30'},
    expected: [`${RULE} error ${AT_M1}`],
    says: ['في مصر في ١ نوفمبر ٢٠٢٦، واليوم ٢١ نوفمبر ٢٠٢٦: اعتُمد في ١ نوفمبر ٢٠٢٥، وسياسة النشر في مصر تُبقي اعتماد الادعاء ١٢ شهرًا على الأكثر، وإن كان موعد إعادة مراجعته المسجّل ٣٠ يونيو ٢٠٢٧.', 'بزر «تجديد الاعتماد»'],
  },
  // A year typed with a digit missing (0202 for 2022) is an approval long lapsed, said with its year as typed.
  {
    name: 'approved in the year 202 (a typo)',
    review: {approvedAt: '0202-09-20T10:15:00.000Z', reviewDue: '2027-06-30'},
    expected: [`${RULE} error ${AT_M1}`],
    says: ['في مصر في ٢٠ سبتمبر ٢٠٣، واليوم ٢١ نوفمبر ٢٠٢٦: اعتُمد في ٢٠ سبتمبر ٢٠٢،'],
  },
  {name: 'both passed: the recorded date is the one named', review: {approvedAt: '2025-01-01T09:00:00Z', reviewDue: '2026-06-30'}, expected: [`${RULE} error ${AT_M1}`], says: ['في ٣٠ يونيو ٢٠٢٦، واليوم']},
]

describe(RULE, () => {
  test.each(cases)('$name', ({review, expected, says = []}) => {
    const findings = gateFindings(withClaim(review)).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    for (const phrase of says) expect(findings[0]?.message).toContain(phrase)
  })

  test('expiry follows the clinic calendar: 21:30 UTC is still the 21st in Cairo but the 22nd in Riyadh', () => {
    const graph = withClaim({reviewDue: '2026-11-21'})
    const now = new Date('2026-11-21T21:30:00Z')
    expect(summarize(gateFindings(graph, {clinicId: 'clinic.nour-cairo', now}), RULE)).toEqual([])
    expect(summarize(gateFindings(graph, {clinicId: 'clinic.rawda-riyadh', now}), RULE)).toEqual([`${RULE} error ${AT_M1}`])
  })

  test("a period the compliance lead shortens applies to approvals already given, in that preset's clinics only", () => {
    const graph = withClaim({approvedAt: '2026-05-01T09:00:00Z', reviewDue: '2027-05-01'})
    const sixMonths = definePreset({...egPreset, claimReviewPeriodMonths: 6})
    expect(summarize(gateFindings(graph, {preset: sixMonths}), RULE)).toEqual([`${RULE} error ${AT_M1}`])
    expect(gateFindings(graph, {preset: sixMonths}).find((f) => f.ruleId === RULE)?.message).toContain('تُبقي اعتماد الادعاء ٦ أشهر على الأكثر')
    expect(summarize(gateFindings(graph), RULE)).toEqual([])
  })

  // The clinic's reviewer reads its dates as that country's sites write them: Arabic-Indic digits in Egypt and Saudi Arabia, Latin in the Emirates.
  test.each([
    {clinicId: 'clinic.nour-cairo', says: 'في ٢٠ نوفمبر ٢٠٢٦، واليوم ٢١ نوفمبر ٢٠٢٦.'},
    {clinicId: 'clinic.rawda-riyadh', says: 'في ٢٠ نوفمبر ٢٠٢٦، واليوم ٢١ نوفمبر ٢٠٢٦.'},
    {clinicId: 'clinic.lulu-dubai', says: 'في 20 نوفمبر 2026، واليوم 21 نوفمبر 2026.'},
  ])('dates as $clinicId writes them', ({clinicId, says}) => {
    const findings = gateFindings(withClaim({reviewDue: '2026-11-20'}), {clinicId, now: new Date('2026-11-21T12:00:00Z')}).filter((f) => f.ruleId === RULE)
    expect(findings.map((f) => f.message)).toEqual([
      `انتهت صلاحية اعتماد الادعاء claim.meso-hair-density («بعض الدراسات تشير لتحسّن في كثافة الشعر.») ${says} اطلب من مراجع طبي تجديد الاعتماد بزر «تجديد الاعتماد»؛ أو احذف الجملة المربوطة به.`,
    ])
  })

  test('a claim missing from the graph is not reported here', () => {
    expect(summarize(gateFindings(graphWith(seed004Article(), {without: ['claim.meso-hair-density']})), RULE)).toEqual([])
  })
})
