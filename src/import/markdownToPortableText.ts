// Legacy Markdown (as mdast from remark-parse and remark-gfm, or a plain-text article's lines from
// plainTextTree) to an article body in Portable Text: headings become h2/h3 blocks, paragraphs
// normal blocks, list items list blocks with their level, block quotes blockquote blocks; emphasis
// and strong become decorators, links (inline or by reference) `link` annotations; a section headed
// "أسئلة شائعة" / "FAQ" becomes one `faq` block. What has no place in an article body (code, raw
// HTML, images, tables, footnotes, struck-through words) is left out and listed, so the importer can
// say so. Pure.
import type {Heading, Link, LinkReference, List, ListItem, Nodes, PhrasingContent, Root, RootContent} from 'mdast'
import {toString} from 'mdast-util-to-string'
import {normalizeWord} from '../arabic/normalize.ts'
import type {BodyBlock, FaqBlock, MarkDef, Span, TextBlock} from '../content/portableText.ts'
import {isHtmlLineBreak} from '../lint/textUnits.ts'

export interface ConvertedBody {
  /** The text of a leading `#` heading: it becomes the title, not a block. */
  title?: string
  body: BodyBlock[]
  /** English notes on what was left out, e.g. `code block at line 12`. */
  skipped: string[]
}

/** Words that name a FAQ section, folded for matching. */
const FAQ_HEADINGS = ['اسئله شائعه', 'الاسئله الشائعه', 'اسئله متكرره', 'الاسئله المتكرره', 'faq'].map(normalizeWord)

export const isFaqHeading = (text: string): boolean => {
  const folded = normalizeWord(text)
  return FAQ_HEADINGS.some((name) => folded.includes(name))
}

/** A question and its answer on one line: "هل الإجراء مؤلم؟ وخزات خفيفة…". */
const splitQuestion = (text: string): {question: string; answer: string} | undefined => {
  const mark = text.search(/[؟?]/)
  if (mark === -1) return undefined
  return {question: text.slice(0, mark + 1).trim(), answer: text.slice(mark + 1).trim()}
}

/** A paragraph wrapped over lines in the file is one line on the page: Markdown reads a soft line break as a space. */
const softBreaksAsSpaces = (text: string): string => text.replace(/\s*\n\s*/g, ' ')

/**
 * The text of `node` as the body keeps it: images (alt text included) and raw HTML are left out, and
 * a line break, Markdown's or «<br>», is `lineBreak`, so the words on either side stay apart.
 * `leftOut` hears of each image, piece of HTML and link it keeps no trace of.
 */
const keptText = (node: Nodes, lineBreak: string, leftOut?: (node: Nodes) => void): string => {
  if (node.type === 'text') return softBreaksAsSpaces(node.value)
  if (node.type === 'inlineCode') return node.value
  if (node.type === 'break' || isHtmlLineBreak(node)) return lineBreak
  if (node.type === 'image' || node.type === 'imageReference' || node.type === 'html') {
    leftOut?.(node)
    return ''
  }
  if (node.type === 'link' || node.type === 'linkReference') leftOut?.(node)
  return 'children' in node ? node.children.map((child) => keptText(child as Nodes, lineBreak, leftOut)).join('') : ''
}

type Style = TextBlock['style']

/**
 * Where each label of a reference-style link points («[مراجعة][1]» with «[1]: https://…» below):
 * the first definition of a label wins, as in CommonMark.
 */
const linkDefinitions = (tree: Root): Map<string, string> => {
  const urls = new Map<string, string>()
  const visit = (node: Nodes): void => {
    if (node.type === 'definition' && !urls.has(node.identifier)) urls.set(node.identifier, node.url)
    if ('children' in node) for (const child of node.children) visit(child as Nodes)
  }
  visit(tree)
  return urls
}

class BodyWriter {
  readonly body: BodyBlock[] = []
  readonly skipped: string[] = []
  private nextKey = 0

  private readonly definitions: ReadonlyMap<string, string>

  constructor(definitions: ReadonlyMap<string, string>) {
    this.definitions = definitions
  }

  /** A link's address, written inline or defined for its label. */
  href(node: Link | LinkReference): string | undefined {
    return node.type === 'link' ? node.url : this.definitions.get(node.identifier)
  }

  /** Lists what plain text (a title, a question, an answer) keeps no trace of, as the body lists what it leaves out. */
  leftOut(node: Nodes, where: string): void {
    if (node.type === 'link' || node.type === 'linkReference') this.skip(node, `link to ${this.href(node)} in ${where} (its words are kept, not the link)`)
    else this.skip(node, node.type === 'html' ? 'inline HTML' : 'image')
  }

  /** A heading as plain text on one line (a title, a FAQ section's name), what it leaves out listed. */
  plainText(node: Heading, where: string): string {
    return keptText(node, ' ', (dropped) => this.leftOut(dropped, where)).trim()
  }

  key(prefix: string): string {
    return `${prefix}${(this.nextKey++).toString(36)}`
  }

  skip(node: Nodes, what: string): void {
    this.skipped.push(`${what} at line ${node.position?.start.line ?? '?'}`)
  }

