// The manifest is written from entries serialised once per clinic (src/publish/manifestJson.ts); it
// must read byte for byte as JSON.stringify of the manifest, build after build, whatever changed.
import {describe, expect, it} from 'vitest'
import type {ReleaseManifest} from '../../src/publish/manifest.ts'
import {releaseManifest} from '../../src/publish/manifest.ts'
import {manifestJson} from '../../src/publish/manifestJson.ts'

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', {fatal: true}).decode(bytes)

const manifest = (clinic: string, files: Record<string, string>, articles: ReleaseManifest['articles']): ReleaseManifest => ({
  version: 1,
  clinic,
  releaseId: '20261121T120000000Z-abc123',
  files,
  articles,
})

describe('manifestJson', () => {
  it('is JSON.stringify of the manifest, Arabic paths, escapes and integer-like keys included', () => {
    const value = manifest(
      'nour-cairo',
      {'articles/الميزوثيرابي/index.html': 'a1', 'index.html': 'b2', '404.html': 'c3', '12': 'd4', 'export/"quoted"\\.md': 'e5'},
      {'article.meso': {inputHash: 'h1', paths: ['articles/الميزوثيرابي/index.html']}, '7': {inputHash: 'h2', paths: []}},
    )
    expect(text(manifestJson(value))).toBe(JSON.stringify(value))
    expect(releaseManifest.parse(JSON.parse(text(manifestJson(value))))).toEqual(value)
  })

  it('is JSON.stringify of an empty manifest', () => {
    const value = manifest('lulu-dubai', {}, {})
    expect(text(manifestJson(value))).toBe(JSON.stringify(value))
  })

  it('follows every change between two builds of a clinic: changed, added and removed entries', () => {
    const paths = ['articles/prp-hair/index.html', 'api/v1/articles/prp-hair.json']
    const first = manifest('rawda-riyadh', {'index.html': 'old', [paths[0]!]: 'p1', [paths[1]!]: 'p2', 'gone.html': 'g'}, {'article.prp': {inputHash: 'h1', paths}})
    expect(text(manifestJson(first))).toBe(JSON.stringify(first))
    const second = manifest(
      'rawda-riyadh',
      {'index.html': 'new', [paths[0]!]: 'p1', [paths[1]!]: 'p2', 'added.html': 'a'},
      // Same inputs, paths as a new array with one path more: the entry must be written anew.
      {'article.prp': {inputHash: 'h1', paths: [...paths, 'export/prp-hair.md']}, 'article.meso': {inputHash: 'h9', paths: []}},
    )
    expect(text(manifestJson(second))).toBe(JSON.stringify(second))
    // Another clinic's manifest in between does not disturb this clinic's entries.
    const other = manifest('nour-cairo', {'index.html': 'x'}, {})
    expect(text(manifestJson(other))).toBe(JSON.stringify(other))
    expect(text(manifestJson(first))).toBe(JSON.stringify(first))
  })
})
