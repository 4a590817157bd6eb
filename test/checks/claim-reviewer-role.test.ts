// claim-reviewer-role: an approval recorded under a person without the medicalReviewer role.
import {describe, expect, test} from 'vitest'
import {claim, gateFindings, graphWith, person, ref, seed004Article, summarize} from '../support/gateFixtures.ts'

const RULE = 'claim-reviewer-role'
const AT_M1 = `${RULE} error body[_key=="b1"].markDefs[_key=="m1"]`
const STATEMENT = 'بعض الدراسات تشير لتحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات.'
const approvedBy = (reviewerId: string | undefined, status = 'approved') =>
  claim('claim.meso-hair-density', STATEMENT, {review: {status, ...(reviewerId ? {reviewer: ref(reviewerId)} : {}), reviewDue: '2027-06-30'}})

const cases = [
  {name: 'a medical reviewer', claim: approvedBy('person.dr-hala'), expected: []},
  {name: 'a writer', claim: approvedBy('person.mona'), expected: [AT_M1], says: ['«منى عبد الله»', '«مراجع طبي»', 'تجديد الاعتماد بزر «تجديد الاعتماد»']},
  {name: 'an editor', claim: approvedBy('person.sami'), expected: [AT_M1], says: ['«سامي»']},
  {name: 'a writer who is also a medical reviewer', claim: approvedBy('person.dr-maryam'), expected: []},
  {name: 'no reviewer: claim-unapproved reports it', claim: approvedBy(undefined), expected: []},
  {name: 'an unknown reviewer: claim-unapproved reports it', claim: approvedBy('person.ghost'), expected: []},
  {name: 'a writer on a claim still in review: nothing approved yet', claim: approvedBy('person.mona', 'inReview'), expected: []},
]

describe(RULE, () => {
  test.each(cases)('$name', ({claim: approved, expected, says = []}) => {
    const graph = graphWith(seed004Article(), {extra: [person('person.dr-maryam', 'د. مريم', ['writer', 'medicalReviewer']), approved]})
    const findings = gateFindings(graph).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    for (const phrase of says) expect(findings[0]?.message).toContain(phrase)
  })
})
