// The prose of raw HTML in a legacy Markdown article, as the claim rules read it: the text the page
// shows (tags, comments, scripts and styles left out; one unit per block element, so the words of
// two list items do not run into one sentence) and the alt and title attributes a screen reader or
// a tooltip shows, each its own unit. parse5 is the HTML parser browsers follow (WHATWG), with
// source offsets, so a finding points at its line and column in the file.
import {parseFragment, type DefaultTreeAdapterTypes} from 'parse5'
import {partOf, type Part} from './sourceParts.ts'

/** Elements whose content the page does not show as prose. */
const NOT_SHOWN = new Set(['script', 'style', 'template', 'noscript', 'code', 'pre', 'textarea'])

/** Elements that start a block of their own: their text is not read on into the text around them. */
const BLOCKS = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'caption', 'dd', 'details', 'dialog', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol',
  'p', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
])

/** Attributes whose text a reader is shown or read: an image's alt, a tooltip. */
const PROSE_ATTRIBUTES = ['alt', 'title']

type Node = DefaultTreeAdapterTypes.ChildNode

/** On the stack of the walk: the block element opened above ends here. */
const END_OF_BLOCK = Symbol('end of block')

/**
 * The prose parts of the HTML `html`, which starts at `start` in `source`: runs of text (each
 * list of parts one unit) and, each alone, the alt and title attributes.
 */
export const htmlProseParts = (html: string, source: string, start: number): Part[][] => {
  const units: Part[][] = []
  let run: Part[] = []
  const endRun = (): void => {
    if (run.length > 0) units.push(run)
    run = []
  }
  // Depth-first with a stack of its own, not recursion: 6,000 nested tags are as readable as one.
  const stack: Array<Node | typeof END_OF_BLOCK> = [...parseFragment(html, {sourceCodeLocationInfo: true}).childNodes].reverse()
  while (stack.length > 0) {
    const node = stack.pop()!
    if (node === END_OF_BLOCK) {
      endRun()
      continue
    }
    const location = node.sourceCodeLocation
    const at = start + (location?.startOffset ?? 0)
    if (node.nodeName === '#text') {
      run.push(partOf((node as DefaultTreeAdapterTypes.TextNode).value, source, at))
      continue
    }
    if (!('tagName' in node)) continue
    const attributeLocations = (location as DefaultTreeAdapterTypes.Element['sourceCodeLocation'])?.attrs
    for (const attribute of node.attrs) {
      if (!PROSE_ATTRIBUTES.includes(attribute.name) || !attribute.value.trim()) continue
      const written = attributeLocations?.[attribute.name]
      const from = written ? start + written.startOffset : at
      const valueAt = written ? source.indexOf(attribute.value, from) : -1
      units.push([partOf(attribute.value, source, valueAt !== -1 && valueAt < start + written!.endOffset ? valueAt : from)])
    }
    if (NOT_SHOWN.has(node.tagName)) continue
    if (BLOCKS.has(node.tagName)) {
      endRun()
      stack.push(END_OF_BLOCK)
    }
    for (let index = node.childNodes.length - 1; index >= 0; index--) stack.push(node.childNodes[index]!)
  }
  endRun()
  return units
}
