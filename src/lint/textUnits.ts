// The prose of a legacy article as units the claim rules read one at a time, each with a map from
// its own offsets back to the source file: a plain-text file is one unit (its line breaks end
// sentences), a Markdown file gives one unit per paragraph, heading or table cell, with emphasis
// and link syntax left out, so "نتائج **مضمونة**" reads as one sentence and is still reported at
// the right line and column; YAML front matter is metadata, its title excepted. Inline code and an
// image's alt text are read as the page shows them (the reader sees the one, a screen reader reads
// the other), and so are a link's or an image's title (a tooltip) and the text and alt and title
// attributes of raw HTML; code blocks are skipped, and an inline «<br>» is read as the line break it is.
// A claim anywhere is still a claim, but only body text, which a reader reads as the article and an
// imported draft keeps, shows a disclaimer: each unit says which of its text that is (`bodyText`).
import type {Nodes, Root} from 'mdast'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import {unified} from 'unified'
import {frontMatterOf, withoutFrontMatter} from './frontMatter.ts'
import {htmlProseParts} from './htmlTextUnits.ts'
import {partOf, unitOf, type Part} from './sourceParts.ts'

export interface TextUnit {
  text: string
  /** `sourceOffset[i]` is the offset in the file of `text[i]`. */
  sourceOffset: Int32Array
  /**
   * The words of `text` that are the article's body, what an educational disclaimer must be written
   * in to be shown: not struck-through words, alt text, a title (a tooltip, the front matter's), raw
   * HTML, a table or a footnote, all of which `sanad import` leaves out and lists.
   */
  bodyText: string
}

export const plainTextUnits = (source: string): TextUnit[] => [{text: source, sourceOffset: Int32Array.from({length: source.length}, (_, index) => index), bodyText: source}]

/**
 * The Markdown after any front matter, at the offsets and lines it has in `source`. GitHub's dialect
 * (remark-gfm), which legacy editors mostly wrote: a table is a table, not a paragraph of pipes whose
 * cells run into one sentence, and footnotes and ~~strikethrough~~ are read as what they are.
 */
export const parseMarkdown = (source: string): Root => unified().use(remarkParse).use(remarkGfm).parse(withoutFrontMatter(source))

const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell'])

/**
 * Inline raw HTML that is only a line break («<br>», «<br/>», «<BR class="x">»), as legacy editors
 * wrote one: the page breaks the line there, so the words on either side stay apart.
 */
export const isHtmlLineBreak = (node: Nodes): boolean => node.type === 'html' && /^<br(?:\s[^<>]*)?\/?>$/i.test(node.value.trim())

/** A title (`[text](url "title")`, `![alt](src "title")`, a definition's) where the source holds it after the node's start. */
const titlePart = (title: string, node: Nodes, source: string): Part => {
  const start = node.position?.start.offset ?? 0
  const end = node.position?.end.offset ?? start
  const at = source.indexOf(title, start)
  return partOf(title, source, at !== -1 && at < end ? at : start)
}

/**
 * `root` and the nodes below it in document order, each with what its parent passed down
 * (`passDown` of the parent and what it was given; `undefined` leaves the parent's children out),
 * walked with a stack of its own, not recursion: a line of 10,000 «*» is emphasis 5,000 levels deep.
 */
function* descendants<T>(root: Nodes, carry: T, passDown: (parent: Nodes, carried: T) => T | undefined): Generator<[Nodes, T]> {
  const stack: Array<[Nodes, T]> = [[root, carry]]
  while (stack.length > 0) {
    const [node, carried] = stack.pop()!
    yield [node, carried]
    if (!('children' in node)) continue
    const below = passDown(node, carried)
    if (below === undefined) continue
    for (let index = node.children.length - 1; index >= 0; index--) stack.push([node.children[index] as Nodes, below])
  }
}

/**
 * Collects the phrasing of `block` into `parts`, the sentence it is in; a title, or the prose of
 * inline HTML, is a text of its own and goes to `others`. Struck-through words (below `delete`) and
 * alt text are parts outside the body.
 */
const collectPhrasing = (block: Nodes, source: string, parts: Part[], others: Part[][]): void => {
  for (const [node, outsideBody] of descendants(block, false, (parent, carried) => carried || parent.type === 'delete')) {
    const start = node.position?.start.offset ?? 0
    const add = (part: Part): void => {
      parts.push(outsideBody ? {...part, outsideBody} : part)
    }
    if ((node.type === 'link' || node.type === 'image') && node.title) others.push([titlePart(node.title, node, source)])
    if (node.type === 'break' || isHtmlLineBreak(node)) add({text: ' ', offsets: [start]})
    else if (node.type === 'html') others.push(...htmlProseParts(node.value, source, start))
    else if (node.type === 'text') add(partOf(node.value, source, start))
    else if (node.type === 'inlineCode') {
      // `code` between its backticks.
      const end = node.position?.end.offset ?? start
      const at = source.indexOf(node.value, start)
      add(partOf(node.value, source, at !== -1 && at < end ? at : start))
      // The alt text after «![».
    } else if (node.type === 'image' && node.alt) parts.push({...partOf(node.alt, source, start + 2), outsideBody: true})
  }
}

export const markdownTextUnits = (source: string, tree: Root = parseMarkdown(source)): TextUnit[] => {
  const units: TextUnit[] = []
  const add = (parts: readonly Part[], body: boolean): void => {
    const unit = unitOf(parts, body)
    if (unit.text.trim()) units.push(unit)
  }
  // The front matter's title is the imported draft's title when no «#» heading is: the page shows
  // it, so its claims count; it is metadata, not body text.
  const title = frontMatterOf(source)?.title
  if (title) add([partOf(title.text, source, title.offset)], false)
  // A prose block's phrasing is collectPhrasing's to read. A footnote's text is not body text:
  // import leaves footnotes out, as it does tables.
  const walk = descendants(tree, true, (parent, body) => (PROSE_BLOCKS.has(parent.type) ? undefined : body && parent.type !== 'footnoteDefinition'))
  for (const [node, body] of walk) {
    if (PROSE_BLOCKS.has(node.type)) {
      const parts: Part[] = []
      const others: Part[][] = []
      collectPhrasing(node, source, parts, others)
      add(parts, body && node.type !== 'tableCell')
      for (const unit of others) add(unit, false)
    }
    // A block of raw HTML; inline HTML is read with its paragraph (collectPhrasing).
    if (node.type === 'html') for (const unit of htmlProseParts(node.value, source, node.position?.start.offset ?? 0)) add(unit, false)
    if (node.type === 'definition' && node.title) add([titlePart(node.title, node, source)], false)
  }
  return units
}
