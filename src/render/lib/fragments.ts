// List items rendered once, through the same sanitizer and serializer as a whole page, and reused
// across pages and builds. The home page lists every published article (thousands on a large
// site) and a procedure page every article about it; after one edit all items but one are the
// same. A page holds a placeholder token where its items go: plain text, which the sanitizer and
// the serializer pass through unchanged, replaced by the items' HTML once the page is serialized.
// The token carries a per-process random part, so no content can spell it.
import {randomUUID} from 'node:crypto'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import type {ElementContent, Text} from 'hast'
import {sanitizeSiteContent} from './siteSchema.ts'

/** The serializer every page uses (layout.ts), so an item reads the same in a page as alone. */
export const pageStringifier = unified().use(rehypeStringify, {characterReferences: {useNamedReferences: true}}).freeze()

const NONCE = randomUUID().replaceAll('-', '')
let slots = 0

/** Items' HTML for the placeholders of one page, by token. */
export type PageFragments = Map<string, string>

const cache = new WeakMap<object, Map<string, string>>()

/**
 * The sanitized HTML of `render()`, cached per `owner` (a document, never changed after parsing)
 * and `key` (what else the HTML depends on, e.g. the locale and the kind of item).
 */
export const fragmentHtml = (owner: object, key: string, render: () => ElementContent[]): string => {
  let byKey = cache.get(owner)
  if (!byKey) cache.set(owner, (byKey = new Map()))
  let html = byKey.get(key)
  if (html === undefined) {
    html = pageStringifier.stringify({type: 'root', children: sanitizeSiteContent(render())})
    byKey.set(key, html)
  }
  return html
}

/** A text node that `renderDocument` replaces with `html`; put it where the items belong. */
export const fragmentSlot = (fragments: PageFragments, html: string): Text => {
  const token = `sanadslot${++slots}x${NONCE}`
  fragments.set(token, html)
  return {type: 'text', value: token}
}

/** The page with every placeholder replaced by its HTML. */
export const fillFragments = (page: string, fragments: PageFragments | undefined): string => {
  if (!fragments || fragments.size === 0) return page
  let filled = page
  // A function, so `$` in content is never read as a replacement pattern.
  for (const [token, html] of fragments) filled = filled.replace(token, () => html)
  return filled
}
