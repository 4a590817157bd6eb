// The releases folder of one clinic: the swap keeps the live release and the newest one before it,
// and never a legacy-* folder an earlier Sanad moved aside; the standby a rebuild patches is the
// newest finished release that is not live. A temporary link a killed build left beside the sites is
// never taken for one, and the next swap replaces it.
import {mkdir, readdir, readlink, rm, symlink, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {activateRelease, builtClinicSites, readStandbyRelease, releasesDir, removeAbandonedReleases} from '../../src/publish/releaseStore.ts'
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

  it('swaps in and deletes nothing once the write lock went to another build (`sanad serve` goes on)', async () => {
    const {out, root} = await releasesFolder([JANUARY, MARCH])
    await activateRelease(out, CLINIC, join(root, JANUARY)).then(({pruned}) => pruned)
    const lost = new AbortController()
    lost.abort(new Error('write lock lost (injected)'))
    await expect(activateRelease(out, CLINIC, join(root, MARCH), undefined, lost.signal)).rejects.toThrow('write lock lost (injected)')
    expect(await readlink(join(out, CLINIC))).toBe(join('.releases', CLINIC, JANUARY))
    expect((await readdir(root)).sort()).toEqual([JANUARY, `${JANUARY}.manifest.json`, MARCH, `${MARCH}.manifest.json`])
  })
})

describe('a temporary link left by a build killed between symlink and rename', () => {
  // What such a build left: the temporary link to its finished release, beside the clinic's own link.
  const killedBeforeRename = async (temporaryName: string) => {
    const {out, root} = await releasesFolder([JANUARY, FEBRUARY])
    await activateRelease(out, CLINIC, join(root, JANUARY)).then(({pruned}) => pruned)
    await symlink(join('.releases', CLINIC, FEBRUARY), join(out, temporaryName))
    return {out, root}
  }

  it.each([`.${CLINIC}.link`, `.${CLINIC}.1a2b3c4d.link`])('%s is not a clinic site', async (temporaryName) => {
    const {out} = await killedBeforeRename(temporaryName)
    expect(await builtClinicSites(out)).toEqual([CLINIC])
  })

  it('is replaced by the next swap, which leaves no temporary link behind', async () => {
    const {out, root} = await killedBeforeRename(`.${CLINIC}.link`)
    await activateRelease(out, CLINIC, join(root, FEBRUARY)).then(({pruned}) => pruned)
    expect(await readlink(join(out, CLINIC))).toBe(join('.releases', CLINIC, FEBRUARY))
    expect((await readdir(out)).sort()).toEqual(['.releases', CLINIC])
  })
})

describe('removeAbandonedReleases', () => {
  it('removes unfinished release folders and manifests whose folder is gone, keeping the live release and finished ones', async () => {
    const {out, root} = await releasesFolder([JANUARY, FEBRUARY, MARCH], [APRIL])
    await symlink(join('.releases', CLINIC, MARCH), join(out, CLINIC))
    // A build that lost its write lock wrote this manifest after the release it names was deleted.
    await rm(join(root, JANUARY), {recursive: true})
    await removeAbandonedReleases(out, CLINIC)
    expect((await readdir(root)).sort()).toEqual([FEBRUARY, `${FEBRUARY}.manifest.json`, MARCH, `${MARCH}.manifest.json`])
  })
})

describe('readStandbyRelease', () => {
  it('is the newest release that is not live and has its manifest', async () => {
    const {out, root} = await releasesFolder([JANUARY, FEBRUARY, MARCH], [APRIL])
    const standby = await readStandbyRelease(out, CLINIC, join(root, MARCH))
    expect(standby?.dir).toBe(join(root, FEBRUARY))
    expect(standby?.manifest.releaseId).toBe(FEBRUARY)
  })

  it('passes over one missing a file its manifest lists, removing that manifest', async () => {
    const {out, root} = await releasesFolder([JANUARY, FEBRUARY, MARCH])
    const listing = (name: string) => JSON.stringify({version: 1, clinic: CLINIC, releaseId: name, files: {'index.html': 'a1', 'assets/site.css': 'b2'}, articles: {}})
    for (const name of [JANUARY, FEBRUARY]) await writeFile(join(root, `${name}.manifest.json`), listing(name))
    await mkdir(join(root, JANUARY, 'assets'))
    await writeFile(join(root, JANUARY, 'assets', 'site.css'), 'body{direction:rtl}\n')
    const standby = await readStandbyRelease(out, CLINIC, join(root, MARCH))
    expect(standby?.dir).toBe(join(root, JANUARY))
    expect((await readdir(root)).filter((name) => name.startsWith(FEBRUARY))).toEqual([FEBRUARY])
  })
})
