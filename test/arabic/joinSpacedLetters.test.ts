// joinSpacedLetters: a word typed one letter at a time is read as the word, and each of its letters
// still points at its place in the original.
import {describe, expect, test} from 'vitest'
import {joinSpacedLetters} from '../../src/arabic/joinSpacedLetters.ts'
import {normalizeToBuffer} from '../../src/arabic/normalize.ts'

const joined = (input: string) => {
  const {codes, sourceIndex, length} = joinSpacedLetters(normalizeToBuffer(input))
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
