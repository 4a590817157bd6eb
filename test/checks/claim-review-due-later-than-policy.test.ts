// claim-review-due-later-than-policy: a linked claim's recorded review-due date later than the
// clinic's claim review period allows after its approval.
import {describe, expect, test} from 'vitest'
import {definePreset, egPreset, saPreset} from '../../src/presets/index.ts'
import {defaultReviewDue} from '../../src/workflow/reviewDue.ts'
import {claim, gateFindings, graphWith, ref, seed004Article, summarize} from '../support/gateFixtures.ts'

const RULE = 'claim-review-due-later-than-policy'
const AT_M1 = 'body[_key=="b1"].markDefs[_key=="m1"]'
const STATEMENT = 'بعض الدراسات تشير لتحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات'
const withApproval = (review: Record<string, unknown>) =>
  graphWith(seed004Article(), {
    extra: [claim('claim.meso-hair-density', STATEMENT, {review: {status: 'approved', reviewer: ref('person.dr-hala'), approvedAt: '2026-09-20T10:15:00.000Z', reviewDue: '2027-09-20', ...review}})],
  })
/** Riyadh's preset with a claim period shortened to six months, as a compliance lead might set it. */
const saSixMonths = definePreset({...saPreset, claimReviewPeriodMonths: 6})

const cases = [
  {name: 'exactly twelve months after the approval', review: {}, expected: []},
  {name: 'earlier than the period allows', review: {reviewDue: '2027-03-01'}, expected: []},
  {
    name: 'one day past the period',
    review: {reviewDue: '2027-09-21'},
    expected: [`${RULE} warning ${AT_M1}`],
    message:
      'موعد إعادة مراجعة الادعاء claim.meso-hair-density («بعض الدراسات تشير لتحسّن في كثافة الشعر أو سماكته بعد 3–6 جل…») المسجّل (٢١ سبتمبر ٢٠٢٧) أبعد مما تسمح به سياسة النشر في مصر: يبقى اعتماد الادعاء ١٢ شهرًا على الأكثر بعد اعتماده (٢٠ سبتمبر ٢٠٢٦)، أي حتى ٢٠ سبتمبر ٢٠٢٧. سيتوقف نشر المقال هناك بعد ٢٠ سبتمبر ٢٠٢٧ ولو بقي هذا الموعد؛ اطلب من مراجع طبي تجديد اعتماده بزر «تجديد الاعتماد» ليُحدَّد الموعد وفق سياسة البلد الأشد بين عيادات الادعاء.',
  },
  // 22:30 UTC is already the 21st in Riyadh; the approve action reads the approval on the UTC calendar, and so does the limit.
  {name: 'an evening approval counts from its UTC day', review: {approvedAt: '2026-09-20T22:30:00Z', reviewDue: '2027-09-21'}, expected: [`${RULE} warning ${AT_M1}`]},
  {name: 'an approval date with an offset is read as the instant it names', review: {approvedAt: '2026-09-21T01:30:00+03:00', reviewDue: '2027-09-21'}, expected: [`${RULE} warning ${AT_M1}`]},
  {name: 'no approval date: nothing to measure from', review: {approvedAt: undefined, reviewDue: '2030-01-01'}, expected: []},
  {name: 'no review-due date is claim-unapproved\'s', review: {reviewDue: undefined}, expected: []},
  {name: 'a draft is claim-unapproved\'s', review: {status: 'draft', reviewDue: '2030-01-01'}, expected: []},
  {name: 'an approval the period already ended is claim-expired\'s', review: {approvedAt: '2025-10-01T09:00:00Z', reviewDue: '2027-06-30'}, expected: []},
]

describe(RULE, () => {
  test.each(cases)('$name', ({review, expected, message}) => {
    const findings = gateFindings(withApproval(review)).filter((finding) => finding.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    if (message) expect(findings[0]?.message).toBe(message)
  })

  test('a claim linked from a stricter country: warned there, not in the lenient one', () => {
    const graph = withApproval({})
    // The article's other claim (m2), approved for the fixtures' twelve months, is past six months too.
    expect(summarize(gateFindings(graph, {clinicId: 'clinic.rawda-riyadh', preset: saSixMonths}), RULE)).toEqual([
      `${RULE} warning ${AT_M1}`,
      `${RULE} warning body[_key=="b2"].markDefs[_key=="m2"]`,
    ])
    expect(gateFindings(graph, {clinicId: 'clinic.rawda-riyadh', preset: saSixMonths}).find((finding) => finding.ruleId === RULE)?.message).toContain(
      'سياسة النشر في السعودية: يبقى اعتماد الادعاء ٦ أشهر على الأكثر بعد اعتماده (٢٠ سبتمبر ٢٠٢٦)، أي حتى ٢٠ مارس ٢٠٢٧.',
    )
    expect(summarize(gateFindings(graph, {clinicId: 'clinic.nour-cairo'}), RULE)).toEqual([])
  })

  test('the date the approve action records is never reported, whatever the hour of the approval', () => {
    for (const approvedAt of ['2026-01-31T00:00:00Z', '2026-02-28T23:59:59Z', '2026-08-31T21:30:00Z', '2026-09-20T10:15:00Z']) {
      const review = {approvedAt, reviewDue: defaultReviewDue(new Date(approvedAt), egPreset.claimReviewPeriodMonths)}
      expect(summarize(gateFindings(withApproval(review)), RULE), approvedAt).toEqual([])
    }
  })

  test('a warning: the article still publishes until the period ends', () => {
    const findings = gateFindings(withApproval({reviewDue: '2027-12-31'}))
    expect(summarize(findings, RULE)).toEqual([`${RULE} warning ${AT_M1}`])
    expect(findings.filter((finding) => finding.severity === 'error')).toEqual([])
  })
})
