// bidi-control: every embedding/override/isolate control is found in every text field, with its
// position; Arabic with tashkeel, tatweel, hamza, Arabic-Indic digits and implicit marks is clean.
import {describe, expect, test} from 'vitest'
import {citation, claim, gateFindings, graphWith, seed004Article, seed004WithText, summarize, TEXT_PLACES, type TextPlace} from '../support/gateFixtures.ts'

const RULE = 'bidi-control'
const findingsFor = (place: TextPlace, text: string, clinicId = 'clinic.nour-cairo') =>
  gateFindings(graphWith(seed004WithText(place, text)), {clinicId}).filter((f) => f.ruleId === RULE)

const clean = [
  {name: 'tashkeel', text: 'الْمِيزُوثِيرَابِي أُسْلُوبُ حَقْنٍ سَطْحِيٍّ'},
  {name: 'tatweel', text: 'الميـــــزوثيرابي نتـــائج واقعية'},
  {name: 'hamza variants', text: 'أ إ آ ء ؤ ئ: إبرة، أدمة، مسؤول، آمن، جزء، بيئة'},
  {name: 'Arabic-Indic digits', text: 'بعد ٣–٦ جلسات، كل ١–٤ أسابيع، وفي الفارسية ۳ و۶'},
  {name: 'mixed Arabic/Latin', text: 'إجراءات أخرى: Micro needling وPRP نتائجها تختلف (granulomas)'},
  {name: 'implicit marks LRM, RLM and ALM are legitimate', text: 'جرعة 5\u200E mg و\u200Fنص و\u061C٣'},
  {name: 'implicit marks next to a number, not inside it', text: 'من 3–6\u200F جلسات بجرعة 5\u200F mg و\u061C١٠٠٪'},
  {name: 'implicit marks between Arabic words, and beside a dash between a number and a word', text: 'نص \u200Fعربي - \u200Fآخر، المرحلة 2 \u200F- الخطوة التالية'},
  {name: 'a ratio, a fraction and a time, with a mark after the whole number', text: 'التخفيف 1:10 ونصف قرص 1/2 والساعة ١٠:٣٠\u200F صباحًا'},
]

