// isFirstPersonVerb and isPastWeVerb: which words after a negated answer, or after the ل of the
// answer of لو, are the writer's own conduct.
import {expect, test} from 'vitest'
import {isFirstPersonVerb, isPastWeVerb} from '../../src/arabic/firstPersonVerb.ts'
import {normalizeWord} from '../../src/arabic/normalize.ts'
import {codesOf} from '../../src/arabic/tokenize.ts'

const reads = (word: string): boolean => {
  const normalized = normalizeWord(word)
  return isFirstPersonVerb(codesOf(normalized), 0, normalized.length)
}

test.each([
  // Imperfect of "we" and "I", with pronouns, tashkeel and hamza as writers type them.
  ['نقدمه', true],
  ['نُقَدِّمُهُ', true],
  ['نقـــدمه', true],
  ['ننصحكِ', true],
  ['أنصح', true],
  ['انصح', true],
  // Past of "we", alone or with an object pronoun.
  ['قدمنا', true],
  ['قَدَّمْنَاهُ', true],
  ['نصحناكِ', true],
  ['كنا', true],
  // The reader, a third party, a noun with the article: not the writer.
  ['تدفعي', false],
  ['تترددي', false],
  ['يجريه', false],
  ['سمحت', false],
  ['الطبيب', false],
  ['ألم', false],
  ['نا', false],
])('%s → %s', (word, expected) => {
  expect(reads(word)).toBe(expected)
})

const readsPastWe = (word: string): boolean => {
  const normalized = normalizeWord(word)
  return isPastWeVerb(codesOf(normalized), 0, normalized.length)
}

test.each([
  // What is left of «لاقترحنا», «لأخبرناكِ», «لكنّا», «لنصحناكم» once the ل of the answer is read.
  ['اقترحنا', true],
  ['أَخْبَرْنَاكِ', true],
  ['كنّا', true],
  ['نصحناكم', true],
  ['أوقفنـــاه', true],
  // Imperfect «we» and «I», a third party, «us» alone: not a past verb of «we».
  ['نقدمه', false],
  ['أنصح', false],
  ['اقترح', false],
  ['أخبرتكِ', false],
  ['نا', false],
  ['ما', false],
])('%s is a past verb of «we» → %s', (word, expected) => {
  expect(readsPastWe(word)).toBe(expected)
})
