// disclaimer-missing: ok / not-ok articles for each jurisdiction, including superseded, future and
// time-zone-edge versions.
import {describe, expect, test} from 'vitest'
import {disclaimer, disclaimerBlock, gateFindings, graphWith, seed004Article, seed004Body, summarize} from '../support/gateFixtures.ts'

const RULE = 'disclaimer-missing'
const bodyWithDisclaimers = (...blocks: unknown[]) => [
  ...seed004Body().filter((block) => (block as {_type: string})._type !== 'disclaimerBlock'),
  ...blocks,
]

const cases = [
  {name: 'seed 004 in Egypt', clinicId: 'clinic.nour-cairo', body: seed004Body(), expected: []},
  {name: 'seed 004 in Saudi Arabia', clinicId: 'clinic.rawda-riyadh', body: seed004Body(), expected: []},
  {name: 'seed 004 in the UAE', clinicId: 'clinic.lulu-dubai', body: seed004Body(), expected: []},
  {
    name: 'only the Egyptian block is enough for the Egyptian clinic',
    clinicId: 'clinic.nour-cairo',
    body: bodyWithDisclaimers(disclaimerBlock('d-eg', 'disclaimer.eg-2026')),
    expected: [],
  },
  {
    name: 'no disclaimer block at all',
    clinicId: 'clinic.nour-cairo',
    body: bodyWithDisclaimers(),
    expected: [`${RULE} error body`],
    says: ['لا يحتوي على كتلة', 'الخاصة بمصر', '2026.1', 'disclaimer.eg-2026'],
  },
  {
    name: 'a block for another jurisdiction only',
    clinicId: 'clinic.nour-cairo',
    body: bodyWithDisclaimers(disclaimerBlock('d-sa', 'disclaimer.sa-2026')),
    expected: [`${RULE} error body`],
    says: ['لا يحتوي على كتلة'],
  },
  {
    name: 'the Saudi clinic lacks its block although the Egyptian one is there',
    clinicId: 'clinic.rawda-riyadh',
    body: bodyWithDisclaimers(disclaimerBlock('d-eg', 'disclaimer.eg-2026')),
    expected: [`${RULE} error body`],
    says: ['الخاصة بالسعودية'],
  },
  {
    name: 'a block referencing the superseded Egyptian version',
    clinicId: 'clinic.nour-cairo',
    body: bodyWithDisclaimers(disclaimerBlock('d-eg', 'disclaimer.eg-2025')),
    expected: [`${RULE} error body[_key=="d-eg"]`],
    says: ['2025.1', 'حلّ محلّه الإصدار 2026.1', 'disclaimer.eg-2026'],
  },
]

