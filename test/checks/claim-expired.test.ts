// claim-expired: an approved claim whose review.reviewDue is before the clinic's today.
import {describe, expect, test} from 'vitest'
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
  {name: 'due yesterday', review: {reviewDue: '2026-11-20'}, expected: [`${RULE} error ${AT_M1}`], says: ['2026-11-20', 'claim.meso-hair-density', 'بزر «تجديد الاعتماد»']},
  {name: 'a draft with a past date is unapproved, not expired', review: {status: 'draft', reviewDue: '2025-01-01'}, expected: []},
  {name: 'no due date is claim-unapproved\'s to report', review: {reviewDue: undefined}, expected: []},
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

  test('a claim missing from the graph is not reported here', () => {
    expect(summarize(gateFindings(graphWith(seed004Article(), {without: ['claim.meso-hair-density']})), RULE)).toEqual([])
  })
})
