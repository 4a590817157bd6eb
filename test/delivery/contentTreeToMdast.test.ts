// contentTreeToMdast builds the mdast hast-util-to-mdast would build for the renderer's elements:
// each row is checked against the library itself and, where it says more, against exact Markdown.
import type {Element, ElementContent} from 'hast'
import {toMdast} from 'hast-util-to-mdast'
import {h} from 'hastscript'
import {toMarkdown} from 'mdast-util-to-markdown'
import {describe, expect, it} from 'vitest'
import {contentTreeToMdast} from '../../src/delivery/contentTreeToMdast.ts'

const text = (value: string): ElementContent => ({type: 'text', value})
const markdown = (tree: Element[]): string => toMarkdown(contentTreeToMdast(tree), {bullet: '-', emphasis: '_', listItemIndent: 'one'})

const ROWS: [name: string, tree: Element[], markdown?: string][] = [
  ['a paragraph with diacritics, tatweel and Arabic-Indic digits', [h('p', 'يُحقَن المَـــزيج كلَّ ٤ أسابيع')], 'يُحقَن المَـــزيج كلَّ ٤ أسابيع\n'],
  ['runs of spaces, tabs and newlines collapse to one space', [h('p', [text('  أولاً\t\t ثم\n\nثانياً  ')])], 'أولاً ثم ثانياً\n'],
  // Only HTML whitespace collapses: a no-break space and bidi marks are text and stay where typed.
  ['a no-break space and bidi marks are not whitespace', [h('p', [text('  حقن\u00A0PRP  \u200F  ١٠\u00A0ml\u2069\n')])], 'حقن\u00A0PRP \u200F ١٠\u00A0ml\u2069\n'],
  // The space after PRP stays inside <strong> (as above), and the one before \u2069 goes with it.
  ['an isolate between spaces at a block edge keeps its spaces collapsed to one', [h('p', [text(' \u2067 '), h('strong', ' PRP '), text(' \u2069 ')])], '\u2067 **PRP&#x20;**&#x2069;\n'],
  // The space stays inside <strong>, so mdast-util-to-markdown writes it as a character reference.
  ['a space between inline elements is kept once', [h('p', [h('strong', 'تنبيه: '), text(' لا '), h('em', ' تتوقف ')])], '**تنبيه:&#x20;**&#x644;ا _تتوقف_\n'],
  ['spaces around <br> go', [h('p', [text('سطر أول  '), h('br'), text('  سطر ثانٍ')])], 'سطر أول\\\nسطر ثانٍ\n'],
  ['a paragraph of whitespace disappears', [h('p', [text(' \n ')]), h('h2', 'عنوان')], '## عنوان\n'],
  [
    'a claim: text, grade and citation links',
    [
      h('p', [
        text('يحسّن '),
        h('span', {className: ['claim']}, [
          h('span', {className: ['claim-text']}, 'مظهر الجلد'),
          text(' '),
          h('small', [h('span', 'درجة الدليل: متوسطة'), h('sup', [h('a', {href: '#cite-1'}, '[١]')])]),
        ]),
        text('.'),
      ]),
    ],
    'يحسّن مظهر الجلد درجة الدليل: متوسطة[\\[١\\]](#cite-1).\n',
  ],
  ['a list item with a nested list', [h('ul', [h('li', ['أولاً', h('ol', [h('li', 'أ'), h('li', 'ب')])]), h('li', 'ثانياً')])]],
  ['list items holding paragraphs are loose', [h('ul', [h('li', [h('p', [h('strong', 'ألم'), ' الشدة: خفيف']), h('p', 'يزول خلال ساعات.')])])]],
  ['a description list, with whitespace between its items', [h('section', [h('h2', 'أسئلة شائعة'), h('dl', [h('dt', 'س١'), text('\n'), h('dd', 'ج١'), text(' '), h('dt', 'س٢'), h('dd', 'ج٢')])])]],
  ['two terms sharing a definition', [h('dl', [h('dt', 'أ'), h('dt', 'ب'), h('dd', 'تعريف')])]],
  ['an ordered citation list', [h('ol', [h('li', {id: 'cite-1'}, [h('span', '1.'), ' ', h('cite', 'Title'), ' (2020). ', h('a', {href: 'https://doi.org/10.1/x'}, 'DOI')])])], '1. 1\\. Title (2020). [DOI](https://doi.org/10.1/x)\n'],
  ['a disclaimer aside and a blockquote', [h('aside', [h('h2', 'إخلاء المسؤولية'), h('p', 'للتثقيف فقط.'), h('p', ['الإصدار ', h('span', '2026.1')])]), h('blockquote', [h('p', 'اقتباس')])]],
  ['phrasing straight inside a section becomes a paragraph', [h('section', ['نص حرّ ', h('em', 'مائل'), h('p', 'فقرة')])]],
  ['an element it does not know goes to hast-util-to-mdast', [h('p', ['صورة: ', h('img', {src: 'https://a.example/x.png', alt: 'صورة'})])], 'صورة: ![صورة](https://a.example/x.png)\n'],
]

describe('contentTreeToMdast', () => {
  it.each(ROWS)('%s', (_, tree, expected) => {
    const before = structuredClone(tree)
    expect(contentTreeToMdast(tree)).toEqual(toMdast({type: 'root', children: structuredClone(tree)}))
    expect(tree).toEqual(before)
    if (expected !== undefined) expect(markdown(tree)).toBe(expected)
  })
})

// Seeded random trees of the same elements with awkward whitespace: the equivalence is the whole
// point of this module, so it is also checked where no hand-written row reaches.
describe('contentTreeToMdast on generated trees', () => {
  let seed = 2026
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const pieces = [' ', '  ', '\n', '\t', ' \n ', '\f', '', 'نصّ', 'ـ', '١.', '-', '[٢]', 'a_b']
  const someText = (): ElementContent => text(Array.from({length: Math.floor(random() * 4)}, () => pick(pieces)).join(''))
  const inline = (depth: number): ElementContent =>
    depth > 2 || random() < 0.4 ? someText() : h(pick(['a', 'strong', 'em', 'span', 'small', 'sup', 'cite', 'br']), {href: '#cite-1'}, Array.from({length: Math.floor(random() * 3)}, () => inline(depth + 1)))
  const inlines = () => Array.from({length: Math.floor(random() * 4)}, () => inline(0))
  const block = (depth: number): Element => {
    const roll = random()
    if (depth > 2 || roll < 0.35) return h(pick(['p', 'h2', 'h3']), inlines())
    if (roll < 0.45) return h('blockquote', [block(depth + 1)])
    if (roll < 0.65) return h(pick(['ul', 'ol']), Array.from({length: Math.floor(random() * 3)}, () => h('li', [...inlines(), ...(random() < 0.4 ? [block(depth + 1)] : [])])))
    if (roll < 0.8) return h('dl', Array.from({length: Math.floor(random() * 4)}, () => (random() < 0.8 ? h(pick(['dt', 'dd']), random() < 0.7 ? inlines() : [block(depth + 1)]) : someText())))
    return h(pick(['section', 'aside']), Array.from({length: Math.floor(random() * 3)}, () => (random() < 0.7 ? block(depth + 1) : inline(0))))
  }

  it('builds the same mdast as hast-util-to-mdast', () => {
    for (let index = 0; index < 500; index++) {
      const tree = Array.from({length: 1 + Math.floor(random() * 3)}, () => block(0))
      expect(contentTreeToMdast(tree)).toEqual(toMdast({type: 'root', children: structuredClone(tree)}))
    }
  })
})
