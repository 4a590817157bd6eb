// The prose of a legacy article as units the claim rules read one at a time, each with a map from
// its own offsets back to the source file: a plain-text file is one unit (its line breaks end
// sentences), a Markdown file gives one unit per paragraph, heading or table cell, with emphasis
// and link syntax left out, so "نتائج **مضمونة**" reads as one sentence and is still reported at
// the right line and column. Inline code and an image's alt text are read as the page shows them
// (the reader sees the one, a screen reader reads the other); code blocks and HTML are skipped.
import type {Nodes, Root} from 'mdast'
import remarkParse from 'remark-parse'
import {unified} from 'unified'

export interface TextUnit {
  text: string
  /** `sourceOffset[i]` is the offset in the file of `text[i]`. */
  sourceOffset: Int32Array
}

export const plainTextUnits = (source: string): TextUnit[] => [{text: source, sourceOffset: Int32Array.from({length: source.length}, (_, index) => index)}]

export const parseMarkdown = (source: string): Root => unified().use(remarkParse).parse(source)

const PROSE_BLOCKS = new Set(['paragraph', 'heading', 'tableCell'])

type Part = {text: string; offsets: number[]}

/**
 * `value` as a part, each character at its offset in the file when the source holds it as written
 * at `at`; else (escapes, entities) every character at `fallback`, the node's start.
 */
const partOf = (value: string, source: string, at: number, fallback: number): Part => {
  const exact = source.startsWith(value, at)
  return {
    text: value.replace(/\r?\n/g, (lineBreak) => ' '.repeat(lineBreak.length)),
    offsets: Array.from({length: value.length}, (_, index) => (exact ? at + index : fallback)),
  }
}

const collectPhrasing = (node: Nodes, source: string, parts: Part[]): void => {
  const start = node.position?.start.offset ?? 0
  if (node.type === 'text') {
    parts.push(partOf(node.value, source, start, start))
    return
  }
  // `code` between its backticks; the alt text after «![».
  if (node.type === 'inlineCode') {
    const end = node.position?.end.offset ?? start
    const at = source.indexOf(node.value, start)
    parts.push(partOf(node.value, source, at !== -1 && at < end ? at : start, start))
    return
  }
  if (node.type === 'image') {
    if (node.alt) parts.push(partOf(node.alt, source, start + 2, start))
    return
  }
  if (node.type === 'break') {
    parts.push({text: ' ', offsets: [node.position?.start.offset ?? 0]})
    return
  }
  if ('children' in node) for (const child of node.children) collectPhrasing(child as Nodes, source, parts)
}

export const markdownTextUnits = (source: string, tree: Root = parseMarkdown(source)): TextUnit[] => {
  const units: TextUnit[] = []
  const visit = (node: Nodes): void => {
    if (PROSE_BLOCKS.has(node.type)) {
      const parts: Part[] = []
      collectPhrasing(node, source, parts)
      const text = parts.map((part) => part.text).join('')
      if (text.trim()) units.push({text, sourceOffset: Int32Array.from(parts.flatMap((part) => part.offsets))})
      return
    }
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
  return units
}
