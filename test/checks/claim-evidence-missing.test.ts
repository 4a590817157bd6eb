// claim-evidence-missing: a linked claim needs a GRADE certainty and one traceable citation.
import {describe, expect, test} from 'vitest'
import {citation, claim, gateFindings, graphWith, seed004Article, summarize} from '../support/gateFixtures.ts'

const RULE = 'claim-evidence-missing'
const AT_M2 = `${RULE} error body[_key=="b2"].markDefs[_key=="m2"]`

const cases = [
  {name: 'certainty and a pmid', evidence: {certainty: 'high', citations: [citation('c1', {pmid: '31234567'})]}, expected: []},
  {name: 'a doi is enough', evidence: {certainty: 'moderate', citations: [citation('c1', {doi: '10.1111/jdv.12345'})]}, expected: []},
  {name: 'a url is enough', evidence: {certainty: 'veryLow', citations: [citation('c1', {url: 'https://example.org/study'})]}, expected: []},
  {name: 'a plain http url is a web link too', evidence: {certainty: 'low', citations: [citation('c1', {url: 'http://example.org/study'})]}, expected: []},
  {
    name: 'one traceable citation among untraceable ones is enough',
    evidence: {certainty: 'low', citations: [citation('c1'), citation('c2', {pmid: '7654321'})]},
    expected: [],
  },
  {name: 'no certainty', evidence: {citations: [citation('c1', {pmid: '31234567'})]}, expected: [AT_M2], says: ['درجة اليقين', 'claim.minoxidil-first-line']},
  {name: 'citations with only a title', evidence: {certainty: 'high', citations: [citation('c1')]}, expected: [AT_M2], says: ['PMID أو DOI']},
  {name: 'a file: link leads no reader to the study', evidence: {certainty: 'high', citations: [citation('c1', {url: 'file:///C:/Users/mona/meso-study.pdf'})]}, expected: [AT_M2], says: ['https']},
  {name: 'a urn: or javascript: link is not a web link', evidence: {certainty: 'high', citations: [citation('c1', {url: 'urn:isbn:9780000000000'}), citation('c2', {url: 'javascript:alert(1)'})]}, expected: [AT_M2]},
  {name: 'no citations', evidence: {certainty: 'high', citations: []}, expected: [AT_M2], says: ['PMID أو DOI']},
  {name: 'no evidence at all names both gaps', evidence: undefined, expected: [AT_M2], says: ['درجة اليقين', 'PMID أو DOI']},
]

describe(RULE, () => {
  test.each(cases)('$name', ({evidence, expected, says = []}) => {
    const graph = graphWith(seed004Article(), {
      extra: [claim('claim.minoxidil-first-line', 'المينوكسيديل الموضعي هو الخيار الأول لعلاج التساقط النمطي.', {evidence})],
    })
    const findings = gateFindings(graph).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    for (const phrase of says) expect(findings[0]?.message).toContain(phrase)
  })

  test('a claim missing from the graph is not reported here', () => {
    expect(summarize(gateFindings(graphWith(seed004Article(), {without: ['claim.minoxidil-first-line']})), RULE)).toEqual([])
  })
})
