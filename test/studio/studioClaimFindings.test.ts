// The claim form shows what the gate of every article linking the claim finds in it: what the zod
// boundary refuses (the claim is left out, its articles reference-broken), and the text rules on the
// texts those articles show of it (statement, evidence note, citation titles: claimTexts), under the
// presets of the countries its articles go to; an error says it holds back those articles.
import {describe, expect, test} from 'vitest'
import {CLAIM_HELD_BACK_NOTE, studioClaimFindings} from '../../src/studio/validation/studioClaimFindings.ts'
import {citation, claim, NOW, ref, supportingDocuments} from '../support/gateFixtures.ts'
import {studioMarkers} from '../support/studioMarkers.ts'
import {presetsByJurisdiction} from '../../src/presets/index.ts'
import type {Jurisdiction, Preset, PresetSeverity, RuleSetting} from '../../src/presets/preset.ts'

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

// A claim serves several clinics; its form writes dates as the country whose period binds it does
// (the one the approve dialog names): Arabic-Indic digits for Egypt and Saudi Arabia, Latin for the Emirates.
describe('studioClaimFindings: dates as the binding country writes them', () => {
  const approvedOn = (approvedAt: string, reviewDue: string) =>
    claim('drafts.claim.meso-hair-density', STATEMENT, {review: {status: 'approved', reviewer: ref('person.dr-hala'), approvedAt, reviewDue}})
  const messagesOf = (document: unknown, jurisdiction: Jurisdiction) =>
    findingsOf(document, [jurisdiction]).filter((f) => f.ruleId.startsWith('claim-') && f.ruleId !== 'claim-evidence-missing').map((f) => `${f.ruleId}: ${f.message}`)

  test.each([
    {jurisdiction: 'EG', lapsed: '١ نوفمبر ٢٠٢٦', approved: '١ نوفمبر ٢٠٢٥', months: '١٢', due: '٣٠ يونيو ٢٠٢٧'},
    {jurisdiction: 'SA', lapsed: '١ نوفمبر ٢٠٢٦', approved: '١ نوفمبر ٢٠٢٥', months: '١٢', due: '٣٠ يونيو ٢٠٢٧'},
    {jurisdiction: 'AE', lapsed: '1 نوفمبر 2026', approved: '1 نوفمبر 2025', months: '12', due: '30 يونيو 2027'},
  ] as const)('an approval past the period: $jurisdiction', ({jurisdiction, lapsed, approved: on, months, due}) => {
    expect(messagesOf(approvedOn('2025-11-01T09:00:00Z', '2027-06-30'), jurisdiction)).toEqual([
      `claim-expired: هذا الادعاء انتهت صلاحية اعتماده في ${lapsed}: اعتُمد في ${on}، وسياسة النشر تُبقي اعتماد الادعاء ${months} شهرًا على الأكثر، وإن كان موعد إعادة مراجعته المسجّل ${due}، فلن تُنشر المقالات المربوطة به. اطلب من مراجع طبي تجديد الاعتماد بزر «تجديد الاعتماد».`,
    ])
  })

  test.each([
    {jurisdiction: 'EG', place: 'مصر', recorded: '٢١ سبتمبر ٢٠٢٧', approved: '٢٠ سبتمبر ٢٠٢٦', months: '١٢', last: '٢٠ سبتمبر ٢٠٢٧'},
    {jurisdiction: 'SA', place: 'السعودية', recorded: '٢١ سبتمبر ٢٠٢٧', approved: '٢٠ سبتمبر ٢٠٢٦', months: '١٢', last: '٢٠ سبتمبر ٢٠٢٧'},
    {jurisdiction: 'AE', place: 'الإمارات', recorded: '21 سبتمبر 2027', approved: '20 سبتمبر 2026', months: '12', last: '20 سبتمبر 2027'},
  ] as const)('a review-due date beyond the period: $jurisdiction', ({jurisdiction, place, recorded, approved: on, months, last}) => {
    expect(messagesOf(approvedOn('2026-09-20T10:15:00Z', '2027-09-21'), jurisdiction)).toEqual([
      `claim-review-due-later-than-policy: موعد إعادة المراجعة المسجّل (${recorded}) أبعد مما تسمح به سياسة النشر في ${place}: يبقى اعتماد الادعاء ${months} شهرًا على الأكثر بعد اعتماده (${on})، أي حتى ${last}، فيتوقف بعده نشر المقالات المربوطة به هناك. اطلب من مراجع طبي تجديد اعتماده بزر «تجديد الاعتماد» ليُحدَّد الموعد وفق تلك السياسة.`,
    ])
  })
})

