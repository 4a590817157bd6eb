// searchShardCount and searchShardOf: how many shards a clinic's search index has (a power of two
// keeping at most 128 articles per shard on average) and which one holds an article, from its id
// alone, so it never moves while the count stays the same.
import {describe, expect, it} from 'vitest'
import {SEARCH_SHARD_ARTICLES, searchShardCount, searchShardOf} from '../../src/search/index.ts'

describe('searchShardCount', () => {
  it.each([
    [0, 0],
    [1, 1],
    [128, 1],
    [129, 2],
    [256, 2],
    [257, 4],
    [1000, 8],
    [2694, 32],
    [4096, 32],
    [4097, 64],
  ])('%i articles: %i shards', (articles, shards) => {
    expect(searchShardCount(articles)).toBe(shards)
  })
})

describe('searchShardOf', () => {
  // Fixed values: a change to the hash would move every article on every site at once.
  it.each([
    ['article.meso', 32, 7],
    ['article.prp', 32, 6],
    ['article.prp', 64, 38],
    ['مقال.١', 32, 31],
    ['article.meso', 1, 0],
  ])('%s of %i shards is in shard %i', (id, count, shard) => {
    expect(searchShardOf(id, count)).toBe(shard)
  })

  it('keeps or splits a shard when the count doubles', () => {
    for (let i = 0; i < 500; i++) {
      const shard = searchShardOf(`article.${i}`, 16)
      expect([shard, shard + 16]).toContain(searchShardOf(`article.${i}`, 32))
    }
  })

  it('fills the shards evenly', () => {
    const articles = 4000
    const count = searchShardCount(articles)
    const sizes = Array.from({length: count}, () => 0)
    for (let i = 0; i < articles; i++) sizes[searchShardOf(`article.${i}`, count)]!++
    expect(Math.min(...sizes)).toBeGreaterThan((articles / count) * 0.7)
    expect(Math.max(...sizes)).toBeLessThan(Math.min((articles / count) * 1.3, SEARCH_SHARD_ARTICLES * 1.3))
  })
})
