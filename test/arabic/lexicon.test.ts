// compileLexicon + inflectedForms: a token is found as every term it is a clitic-and-suffix form of.
import {expect, test} from 'vitest'
import {inflectedForms} from '../../src/arabic/inflections.ts'
import {compileLexicon} from '../../src/arabic/lexicon.ts'
import {normalizeWord} from '../../src/arabic/normalize.ts'
import {codesOf} from '../../src/arabic/tokenize.ts'
import {ARTICLE, CONJUNCTION, PREPOSITION} from '../../src/arabic/clitics.ts'

const TERMS = ['مضمون', 'نتيجة', 'الم', 'لا']
const lexicon = compileLexicon(
  TERMS.flatMap((term, termId) => {
    const word = normalizeWord(term)
    return (term === 'لا' ? [word] : inflectedForms(word)).map((surface) => ({surface, termId}))
  }),
)

const lookup = (word: string) => {
  const codes = codesOf(normalizeWord(word))
  const found: Array<[string, number]> = []
  lexicon.lookup(codes, 0, codes.length, (termId, flags) => found.push([TERMS[termId]!, flags]))
  return found
}

test.each([
  ['مضمونة', [['مضمون', 0]]],
  ['والمضمونةُ', [['مضمون', CONJUNCTION | ARTICLE]]],
  ['مضمونًا', [['مضمون', 0]]],
  ['نتيجتها', [['نتيجة', 0]]],
  ['بالألم', [['الم', PREPOSITION | ARTICLE]]],
  ['ولا', [['لا', CONJUNCTION]]],
  // Particles are exact: "لنا" is not "لا" + suffix, "إلا" is not "ال" + "لا".
  ['لنا', []],
  ['إلا', []],
  ['مضمار', []],
] as const)('%s', (word, expected) => {
  expect(lookup(word)).toEqual(expected)
})

test('inflected forms cover gender, number, accusative alef, nisba and pronouns; particles stay exact', () => {
  expect(inflectedForms('مضمون')).toEqual(expect.arrayContaining(['مضمون', 'مضمونه', 'مضمونا', 'مضمونين', 'مضمونون', 'مضمونات']))
  expect(inflectedForms('سحر')).toEqual(expect.arrayContaining(['سحري', 'سحريه', 'سحريا']))
  expect(inflectedForms('نتيجه')).toEqual(expect.arrayContaining(['نتيجه', 'نتيجتها', 'نتيجتك']))
  expect(inflectedForms('لن')).toEqual(['لن'])
})