// Egypt and the Emirates hold an approval 12 months alike: the message names both, in the order the
// tie-break settles countries in (Egypt first), not in the order the jurisdictions query returned them.
describe('studioClaimFindings: the countries a review-due date is beyond, in a fixed order', () => {
  const beyondPeriod = claim('drafts.claim.meso-hair-density', STATEMENT, {
    review: {status: 'approved', reviewer: ref('person.dr-hala'), approvedAt: '2026-09-20T10:15:00Z', reviewDue: '2027-09-21'},
  })
  test.each([
    {jurisdictions: ['EG', 'AE'], countries: 'مصر، الإمارات'},
    {jurisdictions: ['AE', 'EG'], countries: 'مصر، الإمارات'},
    {jurisdictions: ['AE', 'EG', 'AE'], countries: 'مصر، الإمارات'},
  ] as const)('$jurisdictions', ({jurisdictions, countries}) => {
    const [finding] = findingsOf(beyondPeriod, jurisdictions).filter((f) => f.ruleId === 'claim-review-due-later-than-policy')
    expect(finding!.message.split(':')[0]).toBe(`موعد إعادة المراجعة المسجّل (٢١ سبتمبر ٢٠٢٧) أبعد مما تسمح به سياسة النشر في ${countries}`)
  })
})

// A claim changed since its approval: the day it was approved is its instant's UTC day, the day its
// term counts from, in the binding country's digits; not the first ten characters of approvedAt.
describe('studioClaimFindings: the day a changed claim was approved', () => {
  const changedSince = (approvedAt: string) =>
    claim('drafts.claim.meso-hair-density', `${STATEMENT} مؤكد`, {
      review: {status: 'approved', reviewer: ref('person.dr-hala'), approvedAt, reviewDue: '2027-06-30', approvedHash: 'a'.repeat(64)},
    })
  test.each([
    {jurisdictions: ['EG'], approvedAt: '2026-06-30T21:30:00Z', day: '٣٠ يونيو ٢٠٢٦'},
    {jurisdictions: ['EG'], approvedAt: '2026-06-30T23:30:00-05:00', day: '١ يوليو ٢٠٢٦'},
    {jurisdictions: ['SA'], approvedAt: '2026-01-15T21:30:00Z', day: '١٥ يناير ٢٠٢٦'},
    {jurisdictions: ['AE'], approvedAt: '2026-06-30T20:30:00Z', day: '30 يونيو 2026'},
    {jurisdictions: ['AE'], approvedAt: '2026-07-01T01:00:00+05:00', day: '30 يونيو 2026'},
    // Written as Egypt does, whose period binds on a tie.
    {jurisdictions: ['EG', 'AE'], approvedAt: '2026-07-01T02:30:00+04:00', day: '٣٠ يونيو ٢٠٢٦'},
  ] as const)('$jurisdictions $approvedAt', ({jurisdictions, approvedAt, day}) => {
    const messages = findingsOf(changedSince(approvedAt), jurisdictions).filter((f) => f.ruleId === 'claim-changed-since-approval').map((f) => f.message)
    expect(messages).toEqual([
      `هذا الادعاء تغيّر نصه أو دليله بعد اعتماده في ${day}، فالاعتماد لا يشمل النص الحالي، فلن تُنشر المقالات المربوطة به. أرسل الادعاء للمراجعة من جديد بزر «إرسال للمراجعة» ليعتمد مراجع طبي النص الحالي، أو أعد النص والدليل كما اعتُمدا.`,
    ])
  })

})

