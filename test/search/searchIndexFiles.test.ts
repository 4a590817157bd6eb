// searchIndexFiles: a clinic's search index as release files, its articles' entries in shards
// named after their contents plus /search-index.json listing them. Editing or unpublishing one
// article changes that article's shard and the manifest only; every other shard stays byte-identical.
import {createHash} from 'node:crypto'
import {describe, expect, it} from 'vitest'
import {
  buildSearchIndex,
  mergeSearchShards,
  searchShardCount,
  searchIndexFiles,
  searchShardOf,
  type SearchManifest,
  type SearchShard,
} from '../../src/search/index.ts'
import {siteInput} from '../render/fixtures.ts'
import {copyId, manyArticlesSite, withRetitled} from './manyArticlesSite.ts'
import {searchIndexText} from '../support/searchIndexText.ts'
import {asText} from '../support/textFile.ts'
import {createGraphReadMemo} from '../../src/content/graphReadMemo.ts'

const MANIFEST = 'search-index.json'
const SHARD = /^search\/shards\/(\d+)\.([0-9a-f]{16})\.json$/

const manifestOf = (files: {path: string; contents: string}[]): SearchManifest => JSON.parse(files.find((file) => file.path === MANIFEST)!.contents)
const shardsOf = (files: {path: string; contents: string}[]) => files.filter((file) => file.path !== MANIFEST)
const merged = (files: {path: string; contents: string}[]) => {
  const byUrl = new Map(files.map((file) => [`/${file.path}`, JSON.parse(file.contents) as SearchShard]))
  const manifest = manifestOf(files)
  return mergeSearchShards(manifest, manifest.shards.map((url) => byUrl.get(url)!))
}

describe('searchIndexFiles', () => {
  it('writes the fixture clinic’s two articles as one shard and a manifest naming it', () => {
    const files = searchIndexText(siteInput())
    expect(files.map((file) => file.path)).toEqual([expect.stringMatching(SHARD), MANIFEST])
    expect(manifestOf(files)).toEqual({version: 2, articles: 2, shards: [`/${files[0]!.path}`], order: [0, 0]})
    expect(JSON.parse(files[0]!.contents)).toEqual(buildSearchIndex(siteInput()).articles)
  })

  it('writes only a manifest for a clinic without published articles', () => {
    expect(searchIndexText(siteInput('clinic.nour-cairo', {published: new Set()})).map(({path, contents}) => ({path, contents}))).toEqual([
      {path: MANIFEST, contents: '{"version":2,"articles":0,"shards":[],"order":[]}\n'},
    ])
  })

  describe('with 600 articles', () => {
    const site = manyArticlesSite(598)
    const files = searchIndexText(site)

    it('has the shard count of the rule, each shard listed once by number', () => {
      const count = searchShardCount(600)
      expect(count).toBe(8)
      expect(manifestOf(files).shards).toEqual(shardsOf(files).map((file) => `/${file.path}`))
      expect(shardsOf(files).map((file) => Number(SHARD.exec(file.path)![1]))).toEqual([...Array(count).keys()])
    })

    it('puts each article in the shard of its id', () => {
      const manifest = manifestOf(files)
      expect(manifest.articles).toBe(600)
      const index = buildSearchIndex(site).articles
      const ids = new Map([...site.graph.articles.values()].map((article) => [`/articles/${article.slug.current}/`, article._id]))
      expect(manifest.order).toEqual(index.map((entry) => searchShardOf(ids.get(entry.url)!, 8)))
    })

    it('merges back into exactly the index, in its order', () => {
      expect(merged(files)).toEqual(buildSearchIndex(site))
    })

    it('names each file by the sha256 of its contents, and carries it', () => {
      for (const file of files) {
        const hash = createHash('sha256').update(file.contents).digest('hex')
        expect(file.sha256).toBe(hash)
        if (file.path !== MANIFEST) expect(SHARD.exec(file.path)![2]).toBe(hash.slice(0, 16))
      }
    })

    it('is the same bytes when built again from the same articles', () => {
      expect(searchIndexText(site)).toEqual(files)
    })

    it.each([
      ['an edited title', (s: typeof site) => withRetitled(s, copyId(17), (title) => `${title} (محدَّث)`)],
      ['an unpublished article', (s: typeof site) => ({...s, publishedArticleIds: new Set([...s.publishedArticleIds].filter((id) => id !== copyId(17)))})],
    ])('after %s, changes that article’s shard and the manifest only', (_, change) => {
      const after = searchIndexText(change(site))
      const before = new Map(files.map((file) => [file.path, file.contents]))
      const changed = after.filter((file) => before.get(file.path) !== file.contents).map((file) => file.path)
      expect(changed).toEqual([expect.stringMatching(new RegExp(`^search/shards/${searchShardOf(copyId(17), 8)}\\.`)), MANIFEST])
    })

    it('after an edit, still merges into exactly the index', () => {
      const edited = withRetitled(site, copyId(17), (title) => `${title} (محدَّث)`)
      expect(merged(searchIndexText(edited))).toEqual(buildSearchIndex(edited))
    })

    it('in a running process, edit after edit, gives the bytes of a fresh build and keeps the untouched shards\' files', () => {
      const memo = createGraphReadMemo()
      let current: typeof site = {...site, memo}
      let last = searchIndexFiles(current)
      const edits = [
        (s: typeof site) => withRetitled(s, copyId(17), (title) => `${title} (محدَّث)`),
        (s: typeof site) => withRetitled(s, copyId(300), (title) => `${title} (مراجَع)`),
        (s: typeof site) => ({...s, publishedArticleIds: new Set([...s.publishedArticleIds].filter((id) => id !== copyId(40)))}),
      ]
      for (const edit of edits) {
        current = edit(current)
        const next = searchIndexFiles(current)
        const {memo: _, ...fresh} = current
        expect(next.map(asText)).toEqual(searchIndexText(fresh))
        // The retitled article's shard is new; after an unpublication every later article moves by
        // one position, so its shard is compared member by member and is new too.
        const kept = next.filter((file) => last.includes(file))
        expect(kept.length).toBeGreaterThanOrEqual(next.length - 2)
        last = next
      }
    })
  })
})
