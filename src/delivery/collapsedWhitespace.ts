// The text each hast text node keeps once HTML whitespace is collapsed, by the same rules as
// hast-util-minify-whitespace (which hast-util-to-mdast runs on a deep clone of the tree), but read
// off the tree without cloning or changing it and with the block test the caller already knows.
import type {ElementContent, Text} from 'hast'

/** Whether an element starts and ends a line (minify-whitespace's "blocklike": p, li, br, …). */
export type IsBlock = (tagName: string) => boolean

const COLLAPSIBLE = /[\t\n\v\f\r ]+/g
const OTHER_WHITESPACE = /[\t\n\v\f\r]/
// Most text has only single spaces, which collapsing leaves as they are: skip the replace then.
const needsCollapsing = (value: string): boolean => value.includes('  ') || OTHER_WHITESPACE.test(value)
// hast-util-whitespace's "inter-element whitespace": no \v, unlike the collapsing above.
const INTER_ELEMENT_WHITESPACE = /^[\t\n\f\r ]*$/

// Whether whitespace at the end of what comes before `nodes[index + 1]` may go: true at a block
// boundary, false at visible text, undefined if the siblings say nothing (whitespace, empty inline).
const collapsibleAfter = (nodes: readonly ElementContent[], index: number, isBlock: IsBlock): boolean | undefined => {
  for (let next = index + 1; next < nodes.length; next++) {
    const node = nodes[next]!
    let result: boolean | undefined
    if (node.type === 'element') result = isBlock(node.tagName) ? true : collapsibleAfter(node.children, -1, isBlock)
    else if (node.type === 'text') result = INTER_ELEMENT_WHITESPACE.test(node.value) ? undefined : false
    if (result !== undefined) return result
  }
  return undefined
}

// Walks `nodes` in document order; `before` says whether a leading space may go (line start or a
// space already kept). Returns the same for whatever follows `nodes`.
const collapseAll = (nodes: readonly ElementContent[], before: boolean, after: boolean, isBlock: IsBlock, kept: Map<Text, string>): boolean => {
  for (let index = 0; index < nodes.length; index++) {
    const node = nodes[index]!
    const nodeAfter = collapsibleAfter(nodes, index, isBlock) ?? after
    if (node.type === 'element') {
      before = isBlock(node.tagName) ? collapseAll(node.children, true, true, isBlock, kept) : collapseAll(node.children, before, nodeAfter, isBlock, kept)
    } else if (node.type === 'text') {
      const value = needsCollapsing(node.value) ? node.value.replace(COLLAPSIBLE, ' ') : node.value
      let start = 0
      let end = value.length
      let stripAtStart = false
      if (before && value.charAt(0) === ' ') start++
      if (start !== end && value.charAt(end - 1) === ' ') {
        if (nodeAfter) end--
        else stripAtStart = true
      }
      kept.set(node, value.slice(start, end))
      if (start !== end) before = stripAtStart
    }
  }
  return before || after
}

/**
 * Every text node of `content` (children of a root) with its collapsed value; '' for the nodes the
 * minifier would remove. Comments and other node types must have been ruled out by the caller.
 */
export const collapsedTexts = (content: readonly ElementContent[], isBlock: IsBlock): Map<Text, string> => {
  const kept = new Map<Text, string>()
  collapseAll(content, true, true, isBlock, kept)
  return kept
}
