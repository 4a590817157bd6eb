// The manifest is written from entries serialised once per clinic (src/publish/manifestJson.ts); build
// after build, whatever changed, it must be JSON that reads back as the same manifest, its files and
// articles in the order they were recorded.
import {describe, expect, it} from 'vitest'
import type {ManifestArticle, ReleaseManifest} from '../../src/publish/manifest.ts'
import {releaseManifest} from '../../src/publish/manifest.ts'
import {manifestJson} from '../../src/publish/manifestJson.ts'

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', {fatal: true}).decode(bytes)

const manifest = (clinic: string, files: [string, string][], articles: [string, ManifestArticle][]): ReleaseManifest => ({
  version: 1,
  clinic,
  releaseId: '20261121T120000000Z-abc123',
  files: new Map(files),
  articles: new Map(articles),
})

/** The manifest as plain JSON values, members in Map order. */
const plain = (value: ReleaseManifest) => ({...value, files: Object.fromEntries(value.files), articles: Object.fromEntries(value.articles)})

/** Written, read back: the same manifest, and the members in the written text in Map order. */
const expectRoundTrip = (value: ReleaseManifest) => {
  const written = text(manifestJson(value))
  expect(JSON.parse(written)).toEqual(plain(value))
  const read = releaseManifest.parse(JSON.parse(written))
  expect(read).toEqual(value)
  const positions = (keys: Iterable<string>) => [...keys].map((key) => written.indexOf(`${JSON.stringify(key)}:`))
  for (const keys of [value.files.keys(), value.articles.keys()]) {
    const at = positions(keys)
    expect(at.every((position) => position > 0)).toBe(true)
    expect(at).toEqual([...at].sort((a, b) => a - b))
  }
}

describe('manifestJson', () => {
  it('reads back as the manifest, Arabic paths, escapes and integer-like keys included, in the order recorded', () => {
    expectRoundTrip(
      manifest(
        'nour-cairo',
        [['articles/الميزوثيرابي/index.html', 'a1'], ['index.html', 'b2'], ['404.html', 'c3'], ['12', 'd4'], ['export/"quoted"\\.md', 'e5']],
        [['article.meso', {inputHash: 'h1', paths: ['articles/الميزوثيرابي/index.html']}], ['7', {inputHash: 'h2', paths: []}]],
      ),
    )
  })

  it('writes an empty manifest', () => {
    expectRoundTrip(manifest('lulu-dubai', [], []))
  })

  it('follows every change between two builds of a clinic: changed, added and removed entries', () => {
    const paths = ['articles/prp-hair/index.html', 'api/v1/articles/prp-hair.json']
    const first = manifest('rawda-riyadh', [['index.html', 'old'], [paths[0]!, 'p1'], [paths[1]!, 'p2'], ['gone.html', 'g']], [['article.prp', {inputHash: 'h1', paths}]])
    expectRoundTrip(first)
    const second = manifest(
      'rawda-riyadh',
      [['index.html', 'new'], [paths[0]!, 'p1'], [paths[1]!, 'p2'], ['added.html', 'a']],
      // Same inputs, paths as a new array with one path more: the entry must be written anew.
      [['article.prp', {inputHash: 'h1', paths: [...paths, 'export/prp-hair.md']}], ['article.meso', {inputHash: 'h9', paths: []}]],
    )
    expectRoundTrip(second)
    // Same inputs and paths, only the content hash new (an entry read from a manifest written before it existed): written anew too.
    const prp = second.articles.get('article.prp')!
    expectRoundTrip(manifest('rawda-riyadh', [...second.files], [['article.prp', {...prp, paths: [...prp.paths], contentHash: 'c1'}], ...[...second.articles].slice(1)]))
    // Members that moved: the same keys and values at other positions.
    expectRoundTrip(manifest('rawda-riyadh', [...second.files].reverse(), [...second.articles].reverse()))
    // Another clinic's manifest in between does not disturb this clinic's entries.
    expectRoundTrip(manifest('nour-cairo', [['index.html', 'x']], []))
    expectRoundTrip(first)
  })
})
