// A release manifest as JSON bytes, assembled from entries serialised once. A site of thousands of
// pages has a manifest of a megabyte or more, and every build writes one; after one edit nearly
// every entry reads as before, and serialising the whole object again was the largest cost left
// in writing a release. `files` and `articles` are written as objects with their members in Map
// order; releaseManifest reads them back (test/publish/manifestJson.test.ts).
import {sameItems} from '../memo/sameItems.ts'
import {inOrder, type ManifestArticle, type ReleaseManifest} from './manifest.ts'
import {joinedRuns, spliceBytes} from './spliceBytes.ts'

interface Written<Value> {
  keys: readonly string[]
  values: readonly Value[]
  bytes: readonly Uint8Array[]
}

// Per clinic, the members of the manifest written last, by position.
const lastWritten = new Map<string, {files: Written<string>; articles: Written<ManifestArticle>}>()

const COMMA = Buffer.from(',')
const OPEN = Buffer.from('{')
const CLOSE = Buffer.from('}')
const FILES_SLOT = '\u0000sanad:files\u0000'
const ARTICLES_SLOT = '\u0000sanad:articles\u0000'

const entry = (key: string, value: unknown): Uint8Array => Buffer.from(`${JSON.stringify(key)}:${JSON.stringify(value)}`)

/**
 * The members of `map` as JSON, each taken from `last` where the same key holds the same value at
 * the same position. After an edit the keys and values are mostly the very same strings and entry
 * objects as last time, so the comparison touches little memory.
 */
const memberBytes = <Value>(map: ReadonlyMap<string, Value>, last: Written<Value> | undefined, same: (a: Value, b: Value) => boolean): Written<Value> => {
  const {keys, values} = inOrder(map)
  const bytes = new Array<Uint8Array>(keys.length)
  for (let index = 0; index < keys.length; index++) {
    const reusable = last !== undefined && last.keys[index] === keys[index] && same(last.values[index]!, values[index]!)
    bytes[index] = reusable ? last.bytes[index]! : entry(keys[index]!, values[index])
  }
  return {keys, values, bytes}
}

const objectSlot = (slot: string, written: Written<unknown>, list: string) => ({token: JSON.stringify(slot), parts: [OPEN, ...joinedRuns(written.bytes, COMMA, list), CLOSE]})

const sameArticle = (a: ManifestArticle, b: ManifestArticle): boolean =>
  a === b || (a.inputHash === b.inputHash && a.contentHash === b.contentHash && (a.paths === b.paths || sameItems(a.paths, b.paths)))

export const manifestJson = (manifest: ReleaseManifest): Uint8Array => {
  const last = lastWritten.get(manifest.clinic)
  const files = memberBytes(manifest.files, last?.files, Object.is)
  const articles = memberBytes(manifest.articles, last?.articles, sameArticle)
  lastWritten.set(manifest.clinic, {files, articles})
  const {version, clinic, releaseId} = manifest
  return spliceBytes(JSON.stringify({version, clinic, releaseId, files: FILES_SLOT, articles: ARTICLES_SLOT}), [
    objectSlot(FILES_SLOT, files, `${manifest.clinic}:files`),
    objectSlot(ARTICLES_SLOT, articles, `${manifest.clinic}:articles`),
  ])
}
