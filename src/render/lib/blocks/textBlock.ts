// Portable Text `block`s (paragraphs, h2/h3, quotes, nested lists) to hast. The toolkit builds the
// marks tree and nests the lists; this file only maps each node to an element.
import {buildMarksTree, spanToPlainText, type ToolkitNestedPortableTextSpan, type ToolkitPortableTextHtmlList, type ToolkitTextNode} from '@portabletext/toolkit'
import {h} from 'hastscript'
import type {Element, ElementContent} from 'hast'
import type {TextBlock} from '../../../content/portableText.ts'
import {lineBreaks} from '../lineBreaks.ts'
import {isExternalHref, safeLinkHref} from '../linkHref.ts'
import type {BodyContext} from './bodyContext.ts'
import {claimToHast} from './claimMark.ts'

type MarksNode = ReturnType<typeof buildMarksTree>[number]

const linkToHast = (href: string, label: string, children: ElementContent[], context: BodyContext): ElementContent[] => {
  const safe = safeLinkHref(href)
  if (!safe) return children
  const external = isExternalHref(safe, context.clinic)
  // A link to another site labelled with words, not its address: printed, the page writes the address after it (siteCss.ts).
  const sourceLink = external && label.trim() !== href.trim() && label.trim() !== safe
  return [h('a', {href: safe, rel: external ? ['noopener'] : undefined, className: sourceLink ? ['source-link'] : undefined}, children)]
}

const spanToHast = (span: ToolkitNestedPortableTextSpan, context: BodyContext): ElementContent[] => {
  const children = span.children.flatMap((child) => marksNodeToHast(child, context))
  const definition = span.markDef as {_type: string; href?: unknown; claim?: {_ref?: unknown}} | undefined
  switch (span.markType) {
    case 'strong':
      return [h('strong', children)]
    case 'em':
      return [h('em', children)]
    case 'link':
      return typeof definition?.href === 'string' ? linkToHast(definition.href, spanToPlainText(span), children, context) : children
    case 'claimRef':
      return typeof definition?.claim?._ref === 'string' ? claimToHast(definition.claim._ref, children, context) : children
    default:
      return children
  }
}

const marksNodeToHast = (node: MarksNode, context: BodyContext): ElementContent[] => {
  if (node._type === '@text') return lineBreaks((node as ToolkitTextNode).text)
  if (node._type === '@span') return spanToHast(node as ToolkitNestedPortableTextSpan, context)
  return []
}

const inlineContentToHast = (block: TextBlock, context: BodyContext): ElementContent[] =>
  buildMarksTree(block as Parameters<typeof buildMarksTree>[0]).flatMap((node) => marksNodeToHast(node, context))

export const textBlockToHast = (block: TextBlock, context: BodyContext): Element => {
  const content = inlineContentToHast(block, context)
  switch (block.style) {
    case 'h2':
      return h('h2', content)
    case 'h3':
      return h('h3', content)
    case 'blockquote':
      return h('blockquote', [h('p', content)])
    default:
      return h('p', content)
  }
}

export const listToHast = (list: ToolkitPortableTextHtmlList, context: BodyContext): Element =>
  h(
    list.listItem === 'number' ? 'ol' : 'ul',
    list.children.map((item) => {
      const nested = item.children.filter((child) => child._type === '@list') as unknown as ToolkitPortableTextHtmlList[]
      const spans = {...item, children: item.children.filter((child) => child._type !== '@list')}
      return h('li', [
        ...inlineContentToHast(spans as unknown as TextBlock, context),
        ...nested.map((child) => listToHast(child, context)),
      ])
    }),
  )
