// frontMatterOf: the YAML front matter a legacy Markdown article opens with, its end and its title;
// the linter reads the title and not the rest, at the lines the file has.
import {describe, expect, test} from 'vitest'
import {frontMatterOf, withoutFrontMatter} from '../../src/lint/frontMatter.ts'
import {lintLegacyText, type LintFinding} from '../../src/lint/lintLegacyText.ts'

const summary = (findings: LintFinding[]) => findings.filter((finding) => finding.ruleId === 'banned-claim').map(({line, column, excerpt}) => ({line, column, excerpt}))

describe('frontMatterOf', () => {
  test.each([
    {what: 'a title and other fields', source: '---\ntitle: الميزوثيرابي للشعر\ndate: 2021-03-04\ntags: [شعر, حقن]\n---\n\nنص.', expected: {lastLine: 5, title: 'الميزوثيرابي للشعر'}},
    {what: 'a quoted title with a colon, closed by «...», after a BOM', source: '\uFEFF---\ntitle: "حقن PRP: ما نعرفه"\n...\nنص.', expected: {lastLine: 3, title: 'حقن PRP: ما نعرفه'}},
    {what: 'no title', source: '---\nlang: ar\n---\n# العنوان', expected: {lastLine: 3}},
    {what: 'Sanad\'s own export, CRLF line ends', source: '---\r\ntitle: روتين منزلي\r\nslug: hair-home-routine\r\n---\r\n\r\nنص.', expected: {lastLine: 4, title: 'روتين منزلي'}},
  ])('$what', ({source, expected}) => {
    const frontMatter = frontMatterOf(source)!
    expect({lastLine: frontMatter.lastLine, ...(frontMatter.title ? {title: frontMatter.title.text} : {})}).toEqual(expected)
    // The title's offset is where its words stand in the file, for the linter's line and column.
    if (frontMatter.title) expect(source.startsWith(frontMatter.title.text, frontMatter.title.offset)).toBe(true)
    expect(withoutFrontMatter(source).length).toBe(source.length)
    expect(withoutFrontMatter(source).split('\n').length).toBe(source.split('\n').length)
  })

  test.each([
    ['a rule over a line of text (a heading in Markdown)', '---\nمقدمة عن الحقن\n---\nنص.'],
    ['a rule with nothing closing it', '---\ntitle: س\n\nنص.'],
    ['a rule that is not at the top', 'نص.\n\n---\ntitle: س\n---'],
    ['a list, not a mapping', '---\n- أ\n- ب\n---\n'],
  ])('none: %s', (_, source) => {
    expect(frontMatterOf(source)).toBeUndefined()
  })
})

describe('the linter reads the front matter\'s title, not the rest, at its line and column', () => {
  test.each([
    {what: 'a claim in the title', source: '---\ntitle: "ميزوثيرابي: نتائج مضمونة"\n---\n\nنص.', expected: [{line: 2, column: 21, excerpt: 'نتائج مضمونة'}]},
    {what: 'a claim in a tag, which no page shows', source: '---\ntitle: الميزوثيرابي\ntags: [نتائج مضمونة]\n---\n\nنص.', expected: []},
    {what: 'the body below it, at its own line', source: '---\ntitle: الميزوثيرابي\ndescription: جلسات\n---\n\nنتائج مضمونة.', expected: [{line: 6, column: 1, excerpt: 'نتائج مضمونة'}]},
  ])('$what', ({source, expected}) => {
    expect(summary(lintLegacyText({source, format: 'markdown', jurisdiction: 'EG'}))).toEqual(expected)
  })
})
