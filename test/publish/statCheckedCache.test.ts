// statCheckedCache: a value derived from a file is reused while the file's size and mtime hold, and
// derived again once the file changes.
import {utimes, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {statCheckedCache} from '../../src/publish/statCheckedCache.ts'
import {tempDir, removedAfterEach} from '../support/bundledDataset.ts'

const cleanup = removedAfterEach()

describe('statCheckedCache', () => {
  it('derives once while the file is unchanged, and again after it changes', async () => {
    const dir = await tempDir('sanad-stat-')
    cleanup(dir)
    const path = join(dir, 'ملف.txt')
    await writeFile(path, 'الإصدار الأول')
    const reads: string[] = []
    const cache = statCheckedCache(8, async (file) => (reads.push(file), `مشتق ${reads.length}`))
    expect(await cache.get(path)).toBe('مشتق 1')
    expect(await cache.get(path)).toBe('مشتق 1')
    await writeFile(path, 'الإصدار الثاني، أطول')
    expect(await cache.get(path)).toBe('مشتق 2')
    await utimes(path, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'))
    expect(await cache.get(path)).toBe('مشتق 3')
    expect(reads).toHaveLength(3)
  })

  it('takes a value the writer remembers, and forgets the oldest beyond its limit', async () => {
    const dir = await tempDir('sanad-stat-')
    cleanup(dir)
    const files = ['أ', 'ب', 'ج'].map((name) => join(dir, name))
    for (const file of files) await writeFile(file, file)
    let derived = 0
    const cache = statCheckedCache(2, async () => `مشتق ${++derived}`)
    for (const file of files) await cache.remember(file, `مكتوب ${file}`)
    expect(await cache.get(files[2]!)).toBe(`مكتوب ${files[2]}`)
    expect(await cache.get(files[1]!)).toBe(`مكتوب ${files[1]}`)
    expect(await cache.get(files[0]!)).toBe('مشتق 1')
  })

  it('fails for a missing file, so callers decide what missing means', async () => {
    const cache = statCheckedCache(2, async () => 'x')
    await expect(cache.get('/nonexistent/sanad/manifest.json')).rejects.toThrow(/ENOENT/)
  })
})
