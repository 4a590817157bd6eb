// plainMarkdownText skips mdast-util-to-markdown's escaping only for text that needs none: every row
// gives the same Markdown as the library's own text handler, and says whether every text in it took
// the shortcut.
import type {Paragraph, PhrasingContent} from 'mdast'
import {gfmStrikethroughToMarkdown} from 'mdast-util-gfm-strikethrough'
import {toMarkdown, type Handle, type Options} from 'mdast-util-to-markdown'
import {describe, expect, it} from 'vitest'
import {isPlainMarkdownText, plainMarkdownText} from '../../src/delivery/plainMarkdownText.ts'

// The export's options (markdownExport.ts), GFM strikethrough's `~` pattern included.
const OPTIONS: Options = {bullet: '-', emphasis: '_', listItemIndent: 'one', extensions: [gfmStrikethroughToMarkdown()]}
const text = (value: string): PhrasingContent => ({type: 'text', value})
const paragraph = (...children: PhrasingContent[]): Paragraph => ({type: 'paragraph', children})

const ROWS: [name: string, tree: Paragraph, markdown: string, plain: boolean][] = [
  ['Arabic with diacritics, tatweel and Arabic-Indic digits', paragraph(text('يُحقَن المَـــزيج كلَّ ٤ أسابيع.')), 'يُحقَن المَـــزيج كلَّ ٤ أسابيع.\n', true],
  ['parentheses, dashes and full stops inside a line', paragraph(text('البلازما (PRP) - نتائج 8–24 ساعة.')), 'البلازما (PRP) - نتائج 8–24 ساعة.\n', true],
  ['a list marker at the start of a line', paragraph(text('- ليس قائمة')), '\\- ليس قائمة\n', false],
  ['a number and full stop at the start of a line', paragraph(text('1. ليس قائمة')), '1\\. ليس قائمة\n', false],
  ['Arabic-Indic digits cannot start a list', paragraph(text('١. بند')), '١. بند\n', true],
  ['Persian digits cannot start a list', paragraph(text('۱. بند')), '۱. بند\n', true],
  ['RLM, ALM, an isolate and an override are plain characters', paragraph(text('نص\u200F و\u061C٣ \u2067PRP\u2069 \u202Eمقلوب\u202C')), 'نص\u200F و\u061C٣ \u2067PRP\u2069 \u202Eمقلوب\u202C\n', true],
  ['a bidi mark before a number keeps it from starting a list', paragraph(text('\u200F1. بند')), '\u200F1. بند\n', true],
  // A digit at the start of a line may begin a list marker, so the library checks it: same output.
  ['a dose with a Latin unit at the start of a line', paragraph(text('10 ml من المزيج')), '10 ml من المزيج\n', false],
  ['a dose with a Latin unit inside a line', paragraph(text('حقن PRP بجرعة 10 ml')), 'حقن PRP بجرعة 10 ml\n', true],
  // The library sees one character before a text, so this one is not escaped either way.
  ['a full stop right after a number', paragraph(text('1'), text('. تابع')), '1. تابع\n', false],
  ['an underscore inside a word', paragraph(text('a_b')), 'a_b\n', false],
  ['an underscore between words', paragraph(text('a _b_')), 'a \\_b\\_\n', false],
  ['a bracket', paragraph(text('[١]')), '\\[١]\n', false],
  ['a tilde inside a line', paragraph(text('جلسات ٣~٦ كل ١~٤ أسابيع')), 'جلسات ٣\\~٦ كل ١\\~٤ أسابيع\n', false],
  ['a space at the end of a paragraph', paragraph(text('نهاية ')), 'نهاية&#x20;\n', false],
  ['a space at the start of a paragraph', paragraph(text(' بداية')), '&#x20;بداية\n', false],
  ['a space before a hard break', paragraph(text('سطر '), {type: 'break'}, text('تالٍ')), 'سطر \\\nتالٍ\n', false],
  ['a space after a hard break', paragraph(text('سطر'), {type: 'break'}, text(' تالٍ')), 'سطر\\\n&#x20;تالٍ\n', false],
  ['a space next to strong text', paragraph(text('نص '), {type: 'strong', children: [text('مهم')]}, text(' ختام')), 'نص **مهم** ختام\n', true],
  ['a parenthesis right after a link', paragraph({type: 'link', url: '#x', children: [text('رابط')]}, text('(ملاحظة)')), '[رابط](#x)(ملاحظة)\n', true],
]

const markdownOf = (tree: Paragraph, options: Options): string => toMarkdown({type: 'root', children: [tree]}, options)

describe('plainMarkdownText', () => {
  it.each(ROWS)('%s', (_, tree, markdown, plain) => {
    const shortcuts: boolean[] = []
    const recording: Handle = (node, parent, state, info) => {
      shortcuts.push(isPlainMarkdownText(node.value, state.stack, info.before, info.after))
      return plainMarkdownText(node, parent, state, info)
    }
    expect(markdownOf(tree, {...OPTIONS, handlers: {text: recording}})).toBe(markdown)
    expect(markdownOf(tree, OPTIONS)).toBe(markdown)
    expect(shortcuts.every(Boolean)).toBe(plain)
  })

  it('leaves autolinks to the library, where spaces are percent-encoded', () => {
    expect(isPlainMarkdownText('a b', ['autolink'], '<', '>')).toBe(false)
  })
})

// Seeded random Markdown trees mixing Arabic prose with every character some pattern escapes.
describe('plainMarkdownText on generated trees', () => {
  let seed = 2026
  const random = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!
  const prose = [...'نصّ عربيـ ١2 .-()', ' ', 'ال', 'x']
  const syntax = [...'+=~[]!*_#&<>\\1.()- ', '\t', '\n']
  const value = () => Array.from({length: Math.floor(random() * 7)}, () => (random() < 0.15 ? pick(syntax) : pick(prose))).join('')
  const phrasing = (depth: number): PhrasingContent => {
    const roll = random()
    if (depth > 1 || roll < 0.55) return text(value())
    if (roll < 0.65) return {type: 'strong', children: [phrasing(depth + 1), phrasing(depth + 1)]}
    if (roll < 0.75) return {type: 'emphasis', children: [phrasing(depth + 1)]}
    if (roll < 0.85) return {type: 'link', url: pick(['#cite-1', 'https://a.example/b c']), children: [phrasing(depth + 1)]}
    return {type: 'break'}
  }

  it('writes what the library writes', () => {
    for (let index = 0; index < 1000; index++) {
      const tree = paragraph(...Array.from({length: 1 + Math.floor(random() * 4)}, () => phrasing(0)))
      expect(markdownOf(tree, {...OPTIONS, handlers: {text: plainMarkdownText}})).toBe(markdownOf(tree, OPTIONS))
    }
  })
})
