// whitespaceOutsideEmphasis: spaces at the edges of bold and italic move outside them, so the
// Markdown export writes `**…:** بعض` where mdast-util-to-markdown wrote `**…:&#x20;**&#x628;عض`.
import type {Heading, Paragraph, PhrasingContent, Root} from 'mdast'
import {toMarkdown} from 'mdast-util-to-markdown'
import {describe, expect, it} from 'vitest'
import {whitespaceOutsideEmphasis} from '../../src/delivery/whitespaceOutsideEmphasis.ts'

const text = (value: string): PhrasingContent => ({type: 'text', value})
const strong = (...children: PhrasingContent[]): PhrasingContent => ({type: 'strong', children})
const em = (...children: PhrasingContent[]): PhrasingContent => ({type: 'emphasis', children})
const paragraph = (...children: PhrasingContent[]): Paragraph => ({type: 'paragraph', children})
const heading = (...children: PhrasingContent[]): Heading => ({type: 'heading', depth: 2, children})

const ROWS: [name: string, tree: Paragraph | Heading, before: string, after: string][] = [
  [
    'a bold label with its space inside, then Arabic',
    paragraph(strong(text('فروة الرأس (تساقط نمطي): ')), text('بعض الدراسات')),
    '**فروة الرأس (تساقط نمطي):&#x20;**&#x628;عض الدراسات\n',
    '**فروة الرأس (تساقط نمطي):** بعض الدراسات\n',
  ],
  ['italic with spaces at both ends', paragraph(text('النتائج'), em(text(' تدريجية ')), text('لا فورية')), 'النتائ&#x62C;_&#x20;تدريجية&#x20;_&#x644;ا فورية\n', 'النتائج _تدريجية_ لا فورية\n'],
  ['a no-break space is whitespace to CommonMark too', paragraph(strong(text('جرعة:\u00A0')), text('١٠ مل')), '**جرعة:&#xA0;**&#x661;٠ مل\n', '**جرعة:**\u00A0١٠ مل\n'],
  [
    'italic inside bold, both ending in the same space',
    paragraph(strong(text('مهم '), em(text('جدًا '))), text('قبل الجلسة')),
    '**مهم _جدًا&#x20;_**&#x642;بل الجلسة\n',
    '**مهم _جدًا_** قبل الجلسة\n',
  ],
  ['bold of nothing but a space goes, the space stays', paragraph(text('كل'), strong(text(' ')), text('٤ أسابيع')), 'ك&#x644;**&#x20;**&#x664; أسابيع\n', 'كل ٤ أسابيع\n'],
  ['a space at the start of a heading is dropped, not moved', heading(strong(text(' تنبيه:')), text(' اقرئي')), '## **&#x20;تنبيه:** اقرئي\n', '## **تنبيه:** اقرئي\n'],
  ['bold with no space at its edges is left as it is', paragraph(text('تقنية داخل '), strong(text('الأدمة')), text(' على جلسات.')), 'تقنية داخل **الأدمة** على جلسات.\n', 'تقنية داخل **الأدمة** على جلسات.\n'],
]

const markdown = (tree: Paragraph | Heading): string => toMarkdown({type: 'root', children: [tree]} satisfies Root, {bullet: '-', emphasis: '_', listItemIndent: 'one'})

describe('whitespaceOutsideEmphasis', () => {
  it.each(ROWS)('%s', (_, tree, before, after) => {
    expect(markdown(tree)).toBe(before)
    whitespaceOutsideEmphasis(tree)
    expect(markdown(tree)).toBe(after)
  })

  it('reaches bold text inside list items', () => {
    const item = paragraph(strong(text('شائعة وخفيفة: ')), text('ألم موضعي.'))
    const root: Root = {type: 'root', children: [{type: 'list', ordered: false, spread: false, children: [{type: 'listItem', spread: false, children: [item]}]}]}
    whitespaceOutsideEmphasis(root)
    expect(toMarkdown(root, {bullet: '-', listItemIndent: 'one'})).toBe('- **شائعة وخفيفة:** ألم موضعي.\n')
  })
})
