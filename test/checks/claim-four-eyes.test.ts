// claim-four-eyes: an approval by the claim's writer or by whoever last edited its words is no
// approval. Writer and editor come from the audit trail; the approver from review.reviewer/approvedBy.
import {describe, expect, test} from 'vitest'
import {claimContentHash} from '../../src/workflow/claimContentHash.ts'
import {citation, claim, gateFindings, graphWith, person, ref, seed004Article, summarize} from '../support/gateFixtures.ts'

const RULE = 'claim-four-eyes'
const AT_M1 = `${RULE} error body[_key=="b1"].markDefs[_key=="m1"]`
const STATEMENT = 'بعض الدراسات تشير لتحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات.'
const EVIDENCE = {certainty: 'low', citations: [citation('c1', {pmid: '12345678'})]}
const HASH = claimContentHash({statement: STATEMENT, evidence: EVIDENCE})
const OLD_HASH = claimContentHash({statement: 'الميزوثيرابي يزيد كثافة الشعر.', evidence: EVIDENCE})

const PEOPLE = {
  mona: {userId: 'pMona', person: 'person.mona'},
  hala: {userId: 'pHala', person: 'person.dr-hala'},
  maryam: {userId: 'pMaryam', person: 'person.dr-maryam'},
}
type Who = keyof typeof PEOPLE
// Numbered: a trail may repeat a step (submitted twice), and Sanity keeps each entry's key its own.
let entries = 0
const entry = (action: string, from: string, to: string, who: Who, hash = HASH) => ({
  _key: `${action}-${who}-${from}-${++entries}`,
  action,
  from,
  to,
  at: '2026-09-20T10:00:00.000Z',
  userId: PEOPLE[who].userId,
  person: ref(PEOPLE[who].person),
  hash,
})
const approvedBy = (who: Who, audit: unknown[]) =>
  claim('claim.meso-hair-density', STATEMENT, {
    evidence: EVIDENCE,
    review: {status: 'approved', reviewer: ref(PEOPLE[who].person), reviewDue: '2027-06-30', approvedBy: PEOPLE[who].userId, approvedHash: HASH, audit},
  })
const maryam = person('person.dr-maryam', 'د. مريم الحمادي', ['medicalReviewer', 'writer'])

const cases = [
  {name: 'written by a writer, approved by a reviewer', claim: approvedBy('hala', [entry('submit', 'draft', 'inReview', 'mona'), entry('approve', 'inReview', 'approved', 'hala')]), expected: []},
  {name: 'written and approved by the same reviewer', claim: approvedBy('maryam', [entry('submit', 'draft', 'inReview', 'maryam'), entry('approve', 'inReview', 'approved', 'maryam')]), expected: [AT_M1], says: ['«د. مريم الحمادي»', 'من كتب نصه', 'اطلب من مراجع طبي آخر لم يكتبه ولم يعدّله تجديد الاعتماد بزر «تجديد الاعتماد»']},
  {
    name: 'reworded by the approving reviewer after rejection',
    claim: approvedBy('maryam', [
      entry('submit', 'draft', 'inReview', 'mona', OLD_HASH),
      entry('reject', 'inReview', 'rejected', 'hala', OLD_HASH),
      entry('submit', 'rejected', 'inReview', 'maryam'),
      entry('approve', 'inReview', 'approved', 'maryam'),
    ]),
    expected: [AT_M1],
    says: ['آخر من عدّل نصه'],
  },
  {
    name: 'rewritten by the approving reviewer while rejected (the edit the Studio records), resubmitted by the writer',
    claim: approvedBy('maryam', [
      entry('submit', 'draft', 'inReview', 'mona', OLD_HASH),
      entry('reject', 'inReview', 'rejected', 'maryam', OLD_HASH),
      entry('edit', 'rejected', 'draft', 'maryam'),
      entry('submit', 'draft', 'inReview', 'mona'),
      entry('approve', 'inReview', 'approved', 'maryam'),
    ]),
    expected: [AT_M1],
    says: ['آخر من عدّل نصه'],
  },
  {
    // Her rewording under the writer's one-character change: she had a hand in the words approved.
    name: 'rewritten by the approving reviewer while rejected, then touched by the writer and resubmitted',
    claim: approvedBy('maryam', [
      entry('submit', 'draft', 'inReview', 'mona', OLD_HASH),
      entry('reject', 'inReview', 'rejected', 'hala', OLD_HASH),
      entry('edit', 'rejected', 'draft', 'maryam', claimContentHash({statement: `${STATEMENT} `, evidence: EVIDENCE})),
      entry('edit', 'draft', 'draft', 'mona'),
      entry('submit', 'draft', 'inReview', 'mona'),
      entry('approve', 'inReview', 'approved', 'maryam'),
    ]),
    expected: [AT_M1],
    says: ['ممن عدّلوا نصه أو دليله منذ آخر اعتماد له'],
  },
  {
    name: 'first words saved in draft by the approving reviewer, submitted by the writer',
    claim: approvedBy('maryam', [entry('edit', 'draft', 'draft', 'maryam'), entry('submit', 'draft', 'inReview', 'mona'), entry('approve', 'inReview', 'approved', 'maryam')]),
    expected: [AT_M1],
    says: ['من كتب نصه'],
  },
  {
    name: 'rewritten by the writer while rejected, approved by the reviewer who rejected it',
    claim: approvedBy('maryam', [
      entry('submit', 'draft', 'inReview', 'mona', OLD_HASH),
      entry('reject', 'inReview', 'rejected', 'maryam', OLD_HASH),
      entry('edit', 'rejected', 'draft', 'mona'),
      entry('submit', 'draft', 'inReview', 'mona'),
      entry('approve', 'inReview', 'approved', 'maryam'),
    ]),
    expected: [],
  },
  {
    name: 'resubmitted unchanged by the approving reviewer (a renewal)',
    claim: approvedBy('hala', [
      entry('submit', 'draft', 'inReview', 'mona'),
      entry('approve', 'inReview', 'approved', 'hala'),
      entry('submit', 'expired', 'inReview', 'hala'),
      entry('approve', 'inReview', 'approved', 'hala'),
    ]),
    expected: [],
  },
  {
    name: 'same Sanity user recorded under another person document',
    claim: claim('claim.meso-hair-density', STATEMENT, {
      evidence: EVIDENCE,
      review: {status: 'approved', reviewer: ref('person.dr-hala'), reviewDue: '2027-06-30', approvedBy: 'pMona', approvedHash: HASH, audit: [entry('submit', 'draft', 'inReview', 'mona')]},
    }),
    expected: [AT_M1],
  },
  {name: 'no audit trail: nothing to compare (the approval still needs its hash)', claim: approvedBy('hala', []), expected: []},
]

describe(RULE, () => {
  test.each(cases)('$name', ({claim: approved, expected, says = []}) => {
    const findings = gateFindings(graphWith(seed004Article(), {extra: [maryam, approved]})).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    for (const phrase of says) expect(findings[0]?.message).toContain(phrase)
  })
})
