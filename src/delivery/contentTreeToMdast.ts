// The article's sanitised content tree as mdast, for the Markdown export. The tree is made of a
// small closed set of elements (what src/render's body blocks and citation list emit); for those,
// this builds the very mdast hast-util-to-mdast builds, without its deep clone and its generic
// whitespace and element tests, which made it the build's largest cost. A tree holding anything
// else goes to hast-util-to-mdast unchanged.
import type {Element, ElementContent, Text} from 'hast'
import {toMdast} from 'hast-util-to-mdast'
import type {List, ListItem, Nodes, PhrasingContent, Root, RootContent} from 'mdast'
import {collapsedTexts} from './collapsedWhitespace.ts'

type Converted = RootContent[]
type Convert = (element: Element, state: State) => Converted

interface State {
  texts: Map<Text, string>
  all: (nodes: readonly ElementContent[]) => Converted
}

// mdast-util-phrasing's list, minus the extension node types this converter never makes.
const PHRASING_TYPES = new Set(['break', 'delete', 'emphasis', 'footnote', 'footnoteReference', 'image', 'imageReference', 'inlineCode', 'link', 'linkReference', 'strong', 'text'])
const isPhrasing = (node: Nodes): node is PhrasingContent => PHRASING_TYPES.has(node.type)

const dropSurroundingBreaks = <T extends Nodes>(nodes: T[]): T[] => {
  let start = 0
  let end = nodes.length
  while (start < end && nodes[start]!.type === 'break') start++
  while (end > start && nodes[end - 1]!.type === 'break') end--
  return start === 0 && end === nodes.length ? nodes : nodes.slice(start, end)
}

const isWhitespaceText = (node: Nodes): boolean => node.type === 'text' && /^[\t\n\f\r ]*$/.test(node.value)

/** Runs of phrasing become paragraphs (hast-util-to-mdast's `wrap`; links here hold only phrasing). */
const wrap = (nodes: Converted): Converted => {
  const result: Converted = []
  let run: PhrasingContent[] = []
  const flush = () => {
    if (run.length > 0 && !run.every(isWhitespaceText)) result.push({type: 'paragraph', children: dropSurroundingBreaks(run)})
    run = []
  }
  for (const node of nodes) {
    if (isPhrasing(node)) run.push(node)
    else {
      flush()
      result.push(node)
    }
  }
  flush()
  return result
}

const wrapNeeded = (nodes: readonly Nodes[]): boolean =>
  nodes.some((node) => !isPhrasing(node) || ('children' in node && wrapNeeded(node.children)))

const emptyListItem = (): ListItem => ({type: 'listItem', spread: false, checked: null, children: []})

/** Stray nodes join the next list item (or the last one), as hast-util-to-mdast's `toSpecificContent` does. */
const listItems = (nodes: Converted): ListItem[] => {
  const items: ListItem[] = []
  let queue: Converted = []
  for (const node of nodes) {
    if (node.type === 'listItem') {
      if (queue.length > 0) node.children.unshift(...(queue as ListItem['children']))
      queue = []
      items.push(node)
    } else queue.push(node)
  }
  if (queue.length > 0) {
    if (items.length === 0) items.push(emptyListItem())
    items.at(-1)!.children.push(...(queue as ListItem['children']))
  }
  return items
}

const itemsSpread = (items: readonly ListItem[]): boolean => items.length > 1 && items.some((item) => item.spread)

const list = (items: ListItem[], ordered: boolean, start: number | null): List => ({type: 'list', ordered, start, spread: itemsSpread(items), children: items})

// hast-util-phrasing's phrasing elements among those converted here.
const PHRASING_ELEMENTS = new Set(['a', 'br', 'cite', 'em', 'small', 'span', 'strong', 'sup'])

// A list item is loose when it holds a paragraph or more than one block (hast-util-to-mdast's `spreadout`).
const spreadOut = (element: Element): boolean => {
  let seenFlow = false
  for (const child of element.children) {
    if (child.type !== 'element' || PHRASING_ELEMENTS.has(child.tagName)) continue
    if (child.tagName === 'p' || seenFlow || spreadOut(child)) return true
    seenFlow = true
  }
  return false
}

const listItem: Convert = (element, state) => [{type: 'listItem', spread: spreadOut(element), checked: null, children: wrap(state.all(element.children)) as ListItem['children']}]

const children: Convert = (element, state) => state.all(element.children)
const flow: Convert = (element, state) => wrap(state.all(element.children))
const heading: Convert = (element, state) => [
  {type: 'heading', depth: Number(element.tagName.charAt(1)) as 1 | 2 | 3 | 4 | 5, children: dropSurroundingBreaks(state.all(element.children) as PhrasingContent[])},
]

/** <dl>: each run of <dt>s and the <dd>s after them become one list item. */
const descriptionList: Convert = (element, state) => {
  // Text the whitespace collapsing removed is not there for hast-util-to-mdast either.
  const nodes = element.children.filter((child) => child.type !== 'text' || state.texts.get(child))
  const groups: {titles: ElementContent[]; definitions: ElementContent[]}[] = []
  let group: (typeof groups)[number] = {titles: [], definitions: []}
  nodes.forEach((child, index) => {
    if (child.type === 'element' && child.tagName === 'dt') {
      const previous = nodes[index - 1]
      if (previous?.type === 'element' && previous.tagName === 'dd') {
        groups.push(group)
        group = {titles: [], definitions: []}
      }
      group.titles.push(child)
    } else group.definitions.push(child)
  })
  groups.push(group)
  const handle = (nodes: ElementContent[]): Converted => {
    const items = listItems(state.all(nodes))
    if (items.length === 0) return []
    if (items.length === 1) return items[0]!.children
    return [list(items, false, null)]
  }
  const items = groups.flatMap(({titles, definitions}): ListItem[] => {
    const content = [...handle(titles), ...handle(definitions)]
    return content.length === 0 ? [] : [{type: 'listItem', spread: content.length > 1, checked: null, children: content as ListItem['children']}]
  })
  return items.length === 0 ? [] : [list(items, false, null)]
}

