// Which shard of a clinic's search index holds an article, and how many shards there are. A shard
// is chosen from a hash of the article's id alone, so an article stays in its shard however the
// others change, and editing it rewrites that one shard.
import {createHash} from 'node:crypto'

/**
 * Shards hold at most this many articles on average: an edit rewrites one shard, so this bounds
 * its cost (about 0.6 MB of index at the benchmark corpus's ~6.8 kB per article), while the
 * search page fetches one shard per this many articles.
 */
export const SEARCH_SHARD_ARTICLES = 128

/**
 * The smallest power of two that keeps shards at SEARCH_SHARD_ARTICLES on average; none for no
 * articles. Powers of two keep the count constant across long stretches of growth, and when the
 * count doubles each shard splits in two (`hash % 2n` is `hash % n` or that plus n): the one build
 * that crosses a boundary rewrites every shard, as every build did with one file.
 */
export const searchShardCount = (articleCount: number): number => {
  if (articleCount === 0) return 0
  let count = 1
  while (articleCount > count * SEARCH_SHARD_ARTICLES) count *= 2
  return count
}

// Ids are stable across edits, so each is hashed once per process.
const idHashes = new Map<string, number>()

const idHash = (id: string): number => {
  let hash = idHashes.get(id)
  if (hash === undefined) idHashes.set(id, (hash = createHash('sha256').update(id).digest().readUInt32BE(0)))
  return hash
}

/** The shard (0 to count - 1) of the article with this id. */
export const searchShardOf = (articleId: string, shardCount: number): number => idHash(articleId) % shardCount
