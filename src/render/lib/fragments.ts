// List items rendered once, through the same sanitizer and serializer as a whole page, and reused
// across pages and builds. The home page lists every published article (thousands on a large
// site) and a procedure page every article about it; after one edit all items but one are the
// same. A page holds a placeholder token where its items go: plain text, which the sanitizer and
// the serializer pass through unchanged, replaced by the items' HTML once the page is serialized.
// The token carries a per-process random part, so no content can spell it, and is written in
// private-use characters, neither letters nor digits, so the page's own passes over its text (Latin
// runs, local digits) leave it as it is.
import {randomUUID} from 'node:crypto'
import rehypeStringify from 'rehype-stringify'
import {unified} from 'unified'
import type {Element, Text} from 'hast'
import {latinRunsInTree} from './latinRunsInTree.ts'
import {sanitizeSiteContent} from './siteSchema.ts'
import {joinedRuns, spliceBytes} from '../../publish/spliceBytes.ts'
import {listVersions} from '../../memo/listVersions.ts'

/** The serializer every page uses (layout.ts), so an item reads the same in a page as alone. */
export const pageStringifier = unified().use(rehypeStringify, {characterReferences: {useNamedReferences: true}}).freeze()

// Hexadecimal digits as the private-use characters U+E000–U+E00F.
const privateUse = (hex: string): string => [...hex].map((digit) => String.fromCharCode(0xe000 + Number.parseInt(digit, 16))).join('')
const NONCE = privateUse(randomUUID().replaceAll('-', ''))
let slots = 0

/** Items' encoded HTML for the placeholders of one page, by token. */
export type PageFragments = Map<string, readonly Uint8Array[]>

const cache = new WeakMap<object, Map<string, Uint8Array>>()

/**
 * The sanitized HTML of `render()`, its Latin words marked as a page marks them (layout.ts), UTF-8
 * encoded, cached per `owner` (a document, never changed after parsing) and `key` (what else the
 * HTML depends on, e.g. the locale and the kind of item).
 * Kept as bytes: a page of thousands of items is then joined by copying bytes, where joining the
 * items' text and encoding the megabytes of Arabic again cost more than the rest of an edit.
 */
export const fragmentBytes = (owner: object, key: string, render: () => Element[]): Uint8Array => {
  let byKey = cache.get(owner)
  if (!byKey) cache.set(owner, (byKey = new Map()))
  let bytes = byKey.get(key)
  if (bytes === undefined) {
    bytes = Buffer.from(pageStringifier.stringify({type: 'root', children: sanitizeSiteContent(latinRunsInTree(render()))}))
    byKey.set(key, bytes)
  }
  return bytes
}

// Each list of items from build to build (listVersions.ts): mostly the same owners at the same places.
const itemLists = listVersions<object, Uint8Array>()

/**
 * `owners.map((owner) => fragmentBytes(owner, key, () => render(owner)))`, the same bytes. `slot`
 * names the list from build to build (it defaults to the key; lists that share a key, such as every
 * procedure page's links, each need their own).
 */
export const fragmentBytesEach = <Owner extends object>(
  owners: readonly Owner[],
  key: string,
  render: (owner: Owner) => Element[],
  slot = key,
): Uint8Array[] => itemLists(slot, owners, (owner) => fragmentBytes(owner, key, () => render(owner as Owner)), {context: [key]})

const NOTHING = new Uint8Array()

/**
 * A text node that `renderDocument` replaces with `items`, in order; put it where the items belong.
 * `list` names the list from build to build so that runs of unchanged items are joined once (joinedRuns).
 */
export const fragmentSlot = (fragments: PageFragments, items: readonly Uint8Array[], list?: string): Text => {
  const token = `\ue010${privateUse((++slots).toString(16))}\ue011${NONCE}`
  fragments.set(token, joinedRuns(items, NOTHING, list))
  return {type: 'text', value: token}
}

/** The page's bytes with every placeholder replaced by its items. */
export const spliceFragments = (page: string, fragments: PageFragments): Uint8Array =>
  spliceBytes(page, [...fragments].map(([token, parts]) => ({token, parts})))
