// invisible-char: zero-width and other invisible characters, with the ZWNJ/ZWJ decision, on Arabic
// text with tashkeel, tatweel, hamza, Arabic-Indic digits and mixed scripts.
import {describe, expect, test} from 'vitest'
import {invisibleChar} from '../../src/checks/invisible-char.ts'
import {citation, claim, gateFindings, graphWith, runCheck, seed004Article, seed004WithText, summarize, TEXT_PLACES, type TextPlace} from '../support/gateFixtures.ts'

const RULE = 'invisible-char'
const findingsFor = (place: TextPlace, text: string, clinicId = 'clinic.nour-cairo') =>
  gateFindings(graphWith(seed004WithText(place, text)), {clinicId}).filter((f) => f.ruleId === RULE)

const clean = [
  {name: 'tashkeel', text: 'الْمِيزُوثِيرَابِي أُسْلُوبُ حَقْنٍ سَطْحِيٍّ'},
  {name: 'tatweel is visible, not invisible', text: 'الميـــــزوثيرابي نتـــائج'},
  {name: 'hamza variants', text: 'أ إ آ ء ؤ ئ: إبرة، أدمة، مسؤول، آمن، جزء، بيئة'},
  {name: 'Arabic-Indic digits', text: 'بعد ٣–٦ جلسات، كل ١–٤ أسابيع، ۳ و۶'},
  {name: 'mixed Arabic/Latin with a no-break space', text: 'Micro\u00A0needling وPRP وLeave-In'},
  {name: 'implicit bidi marks LRM/RLM/ALM', text: 'جرعة 5\u200E mg\u200F و\u061C٣'},
  {name: 'bidi controls are bidi-control\'s', text: 'نص\u202Eمقلوب'},
  {name: 'Arabic number sign (visible format character)', text: '\u0600١٢'},
  {name: 'end of ayah and the Arabic pound sign (visible format characters)', text: 'الآية \u06DD١٢ والسعر \u0890٣'},
  {name: 'emoji ZWJ sequence (health worker)', text: 'اسألي طبيبتك 👩‍⚕️'},
  {name: 'emoji ZWJ sequence with skin tone', text: 'طبيب 👨🏽‍⚕️'},
  {name: 'emoji ZWJ sequence with the darkest skin tone, the last modifier', text: 'طبيبة 👩🏿‍⚕️'},
  {name: 'variation selector on an emoji', text: 'نهتم بك ❤️'},
  {name: 'keycap emoji', text: 'الخطوة 1️⃣'},
  {name: 'keycap emoji on # and *', text: 'اضغطي #️⃣ ثم *️⃣'},
  {name: 'ideographic variation selector on a CJK ideograph', text: 'اسم الدواء بالصينية 葛\u{E0100}'},
  {name: 'flag tag sequence', text: 'علم 🏴󠁧󠁢󠁥󠁮󠁧󠁿'},
  {name: 'a tab and a line break (a soft break in a paragraph)', text: 'الجلسة الأولى:\tتقييم\nالجلسة الثانية:\r\nحقن'},
]

const invisible = [
  {name: 'zero width space', char: '\u200B', label: 'U+200B ZERO WIDTH SPACE'},
  {name: 'word joiner', char: '\u2060', label: 'U+2060 WORD JOINER'},
  {name: 'BOM / zero width no-break space', char: '\uFEFF', label: 'U+FEFF'},
  {name: 'soft hyphen', char: '\u00AD', label: 'U+00AD SOFT HYPHEN'},
  {name: 'Mongolian vowel separator', char: '\u180E', label: 'U+180E MONGOLIAN VOWEL SEPARATOR'},
  {name: 'ZWNJ between Arabic letters', char: '\u200C', label: 'U+200C ZERO WIDTH NON-JOINER'},
  {name: 'ZWJ between Arabic letters', char: '\u200D', label: 'U+200D ZERO WIDTH JOINER'},
  {name: 'invisible times', char: '\u2062', label: 'U+2062 INVISIBLE TIMES'},
  {name: 'Hangul filler', char: '\u3164', label: 'U+3164 HANGUL FILLER'},
  {name: 'combining grapheme joiner', char: '\u034F', label: 'U+034F'},
  {name: 'deprecated national digit shapes', char: '\u206E', label: 'U+206E NATIONAL DIGIT SHAPES'},
  {name: 'a tag character outside a flag', char: '\u{E0041}', label: 'U+E0041'},
  {name: 'a variation selector inside an Arabic word', char: '\uFE0F', label: 'U+FE0F'},
  {name: 'a supplementary variation selector inside an Arabic word', char: '\u{E0100}', label: 'U+E0100'},
  {name: 'interlinear annotation anchor (a format character browsers do not draw)', char: '\uFFF9', label: 'U+FFF9 INTERLINEAR ANNOTATION ANCHOR'},
  {name: 'interlinear annotation terminator', char: '\uFFFB', label: 'U+FFFB INTERLINEAR ANNOTATION TERMINATOR'},
  {name: 'an Egyptian hieroglyph format control', char: '\u{13430}', label: 'U+13430'},
  // Controls and noncharacters pasted from word processors or mis-decoded files: drawn as nothing,
  // parse errors on a page, and a feed reader refuses a feed holding one.
  {name: "Word's vertical tab", char: '\u000B', label: 'U+000B LINE TABULATION (vertical tab)'},
  {name: 'a form feed', char: '\u000C', label: 'U+000C FORM FEED'},
  {name: 'a NUL', char: '\u0000', label: 'U+0000 NULL'},
  {name: 'an escape', char: '\u001B', label: 'U+001B'},
  {name: 'a delete', char: '\u007F', label: 'U+007F DELETE'},
  {name: 'a C1 control (NEXT LINE from a mis-decoded file)', char: '\u0085', label: 'U+0085 NEXT LINE'},
  {name: 'the noncharacter U+FFFE', char: '\uFFFE', label: 'U+FFFE NONCHARACTER'},
  {name: 'a noncharacter in the Arabic presentation forms block', char: '\uFDD0', label: 'U+FDD0'},
]

