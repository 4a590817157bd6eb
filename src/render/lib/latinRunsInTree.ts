// Latin words in Arabic prose («حقن PRP», «Minoxidil 5% solution», «Botox®») marked English, so a
// screen reader does not spell them out with the page's Arabic voice: each run of them becomes
// <span lang="en" dir="ltr">, which also isolates it, so a run reads left to right whole.
import type {Element, ElementContent, Text} from 'hast'
import {h} from 'hastscript'
import {latinRuns} from '../../locale/latinRuns.ts'
import {isOutsideArabicProse} from './localDigitsInTree.ts'

const textWithLatinRuns = (node: Text): ElementContent[] => {
  const pieces = latinRuns(node.value)
  if (!pieces.some((piece) => piece.latin)) return [node]
  return pieces.map((piece): ElementContent => (piece.latin ? h('span', {lang: 'en', dir: 'ltr'}, piece.text) : {type: 'text', value: piece.text}))
}

// Trees whose Latin runs are already marked: an article's content is marked once for its page and
// its delivery files (articleContentParts.ts), then sits inside the page the layout marks whole; the
// layout's walk steps over it instead of walking every text node of the article again. The renderer
// never changes a tree once made (hast nodes are copied, not mutated), so what was marked stays so.
const marked = new WeakSet<Element>()

const withLatinRuns = (element: Element): Element => {
  if (marked.has(element) || isOutsideArabicProse(element)) return element
  // Whole pages are walked (layout.ts) and most of a page holds no Latin word: a new children array
  // is made only from the first child that changed, so an unchanged subtree is not copied.
  let children: ElementContent[] | undefined
  for (let index = 0; index < element.children.length; index++) {
    const child = element.children[index]!
    const marked = child.type === 'text' ? textWithLatinRuns(child) : [child.type === 'element' ? withLatinRuns(child) : child]
    if (!children && (marked.length !== 1 || marked[0] !== child)) children = element.children.slice(0, index)
    children?.push(...marked)
  }
  return children ? {...element, children} : element
}

/** `elements` with each run of Latin words in their Arabic text wrapped in <span lang="en" dir="ltr">. Never mutates. */
export const latinRunsInTree = (elements: readonly Element[]): Element[] => latinRunsMarked(elements.map(withLatinRuns))

/**
 * Records `elements` as marked, for a tree made from marked trees by a pass that leaves no Latin
 * run unmarked (localDigitsInTree changes digits only, outside the runs' spans): the page's walk then
 * steps over it too.
 */
export const latinRunsMarked = <Node extends Element>(elements: Node[]): Node[] => {
  for (const element of elements) marked.add(element)
  return elements
}
