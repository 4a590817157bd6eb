// The releases folder of one clinic: the swap keeps the live release and the newest one before it,
// and never a legacy-* folder an earlier Sanad moved aside; the standby a rebuild patches is the
// newest finished release that is not live.
import {mkdir, readdir, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {activateRelease, readStandbyRelease, releasesDir} from '../../src/publish/releaseStore.ts'
import {removedAfterEach, tempDir} from '../support/bundledDataset.ts'

const cleanup = removedAfterEach()
const CLINIC = 'nour-cairo'
const JANUARY = '20260101T000000000Z-aaaaaa'
const FEBRUARY = '20260201T000000000Z-bbbbbb'
const MARCH = '20260301T000000000Z-cccccc'
const APRIL = '20260401T000000000Z-dddddd'
const LEGACY = 'legacy-1795397819579'

/** An output folder whose releases folder holds `finished` releases (with a manifest) and `unfinished` ones (without). */
const releasesFolder = async (finished: string[], unfinished: string[] = []) => {
  const out = await tempDir('sanad-releases-')
  cleanup(out)
  const root = releasesDir(out, CLINIC)
  for (const name of [...finished, ...unfinished]) {
    await mkdir(join(root, name), {recursive: true})
    await writeFile(join(root, name, 'index.html'), `<h1>إصدار ${name}</h1>\n`)
  }
  for (const name of finished) {
    await writeFile(join(root, `${name}.manifest.json`), JSON.stringify({version: 1, clinic: CLINIC, releaseId: name, files: {}, articles: {}}))
  }
  return {out, root}
}

describe('activateRelease', () => {
  it('keeps the new live release and the newest one before it, and a legacy-* folder, deleting older releases with their manifests', async () => {
    const {out, root} = await releasesFolder([JANUARY, FEBRUARY, MARCH])
    await mkdir(join(root, LEGACY, '.git'), {recursive: true})
    const {pruned} = await activateRelease(out, CLINIC, join(root, MARCH))
    await pruned
    expect((await readdir(root)).sort()).toEqual([FEBRUARY, `${FEBRUARY}.manifest.json`, MARCH, `${MARCH}.manifest.json`, LEGACY].sort())
  })
})

describe('readStandbyRelease', () => {
  it('is the newest release that is not live and has its manifest', async () => {
    const {out, root} = await releasesFolder([JANUARY, FEBRUARY, MARCH], [APRIL])
    const standby = await readStandbyRelease(out, CLINIC, join(root, MARCH))
    expect(standby?.dir).toBe(join(root, FEBRUARY))
    expect(standby?.manifest.releaseId).toBe(FEBRUARY)
  })
})
