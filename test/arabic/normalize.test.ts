// normalizeForMatching: every spelling variant a writer may use folds to one form, and every folded
// character still knows where it came from in the original.
import {describe, expect, test} from 'vitest'
import {isSupplementaryIgnorable, normalizeForMatching, normalizeWord} from '../../src/arabic/normalize.ts'

describe('normalizeWord', () => {
  test.each([
    ['hamza on and under alef, madda, wasla', 'أ إ آ ٱ', 'ا ا ا ا'],
    ['alef maqsura to yeh', 'على', 'علي'],
    ['ta marbuta to heh', 'مضمونة', 'مضمونه'],
    ['tashkeel and shadda removed', 'نَتائِجُ مَضْمُونَةٌ', 'نتائج مضمونه'],
    ['superscript alef removed', 'هٰذا', 'هذا'],
    ['Quranic annotation marks removed', 'الرَّحْمَٰنِ ۚ', 'الرحمن '],
    ['tatweel removed', 'مضـــمونة', 'مضمونه'],
    ['a letter stretched to three or more is read once, marks between too; two stay, and so do digits', 'مضموووونة تمااَاما نهااائي ممتاز للأبد 1000', 'مضمونه تماما نهائي ممتاز للابد 1000'],
    ['a stretched ta marbuta reads as one heh', 'مضمونةةة مضمونههه', 'مضمونه مضمونه'],
    ['stretched runs at the start, the end and next to each other', 'ااامن نعمممم ممممااا', 'امن نعم ما'],
    ['zero-width and bidi controls removed', 'مض\u200Cمو\u200Bنة\u202E', 'مضمونه'],
    ['implicit marks LRM, RLM and ALM removed', 'مض\u200Eمو\u200Fنة\u061C', 'مضمونه'],
    ['embeddings, overrides and isolates removed', '\u202Bحقن\u202C \u202Dسطحي\u202C \u2066PRP\u2069 \u2067و\u2068٣\u2069', 'حقن سطحي prp و3'],
    ['ALM between a typed-first percent sign and the number', 'آمن \u061C٪١٠٠', 'امن 100%'],
    ['mixed Arabic and Latin with a unit', 'حقن PRP بجرعة 10 ml', 'حقن prp بجرعه 10 ml'],
    ['shadda with tanwin, and hamza alone kept', 'جزءٌ مهمٌّ', 'جزء مهم'],
    ['every other invisible character removed, above U+FFFF too', 'سح\u{E0100}ري مض\u{E0041}مو\u17B4ن\u{1D173}ة\u3164', 'سحري مضمونه'],
    ['presentation forms through NFKC', 'ﻧﺘﺎﺋﺞ ﻣﻀﻤﻮﻧﺔ', 'نتائج مضمونه'],
    ['lam-alef ligature expands', 'ﻻ', 'لا'],
    ['Arabic-Indic digits and percent sign', '١٠٠٪', '100%'],
    ['a percent sign typed before the number moves after it', 'آمن ٪١٠٠ و%99.5 و١٠٠٪', 'امن 100% و99.5% و100%'],
    ['Persian digits, yeh and kaf', '۱۰۰ ی ک', '100 ي ك'],
    ['Arabic comma, semicolon, question mark', '،؛؟', ',;?'],
    ['Arabic decimal and thousands separators', '٢٫٥ و١٬٠٠٠', '2.5 و1,000'],
    ['Latin lower-cased', 'PRP FAQ', 'prp faq'],
    ['every Latin capital lower-cased, A to Z', 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'],
    ['noncharacters U+FFFE and U+FFFF dropped: they cannot pose as the fold\'s own hamza or ligature markers', 'نهاي\uFFFEي مض\uFFFFمونة', 'نهايي مضمونه'],
    ['hamza on waw and yeh kept', 'مسؤول مسئول', 'مسؤول مسئول'],
    ['hamza above typed as a mark after yeh, alef maqsura and waw is ئ and ؤ (as NFD stores them)', 'نهاي\u0654ي نهاى\u0654ي مسو\u0654ول', 'نهائي نهائي مسؤول'],
    ['hamza above as a mark elsewhere, and the high hamza U+0674, dropped like the hamza of أ', 'ا\u0654من ا\u0674من نهاي\u0674ي', 'امن امن نهائي'],
    ['any nonspacing or enclosing mark on a letter, Latin accents and Unicode 14 Arabic marks too', 'مضمو\u0301ن\u0323ة\u20DD نتا\u08CAئج\u0898 ف\uFE20ي', 'مضمونه نتائج في'],
    ['small high waw and yeh and the tail fragment decorate a letter', 'نت\u06E5ائج مضم\u06E6و\uFE73نة', 'نتائج مضمونه'],
    ['format characters without a glyph that are not default-ignorable', 'مض\uFFF9مو\uFFFBنة مض\u{13430}مونة', 'مضمونه مضمونه'],
    ['marks and format characters above U+FFFF', 'مضمو\u{1D167}نة سح\u{16FE4}ر', 'مضمونه سحر'],
    ['Urdu, Kurdish and Pashto heh and teh marbuta forms', 'نھائي ہنا ۂ ۿ مضمونۃ مضمونۀ', 'نهائي هنا ه ه مضمونه مضمونه'],
    ['yeh, waw, noon and lam with other dots or marks', 'بدۇں أې ؠ ێ ۆ ۈ ڵا ٺ', 'بدون اي ي ي و و لا ت'],
    ['alef, waw and yeh with high hamza', 'ٵمن ٶ ٷ نهاٸي', 'امن ؤ ؤ نهائي'],
    ['Maghrebi feh and qaf, Persian and swash kaf', 'أڢضل منڧطع ک ڪ', 'افضل منقطع ك ك'],
    ['dotless beh and feh are ambiguous without dots: kept', 'ٮ ڡ', 'ٮ ڡ'],
    ['a dot typed as a mark on a dotless skeleton draws the dotted letter', 'مص\u08EAمونة مص\u0307مونة مص\u06ECمونة ح\u08EAصم معح\u08EDزة مح\u0323انا', 'مضمونه مضمونه مضمونه خصم معجزه مجانا'],
    ['two and three dots as marks, and dots on dotless beh, feh and qaf', '\u066E\u08EAهائي \u066E\u08EDدون \u066E\u0308 \u066E\u0324 س\u06DBعر \u06A1\u08EAوري \u066F\u0308 \u06A1\u0323', 'نهائي بدون ت ي شعر فوري ق ف'],
    ['a dot mark on a letter it does not complete is dropped like any mark', 'ب\u0307 ض\u08EA س\u0323 \u0307ا', 'ب ض س ا'],
    ['superscript, full-width, circled and mathematical digits', '¹⁰⁰٪ １００％ ① \u{1D7CF}\u{1D7CE}\u{1D7CE}%', '100% 100% 1 100%'],
    ['Arabic mathematical letters', '\u{1EE00}\u{1EE01}', 'اب'],
    ['Latin letters with accents, in NFC and NFD alike', 'Café Cafe\u0301', 'cafe cafe'],
    ['a relation with a stroke keeps its meaning', '≮ ≠', '≮ ≠'],
    ['an emoji stays', 'نص 😀', 'نص 😀'],
    ['the hundred-points emoji reads as 100%, a word apart', 'نتائج💯', 'نتائج 100% '],
  ])('%s', (_, input, expected) => {
    expect(normalizeWord(input)).toBe(expected)
  })
})

describe('normalizeForMatching offsets', () => {
  test('each folded character points at its original character; the end points past dropped marks', () => {
    const original = 'نتائجُ مضـمونةٌ'
    const {text, sourceIndex} = normalizeForMatching(original)
    expect(text).toBe('نتائج مضمونه')
    const start = text.indexOf('مضمونه')
    const end = start + 'مضمونه'.length
    expect(original.slice(sourceIndex[start], sourceIndex[end])).toBe('مضـمونةٌ')
    expect(sourceIndex[text.length]).toBe(original.length)
  })

  test('a match after a bidi control starts at its first letter; a control inside it stays inside', () => {
    const original = 'نتائج \u202Bمض\u200Fمونة\u202C.'
    const {text, sourceIndex} = normalizeForMatching(original)
    expect(text).toBe('نتائج مضمونه.')
    const start = text.indexOf('مضمونه')
    expect(original.slice(sourceIndex[start], sourceIndex[start + 'مضمونه'.length])).toBe('مض\u200Fمونة\u202C')
  })

  test('an expanded ligature maps every part to the ligature', () => {
    const {text, sourceIndex} = normalizeForMatching('ﻻ بد')
    expect(text).toBe('لا بد')
    expect([...sourceIndex.slice(0, 2)]).toEqual([0, 0])
  })
})

describe('equivalent spellings fold alike', () => {
  // A writer cannot pick a spelling the reader cannot tell apart. Letters of the scripts the rules read
  // (Latin, Greek, Cyrillic, Arabic, their presentation forms): NFC and NFD fold alike. Every
  // character: its NFKC form folds as it does, except the spacing tashkeel forms, which NFKC makes a
  // space + mark and the fold drops so that one typed inside a word cannot split it.
  const LETTER = /^\p{L}$/u
  const RULE_SCRIPTS = (code: number) => code <= 0x052f || (code >= 0x0600 && code <= 0x08ff) || (code >= 0x1e00 && code <= 0x1fff) || code >= 0xfb00
  const differing = (form: 'NFD' | 'NFKC', include: (code: number, character: string) => boolean): string[] => {
    const found: string[] = []
    for (let code = 0; code < 0x10000; code++) {
      if (code >= 0xd800 && code <= 0xdfff) continue
      const character = String.fromCharCode(code)
      const other = character.normalize(form)
      if (other !== character && include(code, character) && normalizeWord(other) !== normalizeWord(character)) found.push(code.toString(16))
    }
    return found
  }

  test('NFD of every letter of the scripts the rules read', () => {
    expect(differing('NFD', (code, character) => RULE_SCRIPTS(code) && LETTER.test(character))).toEqual([])
  })

  test('NFKC of every character below U+10000 but the spacing tashkeel forms', () => {
    expect(differing('NFKC', () => true)).toEqual(['fe70', 'fe72', 'fe74', 'fe76', 'fe78', 'fe7a', 'fe7c', 'fe7e'])
  })

  test.each(['علاج نهائي', 'نتائج دائمة', 'مسؤول عن آثار جانبية', 'إبرة آمنة', 'ﻧﺘﺎﺋﺞ ﻣﻀﻤﻮﻧﺔ', 'ﯝ'])('NFD and NFKD of «%s»', (text) => {
    expect(normalizeWord(text.normalize('NFD'))).toBe(normalizeWord(text))
    expect(normalizeWord(text.normalize('NFKD'))).toBe(normalizeWord(text))
  })
})

test('the supplementary ignorables are exactly the Default_Ignorable_Code_Point characters above U+FFFF', () => {
  const property = /^\p{Default_Ignorable_Code_Point}$/u
  const mismatched: string[] = []
  for (let codePoint = 0x10000; codePoint <= 0x10ffff; codePoint++) {
    if (property.test(String.fromCodePoint(codePoint)) !== isSupplementaryIgnorable(codePoint)) mismatched.push(codePoint.toString(16))
  }
  expect(mismatched).toEqual([])
})
