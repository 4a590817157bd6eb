// loadSearchIndex: the search page reads /search-index.json, then every shard it lists, and merges
// them; when a new release went live in between (the listed shards are gone), it reads the
// manifest once more.
import {describe, expect, it} from 'vitest'
import {buildSearchIndex, loadSearchIndex} from '../../src/search/index.ts'
import {siteInput} from '../render/fixtures.ts'
import {searchIndexText} from '../support/searchIndexText.ts'

const served = (files: {path: string; contents: string}[]) => new Map(files.map((file) => [`/${file.path}`, file.contents]))

const fetcher = (...releases: Map<string, string>[]) => {
  const requested: string[] = []
  let release = 0
  const fetchJson = async (url: string) => {
    requested.push(url)
    // Each read of the manifest after the first sees the next release.
    if (url === '/search-index.json' && requested.filter((seen) => seen === url).length > 1) release = Math.min(release + 1, releases.length - 1)
    const contents = releases[release]!.get(url)
    if (contents === undefined) throw new Error(`${url}: HTTP 404`)
    return JSON.parse(contents) as unknown
  }
  return {fetchJson, requested}
}

describe('loadSearchIndex', () => {
  const site = siteInput()
  const files = searchIndexText(site)

  it('reads the manifest, then its shards', async () => {
    const {fetchJson, requested} = fetcher(served(files))
    expect(await loadSearchIndex(fetchJson)).toEqual(buildSearchIndex(site))
    expect(requested).toEqual(['/search-index.json', `/${files[0]!.path}`])
  })

  it('reads the manifest again when its shards were replaced meanwhile', async () => {
    const old = served(files)
    const next = served(searchIndexText(siteInput('clinic.nour-cairo', {published: new Set(['article.meso'])})))
    // The old manifest, then the new release's shards only.
    const {fetchJson} = fetcher(new Map([['/search-index.json', old.get('/search-index.json')!]]), next)
    expect((await loadSearchIndex(fetchJson)).articles.map((entry) => entry.url)).toEqual(['/articles/mesotherapy-realistic/'])
  })

  it('fails when the index cannot be read twice', async () => {
    const {fetchJson, requested} = fetcher(new Map())
    await expect(loadSearchIndex(fetchJson)).rejects.toThrow('/search-index.json: HTTP 404')
    expect(requested).toEqual(['/search-index.json', '/search-index.json'])
  })
})
