// createPositionLookup: a UTF-16 offset as the 1-based line:column an editor shows, where every code
// point is one column: a tashkeel mark, a tatweel and an invisible bidi mark each move the cursor once.
import {describe, expect, it} from 'vitest'
import {createPositionLookup} from '../../src/lint/textPosition.ts'

const at = (source: string, before: string) => createPositionLookup(source)(source.indexOf(before))

describe('createPositionLookup', () => {
  it.each([
    ['plain Arabic', 'نتائج مضمونة', 'مضمونة', {line: 1, column: 7}],
    ['shadda and tanwin count as columns', 'فعّالٌ مضمونة', 'مضمونة', {line: 1, column: 8}],
    ['tatweel counts as a column', 'نتـــائج مضمونة', 'مضمونة', {line: 1, column: 10}],
    ['hamza forms are one column each', 'أإآٱ ؤئء مضمونة', 'مضمونة', {line: 1, column: 10}],
    ['Arabic-Indic and Persian digits', '١٠٠٪ ۳۰ مضمونة', 'مضمونة', {line: 1, column: 9}],
    ['RLM, ALM and an isolate each count', '\u200Fأ\u061C \u2067PRP\u2069 مضمونة', 'مضمونة', {line: 1, column: 11}],
    ['a character above U+FFFF is one column', 'نتائج 👩‍⚕️ مضمونة', 'مضمونة', {line: 1, column: 12}],
    ['the second line starts again at column 1', 'سطر أول\nنتائج مضمونة', 'مضمونة', {line: 2, column: 7}],
    ['a CRLF line break ends the line at the LF', 'سطر\r\nمضمونة', 'مضمونة', {line: 2, column: 1}],
    ['a CR alone ends a line, as in old Mac files', 'أ\rب\rمضمونة', 'مضمونة', {line: 3, column: 1}],
    ['CRLF, CR and LF in one file are a line each', 'أ\r\nب\rج\nمضمونة', 'مضمونة', {line: 4, column: 1}],
    ['U+2028 is a character of its line, as editors show it', 'أ\u2028مضمونة', 'مضمونة', {line: 1, column: 3}],
  ])('%s', (_, source, before, expected) => {
    expect(at(source, before)).toEqual(expected)
  })
})
