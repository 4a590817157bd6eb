// makeFolder: `mkdir -p` that settles, with Arabic folder names, and an error (never a hang) where
// Node's own recursive mkdir loops forever.
import {existsSync} from 'node:fs'
import {mkdtemp, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {makeFolder} from '../../src/publish/makeFolder.ts'

const scratch = () => mkdtemp(join(tmpdir(), 'sanad-makefolder-'))

describe('makeFolder', () => {
  it('makes every missing parent, Arabic names included', async () => {
    const path = join(await scratch(), 'مواقع', 'عيادة-نور', '٢٠٢٦')
    await makeFolder(path)
    expect((await stat(path)).isDirectory()).toBe(true)
  })

  it('accepts a folder that is already there', async () => {
    const root = await scratch()
    await makeFolder(root)
    expect((await stat(root)).isDirectory()).toBe(true)
  })

  it('rejects where a file stands in the way', async () => {
    const root = await scratch()
    await writeFile(join(root, 'dist'), 'ملف')
    await expect(makeFolder(join(root, 'dist'))).rejects.toMatchObject({code: 'EEXIST'})
    await expect(makeFolder(join(root, 'dist', 'nour-cairo'))).rejects.toMatchObject({code: 'ENOTDIR'})
  })

  // Node's mkdir(…, {recursive: true}) never settles here: /proc/x is ENOENT while /proc exists.
  it.runIf(existsSync('/proc/self'))('rejects under /proc instead of hanging', async () => {
    await expect(makeFolder('/proc/sanad-out/.releases/nour-cairo')).rejects.toMatchObject({code: 'ENOENT', message: expect.stringContaining('/proc')})
  })
})
