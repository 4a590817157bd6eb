// joinSpacedLetters: a word typed one letter at a time is read as the word, and each of its letters
// still points at its place in the original.
import {describe, expect, test} from 'vitest'
import {joinSpacedLetters, type KnowsWord} from '../../src/arabic/joinSpacedLetters.ts'
import {normalizeToBuffer} from '../../src/arabic/normalize.ts'

// The words a matcher knows, normalised (as its lexicon holds them; proclitics aside).
const LEXICON = new Set(['بدون', 'الم', 'اي', 'نتائج', 'مضمونه', 'مضمون', 'تماما', 'علاج', 'نهائي', 'امان', 'ام', 'ان', 'جلسه'])
const knowsWord: KnowsWord = (codes, start, end) => LEXICON.has(String.fromCharCode(...codes.subarray(start, end)))

const joined = (input: string, knows?: KnowsWord) => {
  const {codes, sourceIndex, length} = joinSpacedLetters(normalizeToBuffer(input), knows)
  return {text: String.fromCharCode(...codes.subarray(0, length)), sourceIndex: sourceIndex.slice(0, length + 1)}
}

describe('joinSpacedLetters', () => {
  test.each([
    ['a word spelled out after a word', 'نتائج م ض م و ن ة', 'نتائج مضمونه'],
    ['a word spelled out at the start, before a word', 'ب د و ن ألم', 'بدون الم'],
    ['two spelled-out words parted by a word and a comma', 'ب د و ن ألم، ن ت ا ئ ج مذهلة', 'بدون الم, نتائج مذهله'],
    ['tashkeel and two spaces between the letters, in brackets', '(مَ  ضْ  مُ  و  نٌ)', '(مضمون)'],
    ['three letters are a word', 'جلسة آ م ن ة', 'جلسه امنه'],
    ['two letters apart are no word', 'ص ب 5 م و 6 م', 'ص ب 5 م و 6 م'],
    ['a letter touching a digit or a Latin letter is not alone', '5م و ن aب ت ث', '5م و ن aب ت ث'],
    ['a line break is no space between letters', 'م ض\nم و', 'م ض\nم و'],
    ['Latin letters apart are left', 'a b c d', 'a b c d'],
    ['a text without a spelled-out word', 'نتائج مضمونة و علاج نهائي', 'نتائج مضمونه و علاج نهائي'],
  ])('%s', (_, input, expected) => {
    expect(joined(input).text).toBe(expected)
  })

  // Words spelled out side by side are one run of lone letters: it parts into the fewest words the
  // matcher knows, and is read whole when it is one of them or does not part wholly into them.
  test.each([
    ['two words spelled out side by side', 'جلسات ب د و ن أ ل م', 'جلسات بدون الم'],
    ['three words spelled out side by side', 'ب د و ن أ ي أ ل م!', 'بدون اي الم!'],
    ['three, one with tashkeel and two spaces', 'نَ ت ا ئ ج  مَ ض م و ن ة  ت م ا م ا', 'نتائج مضمونه تماما'],
    ['a spelled-out word next to a normal one', 'ب د و ن ألم', 'بدون الم'],
    ['a normal word next to two spelled-out ones', 'جلسة ع ل ا ج ن ه ا ئ ي', 'جلسه علاج نهائي'],
    ['a known word is read whole, not as the known words it holds («ام» «ان»)', 'أ م ا ن', 'امان'],
    ['an unknown word is read whole, though it starts with a known one', 'ب د و ن ك م', 'بدونكم'],
    ['words that do not all part into known ones are read whole', 'ج ل س ة م ف ي د ة', 'جلسهمفيده'],
  ])('%s', (_, input, expected) => {
    expect(joined(input, knowsWord).text).toBe(expected)
  })

  test('the space kept between two spelled-out words points at the first space between them in the original', () => {
    const original = 'ب د و ن  أ ل م'
    const {text, sourceIndex} = joined(original, knowsWord)
    expect(text).toBe('بدون الم')
    expect(Array.from(sourceIndex.slice(0, text.length + 1))).toEqual([0, 2, 4, 6, 7, 9, 11, 13, 14])
  })

  test('each letter of a joined word points at its letter in the original; the end still points past the text', () => {
    const original = 'نتائج مُ ض م و ن ة!'
    const {text, sourceIndex} = joined(original)
    expect(text).toBe('نتائج مضمونه!')
    const start = text.indexOf('مضمونه')
    const end = start + 'مضمونه'.length
    expect(original.slice(sourceIndex[start], sourceIndex[end])).toBe('مُ ض م و ن ة')
    expect(Array.from(sourceIndex.slice(start, end), (index) => original[index])).toEqual(['م', 'ض', 'م', 'و', 'ن', 'ة'])
    expect(sourceIndex[text.length]).toBe(original.length)
  })
})
