// The prose of a legacy article as units the claim rules read one at a time, each with a map from
// its own offsets back to the source file: a plain-text file is one unit (its line breaks end
// sentences), a Markdown file gives one unit per paragraph, heading or table cell, with emphasis
// and link syntax left out, so "نتائج **مضمونة**" reads as one sentence and is still reported at
// the right line and column. Code and HTML are not prose and are skipped.
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

const collectPhrasing = (node: Nodes, source: string, parts: Array<{text: string; offsets: number[]}>): void => {
  if (node.type === 'text') {
    const start = node.position?.start.offset ?? 0
    const end = node.position?.end.offset ?? start
    // A text node's value equals its source slice unless it held escapes or entities; then its
    // characters can only be placed at the node's start.
    const exact = source.slice(start, end) === node.value
    parts.push({
      text: node.value.replace(/\r?\n/g, (lineBreak) => ' '.repeat(lineBreak.length)),
      offsets: Array.from({length: node.value.length}, (_, index) => (exact ? start + index : start)),
    })
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
      const parts: Array<{text: string; offsets: number[]}> = []
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
