// The claim form shows what the gate of every article linking the claim finds in it: what the zod
// boundary refuses (the claim is left out, its articles reference-broken), and the text rules on the
// texts those articles show of it (statement, evidence note, citation titles: claimTexts), under the
// presets of the countries its articles go to; an error says it holds back those articles.
import {describe, expect, test} from 'vitest'
import {CLAIM_HELD_BACK_NOTE, studioClaimFindings} from '../../src/studio/validation/studioClaimFindings.ts'
import {citation, claim, NOW, supportingDocuments} from '../support/gateFixtures.ts'
import {studioMarkers} from '../support/studioMarkers.ts'
import type {Jurisdiction} from '../../src/presets/preset.ts'

const STATEMENT = 'بعض الدراسات تشير لتحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات.'
const reviewer = supportingDocuments().find((document) => document._id === 'person.dr-hala')
/** An approved claim whose approval covers its text (claim() records the hash of what it is given). */
const approved = ({statement = STATEMENT, note, title}: {statement?: string; note?: string; title?: string} = {}) =>
  claim('drafts.claim.meso-hair-density', statement, {
    evidence: {certainty: 'low', ...(note ? {note} : {}), citations: [citation('c1', {pmid: '12345678', ...(title ? {title} : {})})]},
  })

const lines = (findings: readonly {ruleId: string; severity: string; path: string}[]) => findings.map((f) => `${f.ruleId} ${f.severity} ${f.path}`)
const findingsOf = (document: unknown, jurisdictions: readonly Jurisdiction[] = ['EG']) => studioClaimFindings({document, reviewer, jurisdictions, now: NOW})

describe('studioClaimFindings: the texts its articles show', () => {
  test.each([
    {name: 'a clean approved claim', document: approved(), expected: []},
    {name: 'an override at the end of the evidence note', document: approved({note: 'دراسات صغيرة\u202E'}), expected: ['bidi-control error evidence.note']},
    {name: 'a promise of results in the note, with diacritics and Arabic-Indic digits', document: approved({note: 'النتائجُ مضمونةٌ ١٠٠٪.'}), expected: ['banned-claim error evidence.note']},
    {name: 'a zero-width space in the statement', document: approved({statement: `بعض\u200B ${STATEMENT}`}), expected: ['invisible-char warning statement']},
    {name: 'an isolate in a citation title', document: approved({title: '\u2066Mesotherapy\u2069 review'}), expected: ['bidi-control error evidence.citations[_key=="c1"].title']},
    {name: 'a citation title quotes a study, it is not the writer\'s claim', document: approved({title: 'Guaranteed results? 100% of patients'}), expected: []},
  ])('$name', ({document, expected}) => {
    expect(lines(findingsOf(document))).toEqual(expected)
  })

  test("under the countries its articles go to: a discount warns in Egypt, and blocks once a Dubai clinic's article links it", () => {
    const document = approved({note: 'خصم ٥٠٪ على الجلسة الأولى.'})
    expect(lines(findingsOf(document, ['EG']))).toEqual(['banned-claim warning evidence.note'])
    expect(lines(findingsOf(document, ['EG', 'AE']))).toEqual(['banned-claim error evidence.note'])
    expect(findingsOf(document, ['EG', 'AE'])[0]!.message.endsWith(`(${CLAIM_HELD_BACK_NOTE})`)).toBe(true)
  })
})

describe('studioClaimFindings: a claim that does not parse', () => {
  test('says why, at the field, instead of nothing', () => {
    const document = approved()
    ;(document.evidence as {citations: Record<string, unknown>[]}).citations[0]!.year = 'ألفين'
    expect(lines(findingsOf(document))).toEqual(['schema-invalid error evidence.citations[_key=="c1"].year'])
  })
})

test('a reviewer whose person document fails the content model is said to be so on the claim form, as the gate says it', () => {
  const findings = studioClaimFindings({document: approved(), reviewer: {...reviewer, name: '   '}, jurisdictions: ['EG'], now: NOW})
  expect(lines(findings)).toEqual(['claim-unapproved warning review.reviewer'])
  expect(findings[0]!.message).toContain('ملف من سُجِّل مراجعًا له (person.dr-hala) منشور لكنه لا يطابق نموذج المحتوى')
})

describe('the claim form (Sanity validation over the real schema)', () => {
  test('marks an override in the evidence note as an error at the note', async () => {
    const markers = await studioMarkers(approved({note: 'دراسات صغيرة\u202E'}), supportingDocuments())
    expect(markers.map(({level, path, message}) => [level, path, message.endsWith(`(${CLAIM_HELD_BACK_NOTE}) [bidi-control]`)])).toEqual([['error', 'evidence.note', true]])
  })
})