// A compliance lead sets a claim rule's severity in the presets; the form follows them, as the gate
// does: a rule an error in one of the claim's countries says it holds back the linked articles, one
// that only warns there does not say so, and one every country turns off is not shown.
describe('studioClaimFindings: claim rules as the presets of its countries set them', () => {
  const presetsWith = (settings: Partial<Record<Jurisdiction, Partial<Record<string, PresetSeverity>>>>): Record<Jurisdiction, Preset> => {
    const presets = {...presetsByJurisdiction}
    for (const [jurisdiction, changed] of Object.entries(settings) as [Jurisdiction, Partial<Record<string, PresetSeverity>>][]) {
      const preset = presets[jurisdiction]
      presets[jurisdiction] = {...preset, rules: preset.rules.map((rule) => (rule[0] in changed ? ([rule[0], changed[rule[0]]!, ...rule.slice(2)] as unknown as RuleSetting) : rule))}
    }
    return presets
  }
  const uncited = claim('drafts.claim.meso-hair-density', STATEMENT, {evidence: {certainty: 'low', citations: []}})
  const changedSince = claim('drafts.claim.meso-hair-density', `${STATEMENT} مؤكد`, {
    review: {status: 'approved', reviewer: ref('person.dr-hala'), approvedAt: '2026-06-30T09:00:00Z', reviewDue: '2027-06-30', approvedHash: 'a'.repeat(64)},
  })
  const shown = (document: unknown, jurisdictions: readonly Jurisdiction[], presets: Record<Jurisdiction, Preset>) =>
    studioClaimFindings({document, reviewer, jurisdictions, now: NOW, presets}).map((f) => `${f.ruleId}: ${f.message}`)
  const MISSING = 'لا يوجد مرجع يمكن تتبّعه'

  test('an error in one country: the form says the linked articles are held back', () => {
    const [message] = shown(uncited, ['EG', 'AE'], presetsWith({EG: {'claim-evidence-missing': 'warning'}}))
    expect(message).toMatch(/^claim-evidence-missing: .*، فلن تُنشر المقالات المربوطة بهذا الادعاء\. /)
  })
  test('a warning wherever it goes: the problem and its fix, without saying the articles are held back', () => {
    const messages = shown(uncited, ['EG', 'AE'], presetsWith({EG: {'claim-evidence-missing': 'warning'}, AE: {'claim-evidence-missing': 'off'}}))
    expect(messages).toHaveLength(1)
    expect(messages[0]).toContain(MISSING)
    expect(messages[0]).not.toContain('فلن تُنشر')
  })
  test('off in every country it goes to, or in every country while no article links it: not shown', () => {
    expect(shown(uncited, ['SA'], presetsWith({SA: {'claim-evidence-missing': 'off'}}))).toEqual([])
    expect(shown(changedSince, [], presetsWith({EG: {'claim-changed-since-approval': 'off'}, SA: {'claim-changed-since-approval': 'off'}, AE: {'claim-changed-since-approval': 'off'}}))).toEqual([])
    // Off in one country only: a claim no article links yet could go to the others.
    expect(shown(changedSince, [], presetsWith({EG: {'claim-changed-since-approval': 'off'}}))).toHaveLength(1)
  })
  test("Sanad's own presets: each claim rule the form shows holds the linked articles back", () => {
    expect(shown(uncited, ['EG'], presetsByJurisdiction)[0]).toContain('فلن تُنشر')
    expect(shown(changedSince, ['AE'], presetsByJurisdiction)[0]).toContain('فلن تُنشر المقالات المربوطة به.')
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
