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

// The trie keeps dense rows only for nodes of many children and sorted edge runs for the rest: every
// form must be found whichever kind of node its path goes through, and a form one letter off none.
test('every form of many terms sharing their first letters is found as its term, and no near miss is', () => {
  const terms = ['مضمون', 'مضمد', 'مضاد', 'مضر', 'مضيء', 'مضغ', 'نتيجة', 'نتائج', 'نتوء', 'نتف', 'الم', 'امان', 'آمن', 'أمل']
  const forms = terms.flatMap((term, termId) => inflectedForms(normalizeWord(term)).map((surface) => ({surface, termId})))
  const many = compileLexicon(forms)
  const termsOf = (surface: string) => {
    const codes = codesOf(surface)
    const found = new Set<number>()
    many.lookup(codes, 0, codes.length, (termId) => found.add(termId))
    return found
  }
  const expected = new Map<string, Set<number>>()
  for (const {surface, termId} of forms) expected.set(surface, (expected.get(surface) ?? new Set()).add(termId))
  for (const [surface, termIds] of expected) expect([surface, termsOf(surface)]).toEqual([surface, termIds])
  // A letter past the end, or the last letter replaced by one no form has there.
  for (const surface of expected.keys()) {
    for (const miss of [`${surface}ظ`, `${surface.slice(0, -1)}ظ`]) if (!expected.has(miss)) expect([miss, termsOf(miss)]).toEqual([miss, new Set()])
  }
})
