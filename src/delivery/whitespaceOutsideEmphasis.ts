// Moves the whitespace at the edges of emphasis and strong nodes out of them, for the Markdown
// export. A `**` (or `_`) next to whitespace inside it cannot open or close emphasis in CommonMark,
// so mdast-util-to-markdown writes that space and the letter after it as character references
// («**فكرة:&#x20;**&#x628;عض»); outside, the same words need none («**فكرة:** بعض»).
import type {Nodes, Parent, PhrasingContent, Text} from 'mdast'

// Unicode whitespace, what CommonMark's flanking rules test (a no-break space included).
const LEADING = /^\s+/
const TRAILING = /\s+$/

const isAttention = (node: Nodes): node is Extract<PhrasingContent, {type: 'emphasis' | 'strong'}> => node.type === 'emphasis' || node.type === 'strong'

/** Cuts the whitespace `pattern` finds off the node's first (or last) text child, dropping the text if nothing is left. */
const cutEdge = (node: Parent, end: 'first' | 'last', pattern: RegExp): string => {
  const index = end === 'first' ? 0 : node.children.length - 1
  const edge = node.children[index]
  if (edge?.type !== 'text') return ''
  const cut = pattern.exec(edge.value)?.[0] ?? ''
  if (!cut) return ''
  const rest = end === 'first' ? edge.value.slice(cut.length) : edge.value.slice(0, -cut.length)
  if (rest) node.children[index] = {...edge, value: rest}
  else node.children.splice(index, 1)
  return cut
}

const pushText = (nodes: Nodes[], value: string): void => {
  const previous = nodes.at(-1)
  if (previous?.type === 'text') nodes[nodes.length - 1] = {...previous, value: previous.value + value}
  else nodes.push({type: 'text', value} satisfies Text)
}

/**
 * Changes the tree in place (the caller's own, fresh from contentTreeToMdast): inner nodes first,
 * so whitespace leaves nested emphasis and strong alike; an emphasis left empty goes.
 */
export const whitespaceOutsideEmphasis = (node: Nodes): void => {
  if (!('children' in node)) return
  for (const child of node.children) whitespaceOutsideEmphasis(child)
  if (!node.children.some(isAttention)) return
  // A paragraph or heading starts and ends without spaces (as hast-util-to-mdast leaves them), so
  // whitespace moved out at its very start or end is dropped.
  const line = node.type === 'paragraph' || node.type === 'heading'
  const children = node.children as Nodes[]
  const nodes: Nodes[] = []
  children.forEach((child, index) => {
    if (!isAttention(child)) {
      if (child.type === 'text') pushText(nodes, child.value)
      else nodes.push(child)
      return
    }
    const before = cutEdge(child, 'first', LEADING)
    const after = cutEdge(child, 'last', TRAILING)
    if (before && !(line && index === 0)) pushText(nodes, before)
    if (child.children.length > 0) nodes.push(child)
    if (after && !(line && index === children.length - 1)) pushText(nodes, after)
  })
  node.children = nodes as typeof node.children
}