describe(RULE, () => {
  test.each(clean)('ok: $name', ({text}) => {
    expect(findingsFor('span', text)).toEqual([])
  })

  test.each(invisible)('not ok: $name', ({char, label}) => {
    const findings = findingsFor('span', `مضمو${char}ن ١٠٠٪`)
    expect(summarize(findings)).toEqual([`${RULE} warning ${TEXT_PLACES.span}`])
    expect(findings[0]!.message).toContain(`${label}`)
    expect(findings[0]!.message).toContain('عند المحرف رقم 5')
    expect(findings[0]!.message).not.toContain(char)
  })

  test.each(Object.keys(TEXT_PLACES) as TextPlace[])('not ok: a zero width space in %s is reported at its exact path', (place) => {
    const text = place === 'linkHref' ? 'https://example.org/meso\u200Btherapy' : 'الميزو\u200Bثيرابي'
    expect(summarize(findingsFor(place, text))).toEqual([`${RULE} warning ${TEXT_PLACES[place]}`])
  })

  test('not ok: a ZWNJ between two emoji joins nothing; only a ZWJ makes one emoji of them', () => {
    const findings = findingsFor('span', 'نهتم بك 😀\u200C😀')
    expect(summarize(findings)).toEqual([`${RULE} warning ${TEXT_PLACES.span}`])
    expect(findings[0]!.message).toContain('U+200C ZERO WIDTH NON-JOINER عند المحرف رقم 10')
  })

  test('positions count code points through tashkeel and tatweel', () => {
    const findings = findingsFor('title', 'الْمِيـزُو\u200Bثيرابي\uFEFF')
    expect(findings[0]!.message).toContain('U+200B ZERO WIDTH SPACE عند المحرف رقم 11')
    expect(findings[0]!.message).toContain('U+FEFF ZERO WIDTH NO-BREAK SPACE (BOM) عند المحرف رقم 18')
  })

  test('the UAE preset allows ZWNJ for quoted Persian, but still reports a zero width space', () => {
    const persian = 'بالفارسية: می\u200Cشود'
    expect(summarize(findingsFor('span', persian, 'clinic.lulu-dubai'))).toEqual([])
    expect(summarize(findingsFor('span', persian, 'clinic.nour-cairo'))).toEqual([`${RULE} warning ${TEXT_PLACES.span}`])
    expect(summarize(findingsFor('span', `${persian}\u200B`, 'clinic.lulu-dubai'))).toEqual([`${RULE} warning ${TEXT_PLACES.span}`])
  })

  test('allowJoiners is an option of the rule itself', () => {
    const graph = graphWith(seed004WithText('span', 'مي\u200Dزو'))
    expect(runCheck(invisibleChar, graph).map((r) => r.path)).toEqual([TEXT_PLACES.span])
    expect(runCheck(invisibleChar, graph, {options: {allowJoiners: true}})).toEqual([])
  })

  test('many hits are summarised, not flooded', () => {
    const findings = findingsFor('span', 'أ\u200Bب\u200Bت\u200Bث\u200Bج\u200Bح\u200Bخ\u200B')
    expect(findings).toHaveLength(1)
    expect(findings[0]!.message).toContain('، ومحرفان آخران، في «')
  })

  test('not ok: a zero width space in a linked claim\'s note is reported on the claim', () => {
    const evidence = {certainty: 'low', note: 'عينات صغي\u200Bرة', citations: [citation('c1', {pmid: '12345678'})]}
    const graph = graphWith(seed004Article(), {extra: [claim('claim.minoxidil-first-line', 'المينوكسيديل خيار أول.', {evidence})]})
    const findings = gateFindings(graph).filter((f) => f.ruleId === RULE)
    expect(findings.map((f) => `${f.documentId} ${f.path}`)).toEqual(['claim.minoxidil-first-line evidence.note'])
  })
})
