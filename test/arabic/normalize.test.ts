// normalizeForMatching: every spelling variant a writer may use folds to one form, and every folded
// character still knows where it came from in the original.
import {describe, expect, test} from 'vitest'
import {isSupplementaryIgnorable, normalizeForMatching, normalizeWord} from '../../src/arabic/normalize.ts'

describe('normalizeWord', () => {
  test.each([
    ['hamza on and under alef, madda, wasla', 'أإآٱ', 'اااا'],
    ['alef maqsura to yeh', 'على', 'علي'],
    ['ta marbuta to heh', 'مضمونة', 'مضمونه'],
    ['tashkeel and shadda removed', 'نَتائِجُ مَضْمُونَةٌ', 'نتائج مضمونه'],
    ['superscript alef removed', 'هٰذا', 'هذا'],
    ['Quranic annotation marks removed', 'الرَّحْمَٰنِ ۚ', 'الرحمن '],
    ['tatweel removed', 'مضـــمونة', 'مضمونه'],
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
    ['hamza on waw and yeh kept', 'مسؤول مسئول', 'مسؤول مسئول'],
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

test('the supplementary ignorables are exactly the Default_Ignorable_Code_Point characters above U+FFFF', () => {
  const property = /^\p{Default_Ignorable_Code_Point}$/u
  const mismatched: string[] = []
  for (let codePoint = 0x10000; codePoint <= 0x10ffff; codePoint++) {
    if (property.test(String.fromCodePoint(codePoint)) !== isSupplementaryIgnorable(codePoint)) mismatched.push(codePoint.toString(16))
  }
  expect(mismatched).toEqual([])
})
