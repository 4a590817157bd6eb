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

  const CHANGED = 'بعض الدراسات تؤكد تحسّن كثافة الشعر.'
  // The day of approval is the instant's UTC day, the day its review term counts from and claim-expired
  // says, in the clinic's digits: not the first ten characters of approvedAt, the day at the offset it
  // was written with.
  test.each([
    {approvedAt: '2026-06-30T20:30:00Z', cairo: '٣٠ يونيو ٢٠٢٦', riyadh: '٣٠ يونيو ٢٠٢٦', dubai: '30 يونيو 2026'},
    {approvedAt: '2026-06-30T23:30:00-05:00', cairo: '١ يوليو ٢٠٢٦', riyadh: '١ يوليو ٢٠٢٦', dubai: '1 يوليو 2026'},
    {approvedAt: '2026-07-01T01:00:00+05:00', cairo: '٣٠ يونيو ٢٠٢٦', riyadh: '٣٠ يونيو ٢٠٢٦', dubai: '30 يونيو 2026'},
    {approvedAt: '2026-01-15T21:30:00Z', cairo: '١٥ يناير ٢٠٢٦', riyadh: '١٥ يناير ٢٠٢٦', dubai: '15 يناير 2026'},
  ])('approved at $approvedAt', ({approvedAt, cairo, riyadh, dubai}) => {
    const graph = graphWith(seed004Article(), {extra: [approvedFor(CHANGED, EVIDENCE, {approvedAt})]})
    const said = (clinicId: string) => gateFindings(graph, {clinicId}).filter((f) => f.ruleId === RULE).map((f) => f.message)
    const message = (day: string) =>
      `تغيّر نص الادعاء claim.meso-hair-density («${CHANGED}») أو دليله بعد أن اعتمده المراجع الطبي في ${day}، والاعتماد يخصّ النص الذي رآه المراجع فقط. أرسل الادعاء للمراجعة من جديد بزر «إرسال للمراجعة» ليعتمد مراجع طبي النص الحالي، أو أعد النص والدليل كما اعتُمدا؛ أو احذف الجملة المربوطة به.`
    expect({cairo: said('clinic.nour-cairo'), riyadh: said('clinic.rawda-riyadh'), dubai: said('clinic.lulu-dubai')}).toEqual({
      cairo: [message(cairo)],
      riyadh: [message(riyadh)],
      dubai: [message(dubai)],
    })
  })
})