  spans(nodes: readonly PhrasingContent[], marks: readonly string[], markDefs: MarkDef[], out: Span[]): void {
    for (const node of nodes) {
      switch (node.type) {
        case 'text':
          if (node.value) out.push({_type: 'span', _key: this.key('s'), text: softBreaksAsSpaces(node.value), marks: [...marks]})
          break
        case 'inlineCode':
          out.push({_type: 'span', _key: this.key('s'), text: node.value, marks: [...marks]})
          break
        case 'break':
          out.push({_type: 'span', _key: this.key('s'), text: '\n', marks: [...marks]})
          break
        case 'emphasis':
          this.spans(node.children, [...marks, 'em'], markDefs, out)
          break
        case 'strong':
          this.spans(node.children, [...marks, 'strong'], markDefs, out)
          break
        case 'delete':
          // The body has no strikethrough: the struck words would read as current (an old price, a withdrawn claim).
          this.skip(node, `strikethrough «${toString(node)}»`)
          break
        case 'footnoteReference':
          // Its footnote is listed as left out where it is defined.
          break
        case 'link':
        case 'linkReference': {
          const href = this.href(node)
          if (href === undefined) {
            this.spans(node.children, marks, markDefs, out)
            break
          }
          const key = this.key('l')
          markDefs.push({_type: 'link', _key: key, href})
          this.spans(node.children, [...marks, key], markDefs, out)
          break
        }
        case 'image':
        case 'imageReference':
          this.skip(node, 'image')
          break
        case 'html':
          if (isHtmlLineBreak(node)) out.push({_type: 'span', _key: this.key('s'), text: '\n', marks: [...marks]})
          else this.skip(node, 'inline HTML')
          break
        default: {
          // A node of a syntax extension the types do not list: its words are kept.
          const other = node as Nodes
          if ('children' in other) this.spans(other.children as PhrasingContent[], marks, markDefs, out)
          else if ('value' in other && typeof other.value === 'string') out.push({_type: 'span', _key: this.key('s'), text: other.value, marks: [...marks]})
        }
      }
    }
  }

  textBlock(children: readonly PhrasingContent[], style: Style, list?: {listItem: 'bullet' | 'number'; level: number}): void {
    const markDefs: MarkDef[] = []
    const spans: Span[] = []
    this.spans(children, [], markDefs, spans)
    // Trim the block's outer whitespace; a block of nothing but an image has no text and is dropped.
    const first = spans[0]
    const last = spans.at(-1)
    if (first) first.text = first.text.trimStart()
    if (last) last.text = last.text.trimEnd()
    const kept = spans.filter((span) => span.text !== '')
    if (kept.length === 0) return
    this.body.push({_type: 'block', _key: this.key('b'), style, ...(list ?? {}), children: kept, markDefs})
  }

  list(node: List, level: number): void {
    const listItem = node.ordered ? 'number' : 'bullet'
    // Portable Text numbers every list from 1: one numbered from elsewhere («1958. ابتكر…», «4. …»
    // resuming after a paragraph) keeps each number as text in a paragraph, so no number changes.
    const start = node.ordered && typeof node.start === 'number' && node.start !== 1 ? node.start : undefined
    node.children.forEach((item, index) => {
      for (const child of item.children) {
        if (child.type === 'paragraph' && start !== undefined && child === item.children[0]) {
          const [first, ...rest] = child.children
          const number = `${start + index}. `
          this.textBlock(first?.type === 'text' ? [{...first, value: number + first.value}, ...rest] : [{type: 'text', value: number}, ...child.children], 'normal')
        } else if (child.type === 'paragraph') this.textBlock(child.children, 'normal', start === undefined ? {listItem, level} : undefined)
        else if (child.type === 'list') this.list(child, level + 1)
        else this.block(child, 'normal')
      }
    })
  }

  block(node: RootContent, style: Style = 'normal'): void {
    switch (node.type) {
      case 'heading':
        this.textBlock(node.children, node.depth <= 2 ? 'h2' : 'h3')
        break
      case 'paragraph':
        this.textBlock(node.children, style)
        break
      case 'list':
        this.list(node, 1)
        break
      case 'blockquote':
        for (const child of node.children) this.block(child, 'blockquote')
        break
      case 'code':
        this.skip(node, 'code block')
        break
      case 'html':
        this.skip(node, 'HTML')
        break
      case 'table':
        this.skip(node, 'table')
        break
      case 'footnoteDefinition':
        // Often a citation: the body has no footnotes, so its words would be lost without a word.
        this.skip(node, `footnote [^${node.label ?? node.identifier}]`)
        break
      case 'thematicBreak':
      case 'definition':
      case 'yaml':
        break
      default:
        if ('children' in node) for (const child of node.children as RootContent[]) this.block(child, style)
    }
  }

