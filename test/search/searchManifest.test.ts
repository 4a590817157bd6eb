// mergeSearchShards: the browser's way back from /search-index.json and its shards to the one index
// the matcher reads, in the manifest's order; shards that do not fit the manifest (another build's)
// are refused.
import {describe, expect, it} from 'vitest'
import {mergeSearchShards, type SearchEntry, type SearchManifest} from '../../src/search/index.ts'

const entry = (slug: string): SearchEntry => ({url: `/articles/${slug}/`, title: slug, description: '', titleTokens: [slug], tokens: [slug]})
const [a, b, c, d] = ['ا', 'ب', 'ج', 'د'].map(entry) as [SearchEntry, SearchEntry, SearchEntry, SearchEntry]
const manifest: SearchManifest = {version: 2, articles: 4, shards: ['/s/0.json', '/s/1.json'], order: [1, 0, 0, 1]}

describe('mergeSearchShards', () => {
  it('interleaves the shards in the manifest order', () => {
    expect(mergeSearchShards(manifest, [[b, c], [a, d]])).toEqual({articles: [a, b, c, d]})
  })

  it('merges an empty index', () => {
    expect(mergeSearchShards({version: 2, articles: 0, shards: [], order: []}, [])).toEqual({articles: []})
  })

  it.each([
    ['a shard short', [[b, c], [a]], /shard 1 has fewer entries/],
    ['a shard with one more', [[b, c, a], [a, d]], /more entries/],
    ['a shard missing', [[b, c]], /do not match/],
  ])('refuses %s', (_, shards, message) => {
    expect(() => mergeSearchShards(manifest, shards)).toThrow(message)
  })

  it.each([
    ['a version 1 index', {version: 1, articles: [a]}, /version 1, expected 2/],
    ['a count that disagrees with the order', {...manifest, articles: 3}, /do not match/],
  ])('refuses %s', (_, wrong, message) => {
    expect(() => mergeSearchShards(wrong as unknown as SearchManifest, [[b, c], [a, d]])).toThrow(message)
  })
})
