// review-due-soon: warnings ahead of an article review or a claim approval falling due.
import {describe, expect, test} from 'vitest'
import {claim, gateFindings, graphWith, ref, seed004Article, summarize} from '../support/gateFixtures.ts'

const RULE = 'review-due-soon'

const articleCases = [
  {name: 'due in 100 days', dates: {}, clinicId: 'clinic.nour-cairo', expected: []},
  {name: 'due in 10 days', dates: {nextReviewDue: '2026-12-01'}, clinicId: 'clinic.nour-cairo', expected: [`${RULE} warning nextReviewDue`], says: ['في ١ ديسمبر ٢٠٢٦ (بعد ١٠ أيام).']},
  {name: 'due today', dates: {nextReviewDue: '2026-11-21'}, clinicId: 'clinic.nour-cairo', expected: [`${RULE} warning nextReviewDue`], says: ['(اليوم)']},
  {name: 'due tomorrow', dates: {nextReviewDue: '2026-11-22'}, clinicId: 'clinic.nour-cairo', expected: [`${RULE} warning nextReviewDue`], says: ['(بعد يوم واحد)']},
  {name: 'due in two days', dates: {nextReviewDue: '2026-11-23'}, clinicId: 'clinic.nour-cairo', expected: [`${RULE} warning nextReviewDue`], says: ['(بعد يومين)']},
  {name: 'due in 30 days, the Egyptian window', dates: {nextReviewDue: '2026-12-21'}, clinicId: 'clinic.nour-cairo', expected: [`${RULE} warning nextReviewDue`], says: ['(بعد ٣٠ يومًا)']},
  {name: 'due in 31 days, outside the Egyptian window', dates: {nextReviewDue: '2026-12-22'}, clinicId: 'clinic.nour-cairo', expected: []},
  {name: 'due in 45 days, inside the UAE window', dates: {nextReviewDue: '2027-01-05'}, clinicId: 'clinic.lulu-dubai', expected: [`${RULE} warning nextReviewDue`]},
  {name: 'already overdue is review-overdue\'s', dates: {nextReviewDue: '2026-11-01'}, clinicId: 'clinic.nour-cairo', expected: []},
  {
    name: 'the review period ends before nextReviewDue',
    dates: {lastReviewed: '2025-12-10', nextReviewDue: '2027-03-01'},
    clinicId: 'clinic.nour-cairo',
    expected: [`${RULE} warning lastReviewed`],
    says: ['في ١٠ ديسمبر ٢٠٢٦ (بعد ١٩ يومًا).'],
  },
  {
    name: 'six-month Saudi period ends within the window',
    dates: {lastReviewed: '2026-06-01', nextReviewDue: '2027-03-01'},
    clinicId: 'clinic.rawda-riyadh',
    expected: [`${RULE} warning lastReviewed`],
  },
]

describe(RULE, () => {
  test.each(articleCases)('$name', ({dates, clinicId, expected, says = []}) => {
    const findings = gateFindings(graphWith(seed004Article(dates)), {clinicId}).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    for (const phrase of says) expect(findings[0]?.message).toContain(phrase)
  })

  test('a soon-lapsing claim approval names the button that renews it', () => {
    const graph = graphWith(seed004Article(), {
      extra: [claim('claim.meso-hair-density', 'بعض الدراسات تشير لتحسّن الكثافة.', {review: {status: 'approved', reviewer: ref('person.dr-hala'), approvedAt: '2025-12-01T09:00:00Z', reviewDue: '2026-12-01'}})],
    })
    expect(gateFindings(graph).filter((finding) => finding.ruleId === RULE).map((finding) => finding.message)).toEqual([
      'ينتهي اعتماد الادعاء claim.meso-hair-density («بعض الدراسات تشير لتحسّن الكثافة.») في ١ ديسمبر ٢٠٢٦ (بعد ١٠ أيام). اطلب من مراجع طبي تجديد اعتماده بزر «تجديد الاعتماد» قبل ذلك التاريخ.',
    ])
  })

  test("a claim approval lapsing soon by the clinic's period, before its recorded date, is announced for the period's end", () => {
    const graph = graphWith(seed004Article(), {
      extra: [claim('claim.meso-hair-density', 'بعض الدراسات تشير لتحسّن الكثافة.', {review: {status: 'approved', reviewer: ref('person.dr-hala'), approvedAt: '2025-12-01T09:00:00Z', reviewDue: '2027-06-30'}})],
    })
    expect(gateFindings(graph).filter((finding) => finding.ruleId === RULE).map((finding) => finding.message)).toEqual([
      'ينتهي اعتماد الادعاء claim.meso-hair-density («بعض الدراسات تشير لتحسّن الكثافة.») في ١ ديسمبر ٢٠٢٦ (بعد ١٠ أيام). اطلب من مراجع طبي تجديد اعتماده بزر «تجديد الاعتماد» قبل ذلك التاريخ.',
    ])
  })

  // As the clinic's country writes dates and counts: Arabic-Indic digits in Egypt and Saudi Arabia, Latin in the Emirates.
  test.each([
    {clinicId: 'clinic.nour-cairo', when: 'في ١ ديسمبر ٢٠٢٦ (بعد ١٠ أيام).'},
    {clinicId: 'clinic.rawda-riyadh', when: 'في ١ ديسمبر ٢٠٢٦ (بعد ١٠ أيام).'},
    {clinicId: 'clinic.lulu-dubai', when: 'في 1 ديسمبر 2026 (بعد 10 أيام).'},
  ])('dates as $clinicId writes them', ({clinicId, when}) => {
    const graph = graphWith(seed004Article({nextReviewDue: '2026-12-01'}), {
      extra: [claim('claim.meso-hair-density', 'بعض الدراسات تشير لتحسّن الكثافة.', {review: {status: 'approved', reviewer: ref('person.dr-hala'), approvedAt: '2026-06-01T09:00:00Z', reviewDue: '2026-12-01'}})],
    })
    expect(gateFindings(graph, {clinicId, now: new Date('2026-11-21T12:00:00Z')}).filter((finding) => finding.ruleId === RULE).map((finding) => finding.message)).toEqual([
      `تحين المراجعة الطبية للمقال ${when} رتّب المراجعة مع المراجع الطبي الآن؛ بعد هذا التاريخ لن يجتاز المقال فحص النشر.`,
      `ينتهي اعتماد الادعاء claim.meso-hair-density («بعض الدراسات تشير لتحسّن الكثافة.») ${when} اطلب من مراجع طبي تجديد اعتماده بزر «تجديد الاعتماد» قبل ذلك التاريخ.`,
    ])
  })

  test.each([
    {name: 'an approved claim expiring in 10 days', status: 'approved', expected: [`${RULE} warning body[_key=="b1"].markDefs[_key=="m1"]`]},
    {name: 'a draft claim is claim-unapproved\'s, not a due-soon warning', status: 'draft', expected: []},
  ])('$name', ({status, expected}) => {
    const graph = graphWith(seed004Article(), {
      extra: [claim('claim.meso-hair-density', 'بعض الدراسات تشير لتحسّن الكثافة.', {review: {status, reviewer: ref('person.dr-hala'), approvedAt: '2025-12-01T09:00:00Z', reviewDue: '2026-12-01'}})],
    })
    expect(summarize(gateFindings(graph), RULE)).toEqual(expected)
  })
})
