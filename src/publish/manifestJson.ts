// A release manifest as JSON bytes, assembled from entries serialised once. A site of thousands of
// pages has a manifest of a megabyte or more, and every build writes one; after one edit nearly
// every entry reads as before, and serialising the whole object again was the largest cost left
// in writing a release. Byte for byte `JSON.stringify(manifest)` (test/publish/manifestJson.test.ts).
import {sameItems} from '../memo/sameItems.ts'
import type {ReleaseManifest} from './manifest.ts'
import {joinedRuns, spliceBytes} from './spliceBytes.ts'

interface Serialised<Value> {
  value: Value
  bytes: Uint8Array
}

type ArticleEntry = ReleaseManifest['articles'][string]

interface ClinicEntries {
  files: Map<string, Serialised<string>>
  articles: Map<string, Serialised<ArticleEntry>>
}

// Per clinic, the entries of the manifest written last; each write leaves only its own entries.
const lastWritten = new Map<string, ClinicEntries>()

const COMMA = Buffer.from(',')
const OPEN = Buffer.from('{')
const CLOSE = Buffer.from('}')
const FILES_SLOT = '\u0000sanad:files\u0000'
const ARTICLES_SLOT = '\u0000sanad:articles\u0000'

const entry = (key: string, value: unknown): Uint8Array => Buffer.from(`${JSON.stringify(key)}:${JSON.stringify(value)}`)

/**
 * The members of `record` as JSON, reusing each one `entries` holds for the same key and value and
 * updating `entries` to hold exactly this record's members (kept, not rebuilt: most are unchanged).
 */
const memberBytes = <Value>(record: Record<string, Value>, entries: Map<string, Serialised<Value>>, same: (a: Value, b: Value) => boolean): Uint8Array[] => {
  const members: Uint8Array[] = []
  // for…in lists keys in the order JSON.stringify writes them (integer-like keys first).
  for (const key in record) {
    const value = record[key]!
    let serialised = entries.get(key)
    if (!serialised || !same(serialised.value, value)) entries.set(key, (serialised = {value, bytes: entry(key, value)}))
    members.push(serialised.bytes)
  }
  if (entries.size > members.length) for (const key of entries.keys()) if (!Object.hasOwn(record, key)) entries.delete(key)
  return members
}

const objectSlot = (slot: string, members: Uint8Array[], list: string) => ({token: JSON.stringify(slot), parts: [OPEN, ...joinedRuns(members, COMMA, list), CLOSE]})

const sameArticle = (a: ArticleEntry, b: ArticleEntry): boolean => a.inputHash === b.inputHash && (a.paths === b.paths || sameItems(a.paths, b.paths))

export const manifestJson = (manifest: ReleaseManifest): Uint8Array => {
  let entries = lastWritten.get(manifest.clinic)
  if (!entries) lastWritten.set(manifest.clinic, (entries = {files: new Map(), articles: new Map()}))
  return spliceBytes(JSON.stringify({...manifest, files: FILES_SLOT, articles: ARTICLES_SLOT}), [
    objectSlot(FILES_SLOT, memberBytes(manifest.files, entries.files, Object.is), `${manifest.clinic}:files`),
    objectSlot(ARTICLES_SLOT, memberBytes(manifest.articles, entries.articles, sameArticle), `${manifest.clinic}:articles`),
  ])
}
