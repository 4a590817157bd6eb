// makeRunTempFolder: a run stopped before it removed its temporary folder (Ctrl+C, SIGKILL) leaves
// one named with its process id; the next run with the same prefix removes it, and leaves those of
// runs still going and those of other prefixes.
import {spawnSync} from 'node:child_process'
import {mkdir, readdir, rm, writeFile} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {afterEach, beforeEach, expect, it, vi} from 'vitest'
import {makeRunTempFolder} from '../../src/process/runTempFolder.ts'
import {tempDir} from '../support/bundledDataset.ts'

let tmp: string
beforeEach(async () => {
  tmp = await tempDir('sanad-run-temp-')
  vi.stubEnv('TMPDIR', tmp)
})
afterEach(async () => {
  vi.unstubAllEnvs()
  await rm(tmp, {recursive: true, force: true})
})

const leftBy = async (prefix: string, pid: number): Promise<string> => {
  const folder = join(tmp, `${prefix}${pid}-aB3xYz`)
  await mkdir(join(folder, 'inner'), {recursive: true})
  await writeFile(join(folder, 'inner', 'bundle.zip'), 'الحزمة')
  return basename(folder)
}

it.each(['sanad-functions-', 'sanad-dataset-'])('%s: removes the folders of ended runs, keeps those of running ones and of other prefixes', async (prefix) => {
  const ended = spawnSync(process.execPath, ['-e', '']).pid!
  await leftBy(prefix, ended)
  const running = await leftBy(prefix, process.ppid)
  const otherPrefix = await leftBy(prefix === 'sanad-dataset-' ? 'sanad-functions-' : 'sanad-dataset-', ended)
  const made = await makeRunTempFolder(prefix)
  expect(dirname(made)).toBe(tmp)
  expect(basename(made).startsWith(`${prefix}${process.pid}-`)).toBe(true)
  expect((await readdir(tmp)).sort()).toEqual([basename(made), running, otherPrefix].sort())
})
