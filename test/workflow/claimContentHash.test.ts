// claimContentHash: sha256 over canonical JSON of statement + evidence; the same for a raw Studio
// document and a parsed claim, blind to bookkeeping keys and key order, sensitive to every word.
import {createHash} from 'node:crypto'
import {describe, expect, test} from 'vitest'
import {claimDocument} from '../../src/content/documents/claim.ts'
import {claimContent, claimContentHash} from '../../src/workflow/claimContentHash.ts'
import {EVIDENCE, HASH, STATEMENT} from './workflowFixtures.ts'

const raw = {
  _id: 'claim.meso-hair-density',
  _type: 'claim',
  statement: STATEMENT,
  procedure: {_type: 'reference', _ref: 'procedure.mesotherapy-hair'},
  evidence: EVIDENCE,
  review: {_type: 'review', status: 'draft'},
}

describe('claimContentHash', () => {
  test('is sha256 of the RFC 8785 canonical JSON of the content (checked against node:crypto)', () => {
    const canonical =
      '{"evidence":{"certainty":"low","citations":[{"pmid":"37558233","title":"Mesotherapy for hair loss: a systematic review","year":2023}],"note":"الدليل ما زال متباينًا."},' +
      `"statement":${JSON.stringify(STATEMENT)}}`
    expect(claimContentHash(raw)).toBe(createHash('sha256').update(canonical, 'utf8').digest('hex'))
    expect(claimContentHash(raw)).toMatch(/^[0-9a-f]{64}$/)
  })

  test('a raw Studio document and the same claim after the zod boundary hash the same', () => {
    expect(claimContentHash(claimDocument.parse(raw))).toBe(claimContentHash(raw))
    expect(claimContentHash(raw)).toBe(HASH)
  })

  const same = [
    {name: 'key order', claim: {evidence: {citations: EVIDENCE.citations, note: EVIDENCE.note, certainty: 'low'}, statement: STATEMENT}},
    {name: '_key and _type of citations', claim: {statement: STATEMENT, evidence: {...EVIDENCE, _type: undefined, citations: [{...EVIDENCE.citations[0], _key: 'zz', _type: undefined}]}}},
    {name: 'fields that are not content (review, procedure)', claim: {...raw, review: {status: 'approved'}, procedure: {_ref: 'procedure.other'}}},
  ]
  test.each(same)('ignores $name', ({claim}) => {
    expect(claimContentHash(claim)).toBe(HASH)
  })

  const different = [
    {name: 'a removed shadda (يُحسّن → يُحسن)', statement: STATEMENT.replace('يُحسّن', 'يُحسن')},
    {name: 'a tatweel', statement: STATEMENT.replace('الشعر', 'الشعـر')},
    {name: 'Arabic-Indic vs Western digits', statement: STATEMENT.replace('٣–٦', '3–6')},
    {name: 'a hamza variant (لدى بعض → لدى أي)', statement: STATEMENT.replace('بعض', 'أي')},
    {name: 'a trailing space', statement: `${STATEMENT} `},
    {name: 'ta marbuta written as ha (كثافة → كثافه)', statement: STATEMENT.replace('كثافة', 'كثافه')},
    {name: 'alef maqsura written as ya (لدى → لدي)', statement: STATEMENT.replace('لدى', 'لدي')},
    {name: 'Persian vs Arabic-Indic digits', statement: STATEMENT.replace('٣–٦', '۳–۶')},
    {name: 'an RLM nobody sees', statement: STATEMENT.replace('الشعر', 'الشعر\u200F')},
    {name: 'an override that reverses the dose on screen', statement: STATEMENT.replace('٣–٦', '\u202E٣–٦\u202C')},
    {name: 'a Latin name beside the Arabic one (الميزوثيرابي → Mesotherapy)', statement: STATEMENT.replace('الميزوثيرابي', 'Mesotherapy')},
  ]
  test.each(different)('changes with $name in the statement', ({statement}) => {
    expect(statement).not.toBe(STATEMENT)
    expect(claimContentHash({statement, evidence: EVIDENCE})).not.toBe(HASH)
  })

  test('alif with and without hamza are different words to the hash', () => {
    expect(claimContentHash({statement: 'تشير الأدلة', evidence: EVIDENCE})).not.toBe(claimContentHash({statement: 'تشير الادلة', evidence: EVIDENCE}))
  })

  test.each([
    {name: 'certainty', evidence: {...EVIDENCE, certainty: 'moderate'}},
    {name: 'note', evidence: {...EVIDENCE, note: 'الدليل قوي.'}},
    {name: 'a citation removed', evidence: {...EVIDENCE, citations: []}},
    {name: 'a citation identifier', evidence: {...EVIDENCE, citations: [{...EVIDENCE.citations[0], pmid: '1'}]}},
    {name: 'no evidence at all', evidence: undefined},
  ])('changes with the evidence: $name', ({evidence}) => {
    expect(claimContentHash({statement: STATEMENT, evidence})).not.toBe(HASH)
  })

  test('a missing citations list counts as an empty one, as the zod boundary defaults it', () => {
    expect(claimContent({statement: 'x', evidence: {certainty: 'low'}})).toEqual({statement: 'x', evidence: {certainty: 'low', citations: []}})
    expect(claimContentHash({statement: 'x', evidence: {certainty: 'low'}})).toBe(claimContentHash({statement: 'x', evidence: {certainty: 'low', citations: []}}))
  })
})
