// A release manifest as JSON bytes, assembled from entries serialised once. A site of thousands of
// pages has a manifest of a megabyte or more, and every build writes one; after one edit nearly
// every entry reads as before, and serialising the whole object again was the largest cost left
// in writing a release. Byte for byte `JSON.stringify(manifest)` (test/publish/manifestJson.test.ts).
import {sameItems} from '../memo/sameItems.ts'
import type {ReleaseManifest} from './manifest.ts'

interface Serialised<Value> {
  value: Value
  bytes: Uint8Array
}

type ArticleEntry = ReleaseManifest['articles'][string]

interface ClinicEntries {
  files: Map<string, Serialised<string>>
  articles: Map<string, Serialised<ArticleEntry>>
}

// Per clinic, the entries of the manifest written last; each write keeps only its own entries.
const lastWritten = new Map<string, ClinicEntries>()

const COMMA = Buffer.from(',')
const CLOSE = Buffer.from('}')
const FILES_SLOT = '\u0000sanad:files\u0000'
const ARTICLES_SLOT = '\u0000sanad:articles\u0000'

const entry = (key: string, value: unknown): Uint8Array => Buffer.from(`${JSON.stringify(key)}:${JSON.stringify(value)}`)

const objectBytes = <Value>(
  record: Record<string, Value>,
  before: Map<string, Serialised<Value>> | undefined,
  same: (a: Value, b: Value) => boolean,
): {parts: Uint8Array[]; entries: Map<string, Serialised<Value>>} => {
  const parts: Uint8Array[] = []
  const entries = new Map<string, Serialised<Value>>()
  // Object.entries lists keys in the order JSON.stringify writes them (integer-like keys first).
  for (const [key, value] of Object.entries(record)) {
    const last = before?.get(key)
    const serialised = last && same(last.value, value) ? last : {value, bytes: entry(key, value)}
    entries.set(key, serialised)
    if (parts.length > 0) parts.push(COMMA)
    parts.push(serialised.bytes)
  }
  return {parts, entries}
}

const sameArticle = (a: ArticleEntry, b: ArticleEntry): boolean => a.inputHash === b.inputHash && (a.paths === b.paths || sameItems(a.paths, b.paths))

export const manifestJson = (manifest: ReleaseManifest): Uint8Array => {
  const before = lastWritten.get(manifest.clinic)
  const files = objectBytes(manifest.files, before?.files, Object.is)
  const articles = objectBytes(manifest.articles, before?.articles, sameArticle)
  lastWritten.set(manifest.clinic, {files: files.entries, articles: articles.entries})
  const frame = JSON.stringify({...manifest, files: FILES_SLOT, articles: ARTICLES_SLOT})
  const slots = [
    {token: JSON.stringify(FILES_SLOT), parts: files.parts},
    {token: JSON.stringify(ARTICLES_SLOT), parts: articles.parts},
  ]
    .map((slot) => ({...slot, at: frame.indexOf(slot.token)}))
    .sort((a, b) => a.at - b.at)
  const out: Uint8Array[] = []
  let from = 0
  for (const slot of slots) {
    out.push(Buffer.from(`${frame.slice(from, slot.at)}{`), ...slot.parts, CLOSE)
    from = slot.at + slot.token.length
  }
  out.push(Buffer.from(frame.slice(from)))
  return Buffer.concat(out)
}