const CONTROLS = [0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]
const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase()}`

describe(RULE, () => {
  test.each(clean)('ok: $name', ({text}) => {
    expect(findingsFor('span', text)).toEqual([])
  })

  test.each(CONTROLS.map((codePoint) => ({codePoint, label: hex(codePoint)})))('not ok: $label inside an Arabic span', ({codePoint}) => {
    const findings = findingsFor('span', `حقن${String.fromCodePoint(codePoint)}سطحي ٣ جلسات`)
    expect(summarize(findings)).toEqual([`${RULE} error ${TEXT_PLACES.span}`])
    expect(findings[0]!.message).toContain(`${hex(codePoint)}`)
    expect(findings[0]!.message).toContain('عند المحرف رقم 4')
    // The quote in the message spells the control out instead of carrying it.
    expect(findings[0]!.message).not.toContain(String.fromCodePoint(codePoint))
    expect(findings[0]!.message).toContain(`⟦${hex(codePoint)}⟧`)
  })

  test.each(Object.keys(TEXT_PLACES) as TextPlace[])('not ok: an override in %s is reported at its exact path', (place) => {
    const text = place === 'linkHref' ? 'https://example.org/\u202Efdp.exe' : 'الجرعة \u202E01\u202C ملغ'
    expect(summarize(findingsFor(place, text))).toEqual([`${RULE} error ${TEXT_PLACES[place]}`])
  })

  test('positions count code points, so tashkeel marks count', () => {
    const findings = findingsFor('title', 'الْمِيزُو\u2067ثيرابي\u2069')
    expect(findings[0]!.message).toContain('U+2067 RIGHT-TO-LEFT ISOLATE عند المحرف رقم 10')
    expect(findings[0]!.message).toContain('U+2069 POP DIRECTIONAL ISOLATE عند المحرف رقم 17')
  })

  test.each([
    {name: 'RLM between the digits of a dose', text: 'الجرعة 0\u200F1 مل', position: 9, codePoint: 0x200f, label: 'U+200F RIGHT-TO-LEFT MARK'},
    {name: 'ALMs between Arabic-Indic digits of a percentage', text: 'فعّال بنسبة ٠\u061C٠\u061C١٪', position: 14, codePoint: 0x061c, label: 'U+061C ARABIC LETTER MARK'},
    {name: 'RLM next to the decimal separator', text: 'الجرعة 1\u200F.5 مل', position: 9, codePoint: 0x200f, label: 'U+200F RIGHT-TO-LEFT MARK'},
    {name: 'interlinear annotation anchor between digits', text: 'الجرعة 0\uFFF91 مل', position: 9, codePoint: 0xfff9, label: 'U+FFF9 INTERLINEAR ANNOTATION ANCHOR'},
    {name: 'RLM before the colon of a dilution ratio', text: 'التخفيف 1\u200F:10 بمحلول ملحي', position: 10, codePoint: 0x200f, label: 'U+200F RIGHT-TO-LEFT MARK'},
    {name: 'RLM after the slash of a fraction', text: 'نصف قرص 1/\u200F2 يوميًا', position: 11, codePoint: 0x200f, label: 'U+200F RIGHT-TO-LEFT MARK'},
    {name: 'ALM in a time of Arabic-Indic digits', text: 'الساعة ١٠\u061C:٣٠ صباحًا', position: 10, codePoint: 0x061c, label: 'U+061C ARABIC LETTER MARK'},
    {name: 'RLM beside the spaced minus, after a Latin word', text: 'حقن Botox 5 \u200F- 3 وحدات', position: 13, codePoint: 0x200f, label: 'U+200F RIGHT-TO-LEFT MARK'},
    {name: 'LRM beside the spaced minus, after an Arabic word', text: 'الفرق 5 \u200E- 3 وحدات', position: 9, codePoint: 0x200e, label: 'U+200E LEFT-TO-RIGHT MARK'},
    {name: 'RLM before the plus sign, after a Latin word', text: 'حقن Botox 5\u200F+3 وحدات', position: 12, codePoint: 0x200f, label: 'U+200F RIGHT-TO-LEFT MARK'},
    {name: 'RLM before the multiplication sign, after a Latin word', text: 'قياس Dysport 2\u200F×3 سم', position: 15, codePoint: 0x200f, label: 'U+200F RIGHT-TO-LEFT MARK'},
    {name: 'LRM before the multiplication sign, after an Arabic word', text: 'مساحة 2\u200E×3 سم', position: 8, codePoint: 0x200e, label: 'U+200E LEFT-TO-RIGHT MARK'},
    {name: 'RLM before the en dash of a range, after a Latin word', text: 'PRP 3\u200F–6 جلسات', position: 6, codePoint: 0x200f, label: 'U+200F RIGHT-TO-LEFT MARK'},
    {name: 'ALM after the em dash of a range', text: 'جهاز CO2 3—\u061C6 جلسات', position: 12, codePoint: 0x061c, label: 'U+061C ARABIC LETTER MARK'},
    {name: 'ALM before a spaced en dash', text: 'جلسات HIFU 3 \u061C– 6', position: 14, codePoint: 0x061c, label: 'U+061C ARABIC LETTER MARK'},
    {name: 'LRM on the space between two numbers', text: 'الجرعة 5\u200E 3', position: 9, codePoint: 0x200e, label: 'U+200E LEFT-TO-RIGHT MARK'},
  ])('not ok: $name (the number shows reversed)', ({text, position, codePoint, label}) => {
    const findings = findingsFor('span', text)
    expect(summarize(findings)).toEqual([`${RULE} error ${TEXT_PLACES.span}`])
    expect(findings[0]!.message).toContain(`${label} عند المحرف رقم ${position}`)
    expect(findings[0]!.message).toContain('بين خانات العدد الواحد يقلب ترتيبها')
    expect(findings[0]!.message).not.toContain('تكفي علامة RLM')
    expect(findings[0]!.message).not.toContain(String.fromCodePoint(codePoint))
  })

  test('an override and a mark inside a number in one text: one finding that explains both', () => {
    const findings = findingsFor('span', 'الجرعة \u202E01\u202C مل، أو 0\u200F1 مل')
    expect(summarize(findings)).toEqual([`${RULE} error ${TEXT_PLACES.span}`])
    expect(findings[0]!.message).toContain('Trojan Source')
    expect(findings[0]!.message).toContain('بين خانات العدد الواحد يقلب ترتيبها')
  })

  test('it is an error in every preset', () => {
    for (const clinicId of ['clinic.nour-cairo', 'clinic.rawda-riyadh', 'clinic.lulu-dubai']) {
      expect(summarize(findingsFor('faqAnswer', 'لا\u202Eنعم', clinicId))).toEqual([`${RULE} error ${TEXT_PLACES.faqAnswer}`])
    }
  })

  test.each([
    {field: 'statement', statement: 'الجرعة \u202E01\u202C مل لكل جلسة.', evidence: undefined},
    {field: 'evidence.note', statement: 'المينوكسيديل خيار أول.', evidence: {certainty: 'high', note: 'الجرعة \u202E01 مل', citations: [citation('c1', {pmid: '12345678'})]}},
    {field: 'evidence.citations[_key=="c1"].title', statement: 'المينوكسيديل خيار أول.', evidence: {certainty: 'high', citations: [citation('c1', {pmid: '12345678', title: 'Study \u2067evil'})]}},
  ])('not ok: an override in a linked claim\'s $field is reported on the claim, which the page shows it from', ({field, statement, evidence}) => {
    const linked = claim('claim.minoxidil-first-line', statement, evidence ? {evidence} : {})
    const findings = gateFindings(graphWith(seed004Article(), {extra: [linked]})).filter((f) => f.ruleId === RULE)
    expect(findings.map((f) => `${f.documentId} ${f.path}`)).toEqual([`claim.minoxidil-first-line ${field}`])
  })
})