describe(RULE, () => {
  test.each(cases)('$name', ({clinicId, body, expected, says = []}) => {
    const findings = gateFindings(graphWith(seed004Article({body})), {clinicId}).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    for (const phrase of says) expect(findings[0]?.message).toContain(phrase)
  })

  test('a block referencing a version not yet in force names both versions', () => {
    const graph = graphWith(seed004Article({body: bodyWithDisclaimers(disclaimerBlock('d-eg', 'disclaimer.eg-2027'))}), {
      extra: [disclaimer('disclaimer.eg-2027', 'EG', '2027.1', '2027-01-01')],
    })
    const findings = gateFindings(graph).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual([`${RULE} error body[_key=="d-eg"]`])
    expect(findings[0]!.message).toContain('لا يسري قبل ١ يناير ٢٠٢٧')
    expect(findings[0]!.message).toContain('2026.1')
  })

  test('no disclaimer in force for the jurisdiction at all', () => {
    const graph = graphWith(seed004Article(), {without: ['disclaimer.eg-2025', 'disclaimer.eg-2026']})
    const findings = gateFindings(graph).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual([`${RULE} error body`])
    expect(findings[0]!.message).toContain('لا يوجد نص إخلاء مسؤولية طبية ساري')
  })

  test('"current" follows the clinic\'s calendar: 21:30 UTC on 31 Dec is already 1 Jan in Dubai, not in Cairo', () => {
    const now = new Date('2026-12-31T21:30:00Z')
    const graph = graphWith(seed004Article(), {
      extra: [
        disclaimer('disclaimer.eg-2027', 'EG', '2027.1', '2027-01-01'),
        disclaimer('disclaimer.ae-2027', 'AE', '2027.1', '2027-01-01'),
      ],
    })
    expect(summarize(gateFindings(graph, {clinicId: 'clinic.nour-cairo', now}), RULE)).toEqual([])
    expect(summarize(gateFindings(graph, {clinicId: 'clinic.lulu-dubai', now}), RULE)).toEqual([`${RULE} error body[_key=="d-ae"]`])
  })

  // Its days as the clinic's country writes them (Arabic-Indic digits in Egypt and Saudi Arabia, Latin
  // in the Emirates); versions and document ids stay as the Studio lists them. Today is 2026-11-21.
  test.each([
    {
      clinicId: 'clinic.nour-cairo', jurisdiction: 'EG', place: 'مصر', name: 'عيادة نور',
      old: 'كتلة إخلاء المسؤولية تشير إلى الإصدار 2025.1 (disclaimer.eg-2025) وقد حلّ محلّه الإصدار 2026.1 (disclaimer.eg-2026) منذ ١ يناير ٢٠٢٦.',
      early: 'كتلة إخلاء المسؤولية تشير إلى الإصدار 2027.1 (disclaimer.eg-2027) الذي لا يسري قبل ١ يناير ٢٠٢٧، والساري اليوم في مصر هو الإصدار 2026.1 (disclaimer.eg-2026).',
      none: 'لا يوجد نص إخلاء مسؤولية طبية ساري المفعول في مصر بتاريخ ٢١ نوفمبر ٢٠٢٦،',
    },
    {
      clinicId: 'clinic.rawda-riyadh', jurisdiction: 'SA', place: 'السعودية', name: 'عيادة الروضة',
      old: 'كتلة إخلاء المسؤولية تشير إلى الإصدار 2025.1 (disclaimer.sa-2025) وقد حلّ محلّه الإصدار 2026.1 (disclaimer.sa-2026) منذ ١ يناير ٢٠٢٦.',
      early: 'كتلة إخلاء المسؤولية تشير إلى الإصدار 2027.1 (disclaimer.sa-2027) الذي لا يسري قبل ١ يناير ٢٠٢٧، والساري اليوم في السعودية هو الإصدار 2026.1 (disclaimer.sa-2026).',
      none: 'لا يوجد نص إخلاء مسؤولية طبية ساري المفعول في السعودية بتاريخ ٢١ نوفمبر ٢٠٢٦،',
    },
    {
      clinicId: 'clinic.lulu-dubai', jurisdiction: 'AE', place: 'الإمارات', name: 'عيادة لؤلؤ',
      old: 'كتلة إخلاء المسؤولية تشير إلى الإصدار 2025.1 (disclaimer.ae-2025) وقد حلّ محلّه الإصدار 2026.1 (disclaimer.ae-2026) منذ 1 يناير 2026.',
      early: 'كتلة إخلاء المسؤولية تشير إلى الإصدار 2027.1 (disclaimer.ae-2027) الذي لا يسري قبل 1 يناير 2027، والساري اليوم في الإمارات هو الإصدار 2026.1 (disclaimer.ae-2026).',
      none: 'لا يوجد نص إخلاء مسؤولية طبية ساري المفعول في الإمارات بتاريخ 21 نوفمبر 2026،',
    },
  ])('dates as $clinicId writes them', ({clinicId, jurisdiction, place, name, old, early, none}) => {
    const code = jurisdiction.toLowerCase()
    const messages = (version: string, extra: ReturnType<typeof disclaimer>[], without: string[] = []) =>
      gateFindings(graphWith(seed004Article({body: bodyWithDisclaimers(disclaimerBlock(`d-${code}`, `disclaimer.${code}-${version}`))}), {extra, without}), {clinicId})
        .filter((f) => f.ruleId === RULE)
        .map((f) => f.message)
    expect(messages('2025', [disclaimer(`disclaimer.${code}-2025`, jurisdiction, '2025.1', '2025-01-01')])).toEqual([`${old} غيّر مرجع الكتلة إلى الإصدار الساري.`])
    expect(messages('2027', [disclaimer(`disclaimer.${code}-2027`, jurisdiction, '2027.1', '2027-01-01')])).toEqual([`${early} اجعل الكتلة تشير إلى الإصدار الساري حتى يحين موعد الإصدار الجديد.`])
    expect(messages('2026', [], [`disclaimer.${code}-2025`, `disclaimer.${code}-2026`])).toEqual([
      `${none} فلا يمكن نشر المقال في «${name}». اطلب من مسؤول الامتثال نشر إخلاء المسؤولية الخاص ب${place}، ثم أضفه إلى المقال بكتلة «إخلاء المسؤولية الطبية».`,
    ])
  })
})