  /**
   * A FAQ section's content: its questions with their answers, up to the first node that is not
   * wholly such (in a plain-text article the section has no end heading). That node and all after
   * it go to the body, once, so nothing the writer wrote is repeated or lost: a node is taken whole
   * or not at all (a list whose first items are questions with answers and whose next is not is no
   * part of the FAQ), and a question only with its answer (one with none, at the section's end or
   * followed by another question, ends the FAQ before it). A list item's further paragraphs and
   * nested items are further lines of its answer. Returns how many nodes it took; 0 (and writes
   * nothing) when it holds no question with an answer.
   */
  faq(heading: Heading, content: readonly RootContent[]): number {
    const items: FaqBlock['items'] = []
    let pending: string | undefined
    // Answers under a question heading may run over several paragraphs; inline "سؤال؟ جواب" may not.
    let answerContinues = false
    const take = (text: string): boolean => {
      const trimmed = text.trim()
      if (!trimmed) return true
      const split = pending === undefined ? splitQuestion(trimmed) : undefined
      if (split) {
        answerContinues = false
        if (split.answer) items.push({_key: this.key('q'), question: split.question, answer: split.answer})
        else pending = split.question
      } else if (pending !== undefined) {
        items.push({_key: this.key('q'), question: pending, answer: trimmed})
        pending = undefined
      } else if (answerContinues && items.length > 0) {
        const last = items.at(-1)!
        last.answer = `${last.answer}\n${trimmed}`
      } else return false
      return true
    }
    /** A line of the list item's answer: the answer itself when the item is a question alone. */
    const continueAnswer = (text: string): boolean => {
      const trimmed = text.trim()
      const last = items.at(-1)
      if (trimmed && pending !== undefined) {
        items.push({_key: this.key('q'), question: pending, answer: trimmed})
        pending = undefined
      } else if (trimmed) {
        if (!last) return false
        last.answer = `${last.answer}\n${trimmed}`
      }
      return true
    }
    // A question and its answer are plain text: what they cannot hold (an image, HTML, a link's
    // address) is listed as left out, as in the body, once its node is taken into the FAQ.
    const leftOut: Nodes[] = []
    const text = (node: Nodes): string => keptText(node, '\n', (dropped) => leftOut.push(dropped))
    const answerLines = (node: RootContent): boolean =>
      node.type === 'paragraph' ? continueAnswer(text(node)) : node.type === 'list' && node.children.every((item) => item.children.every(answerLines))
    const takeListItem = (item: ListItem): boolean => {
      const [first, ...rest] = item.children
      return first === undefined || (first.type === 'paragraph' && take(text(first)) && rest.every(answerLines))
    }
    const takeNode = (node: RootContent): boolean => {
      if (node.type === 'heading') {
        if (pending !== undefined) return false
        pending = text(node).trim() || undefined
        answerContinues = true
        return true
      }
      if (node.type === 'paragraph') {
        const continues = answerContinues && pending !== undefined
        const taken = take(text(node))
        if (continues) answerContinues = true
        return taken
      }
      if (node.type === 'list') return node.children.every(takeListItem)
      return false
    }
    // What the FAQ keeps: the nodes up to the last one that leaves no question waiting for its answer.
    let taken = 0
    let kept: FaqBlock['items'] = []
    const listed = this.skipped.length
    for (let index = 0; index < content.length && takeNode(content[index]!); index++) {
      if (pending !== undefined) continue
      taken = index + 1
      kept = items.map((item) => ({...item}))
      for (const node of leftOut) this.leftOut(node, 'the FAQ')
      leftOut.length = 0
    }
    if (kept.length === 0) {
      this.skipped.length = listed
      return 0
    }
    this.body.push({_type: 'faq', _key: this.key('f'), title: this.plainText(heading, 'the FAQ'), items: kept})
    return taken
  }
}

/** A paragraph's text as the body keeps it, on one line: what the title and the excerpt take. */
export const paragraphProse = (node: RootContent): string => (node.type === 'paragraph' ? keptText(node, ' ').trim() : '')

/** A paragraph of nothing but images (or HTML): it leaves no block, so it comes before nothing. */
export const isTextlessParagraph = (node: RootContent): boolean => node.type === 'paragraph' && paragraphProse(node) === ''

export const markdownToPortableText = (tree: Root): ConvertedBody => {
  const writer = new BodyWriter(linkDefinitions(tree))
  let nodes = tree.children.filter((node) => node.type !== 'yaml')
  let title: string | undefined
  let index = 0
  // The leading `#` heading is the title, also below a hero image.
  const first = nodes.find((node) => !isTextlessParagraph(node))
  if (first?.type === 'heading' && first.depth === 1) {
    title = writer.plainText(first, 'the title')
    nodes = nodes.filter((node) => node !== first)
  }
  while (index < nodes.length) {
    const node = nodes[index]!
    if (node.type === 'heading' && isFaqHeading(toString(node))) {
      let end = index + 1
      while (end < nodes.length && !(nodes[end]!.type === 'heading' && (nodes[end] as Heading).depth <= node.depth)) end++
      const taken = writer.faq(node, nodes.slice(index + 1, end))
      if (taken > 0) {
        index += 1 + taken
        continue
      }
    }
    writer.block(node)
    index++
  }
  return {...(title !== undefined ? {title} : {}), body: writer.body, skipped: writer.skipped}
}
