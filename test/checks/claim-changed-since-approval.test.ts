// claim-changed-since-approval: an approval covers the statement + evidence it was given for; any
// change to either (or an approval with no hash) is reported at every claimRef to the claim.
import {describe, expect, test} from 'vitest'
import {claimContentHash} from '../../src/workflow/claimContentHash.ts'
import {citation, claim, gateFindings, graphWith, ref, seed004Article, summarize} from '../support/gateFixtures.ts'

const RULE = 'claim-changed-since-approval'
const AT_M1 = `${RULE} error body[_key=="b1"].markDefs[_key=="m1"]`
const STATEMENT = 'بعض الدراسات تشير لتحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات.'
const EVIDENCE = {certainty: 'low', citations: [citation('c1', {pmid: '12345678'})]}
const APPROVED_HASH = claimContentHash({statement: STATEMENT, evidence: EVIDENCE})
const approvedFor = (statement: string, evidence: unknown, review: Record<string, unknown> = {}) =>
  claim('claim.meso-hair-density', statement, {
    evidence,
    review: {status: 'approved', reviewer: ref('person.dr-hala'), reviewDue: '2027-06-30', approvedAt: '2026-09-20T10:15:00.000Z', approvedHash: APPROVED_HASH, ...review},
  })

const cases = [
  {name: 'the approved words, unchanged', claim: approvedFor(STATEMENT, EVIDENCE), expected: []},
  {name: 'the statement made firmer («تشير» → «تؤكد»)', claim: approvedFor(STATEMENT.replace('تشير', 'تؤكد'), EVIDENCE), expected: [AT_M1], says: ['تغيّر نص', 'بعد أن اعتمده المراجع الطبي في ٢٠ سبتمبر ٢٠٢٦،', 'إرسال للمراجعة']},
  {name: 'a diacritic removed from the statement', claim: approvedFor(STATEMENT.replace('تحسّن', 'تحسن'), EVIDENCE), expected: [AT_M1]},
  {name: 'certainty raised', claim: approvedFor(STATEMENT, {...EVIDENCE, certainty: 'high'}), expected: [AT_M1]},
  {name: 'a citation swapped', claim: approvedFor(STATEMENT, {...EVIDENCE, citations: [citation('c1', {pmid: '87654321'})]}), expected: [AT_M1]},
  {name: 'approved without a hash', claim: approvedFor(STATEMENT, EVIDENCE, {approvedHash: undefined}), expected: [AT_M1], says: ['لا يحمل بصمة النص المعتمد']},
  {name: 'not approved: claim-unapproved reports it, not this rule', claim: approvedFor(STATEMENT.replace('تشير', 'تؤكد'), EVIDENCE, {status: 'inReview'}), expected: []},
]

describe(RULE, () => {
  test.each(cases)('$name', ({claim: changed, expected, says = []}) => {
    const findings = gateFindings(graphWith(seed004Article(), {extra: [changed]})).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    for (const phrase of says) expect(findings[0]?.message).toContain(phrase)
  })

  test('blocks publication in every jurisdiction (an error in each preset)', () => {
    const graph = graphWith(seed004Article(), {extra: [approvedFor('نص آخر', EVIDENCE)]})
    for (const clinicId of ['clinic.nour-cairo', 'clinic.rawda-riyadh', 'clinic.lulu-dubai']) {
      expect(summarize(gateFindings(graph, {clinicId}), RULE), clinicId).toEqual([AT_M1])
    }
  })
})
