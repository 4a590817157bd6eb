// formatImportText: one line per file with its blocks and FAQ items counted in English (the report is
// operator text, like the lint summary), what was left out, and the count of drafts with the target.
import {describe, expect, it} from 'vitest'
import {formatImportText} from '../../src/import/formatImportReport.ts'
import type {ImportedDraft} from '../../src/import/legacyArticleDraft.ts'

const draftOf = (name: string, blocks: number, faqItems: number, skipped: string[] = []): ImportedDraft => ({
  path: `old/${name}.md`,
  document: {_id: `drafts.article.import-${name}`, _type: 'article'},
  title: 'الميزوثيرابي للبشرة',
  blocks,
  faqItems,
  skipped,
  findings: [],
})

describe('formatImportText', () => {
  it.each([
    {blocks: 1, faqItems: 0, counts: '(1 block, 0 FAQ items)'},
    {blocks: 2, faqItems: 1, counts: '(2 blocks, 1 FAQ item)'},
    {blocks: 0, faqItems: 3, counts: '(0 blocks, 3 FAQ items)'},
  ])('$counts', ({blocks, faqItems, counts}) => {
    const [line] = formatImportText([draftOf('a', blocks, faqItems)], {kind: 'none'}).split('\n')
    expect(line).toBe(`old/a.md → drafts.article.import-a «الميزوثيرابي للبشرة» ${counts}`)
  })

  it.each([
    {drafts: [draftOf('a', 1, 0, ['image at line 1'])], lines: ['  left out: image at line 1', '0 errors, 0 warnings in 1 file', '1 draft: drafts written to data.ndjson']},
    {drafts: [draftOf('a', 1, 0), draftOf('b', 2, 0)], lines: ['0 errors, 0 warnings in 2 files', '2 drafts: drafts written to data.ndjson']},
  ])('ends with what was left out and $lines.length summary lines', ({drafts, lines}) => {
    expect(formatImportText(drafts, {kind: 'dataset', path: 'data.ndjson'}).split('\n').slice(drafts.length)).toEqual(lines)
  })

  it('lists each lint finding on its own line, under the drafts and above the count', () => {
    const finding = (line: number, excerpt: string): ImportedDraft['findings'][number] => ({ruleId: 'banned-claim', severity: 'error', message: `«${excerpt}»: ادعاء محظور`, line, column: 1, excerpt, offset: 0})
    const draft = {...draftOf('a', 2, 0), findings: [finding(3, 'نتائج مضمونة'), finding(7, 'بدون أي ألم')]}
    expect(formatImportText([draft], {kind: 'none'}).split('\n').slice(1)).toEqual([
      'old/a.md:3:1  error  «نتائج مضمونة»: ادعاء محظور  banned-claim',
      'old/a.md:7:1  error  «بدون أي ألم»: ادعاء محظور  banned-claim',
      '2 errors, 0 warnings in 1 file',
      '1 draft: nothing written (pass --dataset <path> or --to-sanity to save the drafts)',
    ])
  })
})
