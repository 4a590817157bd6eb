// `sanad lint`'s text lines: a quoted excerpt that carries a bidi override must not reorder the terminal line it is printed on.
import {describe, expect, test} from 'vitest'
import {formatLintText} from '../../src/lint/formatLintReport.ts'

const finding = (message: string) => ({ruleId: 'banned-claim' as const, severity: 'error' as const, message, line: 3, column: 5, offset: 10, excerpt: '', category: 'guaranteed-results'})

describe('formatLintText', () => {
  test.each([
    {message: '«نتائج مضمونة»: وعد بنتائج مضمونة.', line: 'old.md:3:5  error  «نتائج مضمونة»: وعد بنتائج مضمونة.  banned-claim'},
    {message: '«نتائج \u202Eمضمونة\u202C»: وعد.', line: 'old.md:3:5  error  «نتائج ⟦U+202E⟧مضمونة⟦U+202C⟧»: وعد.  banned-claim'},
    {message: '«\u2067حقن\u2069 PRP»: وعد.', line: 'old.md:3:5  error  «⟦U+2067⟧حقن⟦U+2069⟧ PRP»: وعد.  banned-claim'},
  ])('$line', ({message, line}) => {
    expect(formatLintText([{path: 'old.md', findings: [finding(message)]}]).split('\n')[0]).toBe(line)
  })
})
