// /search-index.json: the small file that lists a clinic's search shards, and how the browser puts
// the shards back together into the one index the matcher reads. Each shard holds its articles'
// entries in index order; `order` says which shard each article of the index comes from, so the
// merged index has exactly the build's order (the matcher's tie-break) without a sort in the
// browser. Pure, and bundled into /assets/search.js.
import type {SearchEntry, SearchIndex} from './searchIndex.ts'

/** Version 1 was the whole index in this one file. */
export const SEARCH_INDEX_VERSION = 2

export interface SearchManifest {
  version: typeof SEARCH_INDEX_VERSION
  /** How many articles the index has: `order.length`. */
  articles: number
  /** Shard URLs, by shard number; each names its contents' hash. */
  shards: string[]
  /** Per article of the index, newest review first, the number of the shard that holds its entry. */
  order: number[]
}

/** A shard file: the entries of its articles, in index order. */
export type SearchShard = SearchEntry[]

/** The index the manifest describes, from its shards (by shard number). Throws when they do not fit together. */
export const mergeSearchShards = (manifest: SearchManifest, shards: readonly SearchShard[]): SearchIndex => {
  if (manifest.version !== SEARCH_INDEX_VERSION) throw new Error(`search index version ${String(manifest.version)}, expected ${SEARCH_INDEX_VERSION}`)
  if (shards.length !== manifest.shards.length || manifest.order.length !== manifest.articles) throw new Error('search index: shards do not match the manifest')
  const taken = shards.map(() => 0)
  const articles = manifest.order.map((shard) => {
    const entry = shards[shard]?.[taken[shard]!++]
    if (!entry) throw new Error(`search index: shard ${shard} has fewer entries than the manifest lists`)
    return entry
  })
  if (shards.some((shard, n) => shard.length !== taken[n])) throw new Error('search index: a shard has more entries than the manifest lists')
  return {articles}
}