const orderedStart = (element: Element): number => {
  const start = Number.parseInt(String(element.properties.start), 10)
  return Number.isNaN(start) ? 1 : start
}

interface ElementRule {
  /** Starts and ends a line, for whitespace collapsing (hast-util-minify-whitespace's block list). */
  block: boolean
  convert: Convert
}

// Every element the renderer puts in an article's content, and how hast-util-to-mdast converts it.
const ELEMENTS = new Map<string, ElementRule>(Object.entries({
  a: {block: false, convert: (element, state) => [{type: 'link', url: String(element.properties.href || ''), title: null, children: state.all(element.children) as PhrasingContent[]}]},
  aside: {block: true, convert: flow},
  blockquote: {block: true, convert: (element, state) => [{type: 'blockquote', children: wrap(state.all(element.children)) as never}]},
  br: {block: true, convert: () => [{type: 'break'}]},
  cite: {block: false, convert: children},
  dd: {block: true, convert: listItem},
  dl: {block: true, convert: descriptionList},
  dt: {block: true, convert: listItem},
  em: {block: false, convert: (element, state) => [{type: 'emphasis', children: state.all(element.children) as PhrasingContent[]}]},
  h2: {block: true, convert: heading},
  h3: {block: true, convert: heading},
  h4: {block: true, convert: heading},
  h5: {block: true, convert: heading},
  li: {block: true, convert: listItem},
  ol: {block: true, convert: (element, state) => [list(listItems(state.all(element.children)), true, orderedStart(element))]},
  p: {
    block: true,
    convert: (element, state) => {
      const content = dropSurroundingBreaks(state.all(element.children) as PhrasingContent[])
      return content.length === 0 ? [] : [{type: 'paragraph', children: content}]
    },
  },
  section: {block: true, convert: flow},
  small: {block: false, convert: children},
  span: {block: false, convert: children},
  strong: {block: false, convert: (element, state) => [{type: 'strong', children: state.all(element.children) as PhrasingContent[]}]},
  sup: {block: false, convert: children},
  ul: {block: true, convert: (element, state) => [list(listItems(state.all(element.children)), false, null)]},
} satisfies Record<string, ElementRule>))

// Only text and known elements, none with a `data-mdast` attribute, and inline elements holding only
// inline content (so a link never needs splitting around a block: that is left to the library).
const isConvertible = (nodes: readonly ElementContent[], inline: boolean): boolean => {
  for (const node of nodes) {
    if (node.type === 'text') continue
    if (node.type !== 'element') return false
    const rule = ELEMENTS.get(node.tagName)
    if (!rule || (inline && rule.block && node.tagName !== 'br') || node.properties.dataMdast !== undefined) return false
    if (!isConvertible(node.children, inline || !rule.block)) return false
  }
  return true
}

// hast-util-to-mdast's last pass: adjacent text nodes merge, and text at the edges of headings,
// paragraphs and the root loses its outer spaces; text left empty goes. Collapsed text holds no
// tabs or line endings, so spaces are all there is to trim.
const mergeTexts = (parent: Nodes): void => {
  if (!('children' in parent)) return
  const nodes = parent.children as Nodes[]
  const trims = parent.type === 'heading' || parent.type === 'paragraph' || parent.type === 'root'
  let index = 0
  while (index < nodes.length) {
    const node = nodes[index]!
    if (node.type !== 'text') {
      mergeTexts(node)
      index++
      continue
    }
    const previous = nodes[index - 1]
    if (previous?.type === 'text') {
      previous.value += node.value
      nodes.splice(index, 1)
      index--
      continue
    }
    if (trims) {
      if (index === 0 && node.value.startsWith(' ')) node.value = node.value.replace(/^ +/, '')
      if (index === nodes.length - 1 && node.value.endsWith(' ')) node.value = node.value.replace(/ +$/, '')
    }
    if (node.value) index++
    else nodes.splice(index, 1)
  }
}

/** The same mdast as `toMdast({type: 'root', children: contentTree})`, built faster for the renderer's elements. */
export const contentTreeToMdast = (contentTree: readonly Element[]): Root => {
  if (!isConvertible(contentTree, false)) return toMdast({type: 'root', children: [...contentTree]}) as Root
  const state: State = {
    texts: collapsedTexts(contentTree, (tagName) => ELEMENTS.get(tagName)?.block ?? false),
    all: (nodes) => {
      const converted: Converted = []
      for (const node of nodes) {
        if (node.type === 'element') converted.push(...ELEMENTS.get(node.tagName)!.convert(node, state))
        else if (node.type === 'text') {
          const value = state.texts.get(node)
          if (value) converted.push({type: 'text', value})
        }
      }
      return converted
    },
  }
  const content = state.all(contentTree)
  const root: Root = {type: 'root', children: wrapNeeded(content) ? wrap(content) : content}
  mergeTexts(root)
  return root
}
