// The feeds carry each entry's whole content HTML: twenty articles, about half a megabyte per feed. The
// Atom and JSON feeds are serialised with a placeholder where each entry's content goes, and the
// content is spliced in as bytes encoded once. After a save every entry but the saved article's has
// the same content as in the last feeds, and serialising and encoding the megabytes again was most
// of the feeds' cost (~25 ms per edit for three clinics at 4,000 articles).
import {randomUUID} from 'node:crypto'
import {spliceBytes} from '../publish/spliceBytes.ts'

// Per process: content cannot spell a placeholder it cannot know.
const NONCE = randomUUID()

/**
 * What a feed is serialised with in place of one entry's content, numbered `n`. The closing dash
 * keeps one placeholder from being the start of another (`…-1-` is not the start of `…-10-`).
 */
export const contentPlaceholder = (n: number): string => `sanad-feed-content-${NONCE}-${n}-`

export interface EntryContent {
  /** contentPlaceholder(n) for this entry, as the feed was serialised with it. */
  placeholder: string
  html: string
}

export interface FeedContentFormat {
  /** How the placeholder reads in the serialised feed (a JSON string keeps its quotes). */
  written: (placeholder: string) => string
  /** How content reads there, in the same place. */
  encode: (html: string) => string
}

// Per feed (clinic and format) in a running process: the encoded content of the last feed's entries,
// by content. Only the last feed's entries are kept.
const lastEncoded = new Map<string, Map<string, Uint8Array>>()

/**
 * `text`, a feed serialised with each entry's placeholder for its content, as UTF-8 bytes with the
 * content in place. `feed` names the feed from build to build; without it nothing is kept.
 */
export const withFeedContent = (text: string, contents: readonly EntryContent[], format: FeedContentFormat, feed?: string): Uint8Array => {
  const last = feed === undefined ? undefined : lastEncoded.get(feed)
  const encoded = new Map<string, Uint8Array>()
  const slots = contents.map(({placeholder, html}) => {
    let bytes = encoded.get(html) ?? last?.get(html)
    if (!bytes) bytes = Buffer.from(format.encode(html))
    encoded.set(html, bytes)
    return {token: format.written(placeholder), parts: [bytes]}
  })
  // spliceBytes leaves out a token it does not find; here that would be an entry without content.
  const lost = slots.find((slot) => !text.includes(slot.token))
  if (lost) throw new Error(`withFeedContent: the serialised feed lacks the placeholder ${lost.token}; has the feed package's output format changed?`)
  if (feed !== undefined) lastEncoded.set(feed, encoded)
  return spliceBytes(text, slots)
}
