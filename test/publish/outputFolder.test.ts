// prepareOutputFolder: --out is made, or refused with what to do, before anything is read or rendered.
import {mkdtemp, rm, stat, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, expect, it} from 'vitest'
import {isSanadError} from '../../src/errors/catalog.ts'
import {prepareOutputFolder} from '../../src/publish/outputFolder.ts'

let work: string
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'sanad-output-folder-'))
  await writeFile(join(work, 'a-file'), 'x')
})
afterAll(() => rm(work, {recursive: true, force: true}))

it('makes a missing --out, parents included', async () => {
  await prepareOutputFolder(join(work, 'new', 'dist'))
  expect((await stat(join(work, 'new', 'dist'))).isDirectory()).toBe(true)
})

it.each([
  ['a file', 'a-file', 'it, or a folder above it, is a file'],
  ['a folder inside a file', 'a-file/dist', 'it, or a folder above it, is a file'],
  ['a folder where nothing can be made', '/proc/sanad-dist', 'cannot make a folder in /proc'],
  ['the root of the file system', '/', 'it is the root of the file system'],
  ['the root, spelled otherwise', '/./', 'it is the root of the file system'],
])('refuses %s with OUTPUT_UNWRITABLE', async (_, path, reason) => {
  const outDir = path.startsWith('/') ? path : join(work, path)
  const error = await prepareOutputFolder(outDir).catch((caught: unknown) => caught)
  expect(isSanadError(error) && error.code).toBe('OUTPUT_UNWRITABLE')
  expect((error as Error).message).toMatch(new RegExp(`^Cannot write the sites in ${outDir}: .*${reason}`))
})
