// Fetches a clinic's search index as the search page does: the manifest, then all its shards at
// once, merged. Shared by /assets/search.js and the browser tests' Node side, so both read the
// same index. `fetchJson` is injected: the page fetches same-origin URLs, the tests a served site.
import {SEARCH_INDEX_URL} from '../render/lib/sitePaths.ts'
import {mergeSearchShards, type SearchManifest, type SearchShard} from './searchManifest.ts'
import type {SearchIndex} from './searchIndex.ts'

export type FetchJson = (url: string) => Promise<unknown>

const fetchOnce = async (fetchJson: FetchJson): Promise<SearchIndex> => {
  const manifest = (await fetchJson(SEARCH_INDEX_URL)) as SearchManifest
  const shards = (await Promise.all(manifest.shards.map(fetchJson))) as SearchShard[]
  return mergeSearchShards(manifest, shards)
}

/**
 * A new release may go live between reading the manifest and its shards; the shards it named are
 * then gone (their names are their hashes), so the manifest is read once more.
 */
export const loadSearchIndex = (fetchJson: FetchJson): Promise<SearchIndex> => fetchOnce(fetchJson).catch(() => fetchOnce(fetchJson))
