// disclaimer-due-soon: a warning ahead of a new disclaimer version on articles that carry only the
// one in force; none once they carry both, and none outside the preset's window.
import {describe, expect, test} from 'vitest'
import {disclaimer, disclaimerBlock, gateFindings, graphWith, seed004Article, seed004Body, summarize} from '../support/gateFixtures.ts'

const RULE = 'disclaimer-due-soon'
const withBlocks = (...blocks: unknown[]) => seed004Article({body: [...seed004Body(), ...blocks]})
const AE_2027 = disclaimer('disclaimer.ae-2027', 'AE', '2027.1', '2026-12-01')
const EG_2027 = disclaimer('disclaimer.eg-2027', 'EG', '2027.1', '2027-01-01')

// Today is 2026-11-21 everywhere (NOW, 12:00Z).
const cases = [
  {name: 'a UAE version 10 days ahead, on a Dubai article with only the one in force', clinicId: 'clinic.lulu-dubai', article: seed004Article(), extra: [AE_2027], expected: [`${RULE} warning body[_key=="d-ae"]`], says: ['2027.1', 'disclaimer.ae-2027', '1 ديسمبر 2026', 'بعد 10 أيام', 'الإصدار 2026.1', 'في الإمارات']},
  {name: 'the same article carrying both versions', clinicId: 'clinic.lulu-dubai', article: withBlocks(disclaimerBlock('d-ae-next', 'disclaimer.ae-2027')), extra: [AE_2027], expected: []},
  {name: 'the UAE version is not the Cairo clinic’s', clinicId: 'clinic.nour-cairo', article: seed004Article(), extra: [AE_2027], expected: []},
  {name: 'an Egyptian version 41 days ahead, outside the 30-day window', clinicId: 'clinic.nour-cairo', article: seed004Article(), extra: [EG_2027], expected: []},
  {name: 'the Egyptian version 30 days ahead', clinicId: 'clinic.nour-cairo', article: seed004Article(), extra: [disclaimer('disclaimer.eg-2027', 'EG', '2027.1', '2026-12-21')], expected: [`${RULE} warning body[_key=="d-eg"]`], says: ['بدءًا من ٢١ ديسمبر ٢٠٢٦ (بعد ٣٠ يومًا)']},
  {name: 'no new version', clinicId: 'clinic.lulu-dubai', article: seed004Article(), extra: [], expected: []},
]

describe(RULE, () => {
  test.each(cases)('$name', ({clinicId, article, extra, expected, says = []}) => {
    const findings = gateFindings(graphWith(article, {extra}), {clinicId}).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    for (const phrase of says) expect(findings[0]?.message).toContain(phrase)
  })

  // The day and the count as the clinic's country writes them (Arabic-Indic digits in Egypt and Saudi
  // Arabia, Latin in the Emirates); the version and the document id stay as the Studio lists them.
  test.each([
    {clinicId: 'clinic.nour-cairo', jurisdiction: 'EG', block: 'd-eg', current: 'disclaimer.eg-2026', place: 'مصر', from: '١ ديسمبر ٢٠٢٦ (بعد ١٠ أيام)'},
    {clinicId: 'clinic.rawda-riyadh', jurisdiction: 'SA', block: 'd-sa', current: 'disclaimer.sa-2026', place: 'السعودية', from: '١ ديسمبر ٢٠٢٦ (بعد ١٠ أيام)'},
    {clinicId: 'clinic.lulu-dubai', jurisdiction: 'AE', block: 'd-ae', current: 'disclaimer.ae-2026', place: 'الإمارات', from: '1 ديسمبر 2026 (بعد 10 أيام)'},
  ])('dates as $clinicId writes them', ({clinicId, jurisdiction, block, current, place, from}) => {
    const next = `disclaimer.${jurisdiction.toLowerCase()}-2027`
    const findings = gateFindings(graphWith(seed004Article(), {extra: [disclaimer(next, jurisdiction, '2027.1', '2026-12-01')]}), {clinicId}).filter((f) => f.ruleId === RULE)
    expect(findings.map((f) => [f.path, f.message])).toEqual([
      [
        `body[_key=="${block}"]`,
        `يسري الإصدار 2027.1 (${next}) من إخلاء المسؤولية الطبية في ${place} بدءًا من ${from}، والمقال لا يحمل إلا الإصدار 2026.1 (${current}). أضف الآن كتلة «إخلاء المسؤولية الطبية» تشير إلى الإصدار 2027.1 بجانب الكتلة الحالية (تظهر كلٌّ منهما في يومها)؛ من ذلك التاريخ لن يجتاز المقال فحص النشر من دونها.`,
      ],
    ])
  })

  test('an article without the version in force is disclaimer-missing’s only', () => {
    const article = seed004Article({body: seed004Body().filter((block) => (block as {_key?: string})._key !== 'd-ae')})
    const findings = gateFindings(graphWith(article, {extra: [AE_2027]}), {clinicId: 'clinic.lulu-dubai'})
    expect(summarize(findings, RULE)).toEqual([])
    expect(summarize(findings, 'disclaimer-missing')).toEqual(['disclaimer-missing error body'])
  })

  test('on the day it takes effect, the article carrying both passes and the one carrying the old version only is blocked', () => {
    const at = new Date('2026-11-30T20:00:00Z')
    const both = gateFindings(graphWith(withBlocks(disclaimerBlock('d-ae-next', 'disclaimer.ae-2027')), {extra: [AE_2027]}), {clinicId: 'clinic.lulu-dubai', now: at})
    expect(summarize(both).filter((line) => line.startsWith('disclaimer'))).toEqual([])
    const old = gateFindings(graphWith(seed004Article(), {extra: [AE_2027]}), {clinicId: 'clinic.lulu-dubai', now: at})
    expect(summarize(old).filter((line) => line.startsWith('disclaimer'))).toEqual(['disclaimer-missing error body[_key=="d-ae"]'])
  })
})
