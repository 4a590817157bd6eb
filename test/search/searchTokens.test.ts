// searchTokens: the words search compares, folded by the project's Arabic normaliser, on Arabic
// with diacritics, tatweel, hamza forms, ta marbuta, alef maqsura and Arabic-Indic digits.
import {describe, expect, it} from 'vitest'
import {searchTokens} from '../../src/search/index.ts'

describe('searchTokens', () => {
  it.each([
    ['alef maqsura read as yeh', 'الميزوثيرابى', ['الميزوثيرابي']],
    ['tashkeel dropped', 'المِيزُوثِيرَابِي', ['الميزوثيرابي']],
    ['tatweel dropped', 'الميـــزوثيرابي', ['الميزوثيرابي']],
    ['hamza on alef folded', 'أسابيع إبرة آمنة', ['اسابيع', 'ابره', 'امنه']],
    ['ta marbuta read as heh', 'كثافة', ['كثافه']],
    ['Arabic-Indic digits as ASCII, split at punctuation', 'جلسة كل ١–٤ أسابيع، ٣٠٪', ['جلسه', 'كل', '1', '4', 'اسابيع', '30']],
    ['Latin lowercased', 'PRP وMicro needling', ['prp', 'وmicro', 'needling']],
    ['alef wasla and madda folded, hamza on waw and yeh read as hamza alone', 'ٱلشعر آمن مؤلم بيئة جزء', ['الشعر', 'امن', 'مءلم', 'بيءه', 'جزء']],
    ['a final hamza on yeh or after yeh as hamza', 'شاطئ شاطىء شيء شاطئها', ['شاطء', 'شاطء', 'شء', 'شاطءها']],
    ['shadda and tanwin dropped', 'مخدِّرٌ موضعيًّا', ['مخدر', 'موضعيا']],
    ['Persian digits as ASCII', 'كل ۳۰ يومًا', ['كل', '30', 'يوما']],
    ['a dose with a Latin unit', 'حقن ١٠ ml من PRP', ['حقن', '10', 'ml', 'من', 'prp']],
    ['a bidi mark inside a word does not split it', 'الميزو\u200Fثيرابي ال\u061Cشعر', ['الميزوثيرابي', 'الشعر']],
    ['isolates and overrides around words are not words', '\u2067حقن\u2069 \u202Eسطحي\u202C \u2066PRP\u2069', ['حقن', 'سطحي', 'prp']],
    ['nothing but punctuation', '؟!…', []],
  ])('%s: %s', (_, text, expected) => {
    expect(searchTokens(text)).toEqual(expected)
  })

  // A page on an ar-EG site shows a writer's «3» as «٣» (localDigits.ts); the index is built from the
  // text as typed, so a query in either digit set must find it.
  it.each([
    ['3–6 جلسات', '٣–٦ جلسات'],
    ['10%', '١٠٪\u061c'],
    ['2026.1', '٢٠٢٦٫١'],
    ['1,500', '١٬٥٠٠'],
  ])('%s and %s fold to the same tokens', (latin, arabicIndic) => {
    expect(searchTokens(arabicIndic)).toEqual(searchTokens(latin))
  })

  // The seat of a hamza is written either way: every spelling of a word folds to one token.
  it.each([
    [['مسؤول', 'مسئول', 'مسءول', 'مَسْؤُولٌ'], 'مسءول'],
    [['شؤون', 'شئون'], 'شءون'],
    [['قراءة', 'قرائة'], 'قراءه'],
    [['سؤال', 'سئال'], 'سءال'],
    [['شاطئ', 'شاطىء', 'شاطيء'], 'شاطء'],
    [['شيء', 'شئ', 'شيئ', 'شىء'], 'شء'],
    [['هادئ', 'هادىء'], 'هادء'],
    [['المسؤولية', 'المسئوليـــة'], 'المسءوليه'],
  ])('%j fold to %s', (spellings, token) => {
    expect(spellings.map((spelling) => searchTokens(spelling))).toEqual(spellings.map(() => [token]))
  })
})
