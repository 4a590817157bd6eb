// A build killed midway leaves the previous dist/<clinic> exactly as it was, and the next build
// clears what the killed one left behind. An output folder that refuses the swap fails that clinic
// alone, as an operational error.
import {execFile} from 'node:child_process'
import {readdir, readFile, readlink, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {promisify} from 'node:util'
import {describe, expect, it, vi} from 'vitest'
import {hasLiveSite} from '../../src/publish/releaseStore.ts'
import {buildDataset, copyBundledDataset, tempDir, removedAfterEach, type RawDocument} from '../support/bundledDataset.ts'

// Root ignores permissions, so a read-only output folder is played by symlink(2) refusing there.
const refusedLinks = vi.hoisted(() => ({clinic: ''}))
vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>()
  const symlink: typeof fs.symlink = (target, path, type) =>
    refusedLinks.clinic && String(path).endsWith(`/.${refusedLinks.clinic}.link`)
      ? Promise.reject(Object.assign(new Error(`EACCES: permission denied, symlink '${String(target)}' -> '${String(path)}'`), {code: 'EACCES'}))
      : fs.symlink(target, path, type)
  return {...fs, symlink, default: {...fs, symlink}}
})

const run = promisify(execFile)
const cleanup = removedAfterEach()

const build = (dataset: string, outDir: string, onFileWritten?: (clinic: string, path: string) => void) =>
  buildDataset(dataset, outDir, onFileWritten ? {onFileWritten} : {})

const ARTICLE = 'articles/mesotherapy-hair-skin-realistic-results/index.html'
const retitle = (documents: RawDocument[]) =>
  documents.map((document) => (document._id === 'article.meso-realistic' ? {...document, title: 'عنوان جديد لم يكتمل نشره'} : document))

/** The bundled dataset published once into a new folder, and a copy of it with 004 retitled. */
const publishedOnce = async () => {
  const dataset = await copyBundledDataset()
  const edited = await copyBundledDataset(retitle)
  const outDir = await tempDir('sanad-dist-')
  cleanup(dataset, edited, outDir)
  await build(dataset, outDir)
  return {dataset, edited, outDir}
}

const failingInCairo = (clinic: string) => {
  if (clinic === 'nour-cairo') throw new Error('disk full (injected)')
}

describe('atomic publishing', () => {
  it('keeps the previous site when the process is SIGKILLed while writing the new release', async () => {
    const {edited, outDir} = await publishedOnce()
    const before = await readFile(join(outDir, 'nour-cairo', ARTICLE), 'utf8')
    const liveRelease = await readlink(join(outDir, 'nour-cairo'))

    const crash = run(process.execPath, ['test/support/crashingBuild.ts', edited, outDir, 'nour-cairo', '3'])
    await expect(crash).rejects.toMatchObject({signal: 'SIGKILL'})

    expect(await readlink(join(outDir, 'nour-cairo'))).toBe(liveRelease)
    expect(await readFile(join(outDir, 'nour-cairo', ARTICLE), 'utf8')).toBe(before)
    const releases = () => readdir(join(outDir, '.releases', 'nour-cairo'), {withFileTypes: true})
    expect((await releases()).filter((entry) => entry.isDirectory())).toHaveLength(2)

    await build(edited, outDir)
    expect(await readFile(join(outDir, 'nour-cairo', ARTICLE), 'utf8')).toContain('عنوان جديد لم يكتمل نشره')
    expect((await releases()).filter((entry) => entry.isDirectory())).toHaveLength(2)
  })

  it('reports a clinic whose release failed and still publishes the others', async () => {
    const {edited, outDir} = await publishedOnce()
    const before = await readFile(join(outDir, 'nour-cairo', ARTICLE), 'utf8')

    const report = await build(edited, outDir, failingInCairo)
    const cairo = report.clinics.find((clinic) => clinic.slug === 'nour-cairo')!
    expect(cairo.failure).toMatch(/^OUTPUT_UNWRITABLE: .*disk full \(injected\)/)
    // Nothing of this build reached the site: what passed the gate is listed apart.
    expect(cairo.published).toEqual([])
    expect(cairo.unpublished!.map((article) => article.articleId).sort()).toEqual(['article.hair-home-routine', 'article.meso-realistic'])
    expect(cairo.previousSiteLive).toBe(true)
    expect(await readFile(join(outDir, 'nour-cairo', ARTICLE), 'utf8')).toBe(before)
    // The failed release's folder is deleted at once, not left for the next build to clear.
    const live = await readlink(join(outDir, 'nour-cairo'))
    const releases = (await readdir(join(outDir, '.releases', 'nour-cairo'), {withFileTypes: true})).filter((entry) => entry.isDirectory())
    expect(releases.map((entry) => join('.releases', 'nour-cairo', entry.name))).toEqual([live])
    expect(await readFile(join(outDir, 'rawda-riyadh', ARTICLE), 'utf8')).toContain('عنوان جديد لم يكتمل نشره')
  })

  it('reports a clinic whose site link the output folder refuses as OUTPUT_UNWRITABLE, and still publishes the others', async () => {
    const {edited, outDir} = await publishedOnce()
    const before = await readFile(join(outDir, 'nour-cairo', ARTICLE), 'utf8')

    refusedLinks.clinic = 'nour-cairo'
    const report = await build(edited, outDir).finally(() => (refusedLinks.clinic = ''))
    const cairo = report.clinics.find((clinic) => clinic.slug === 'nour-cairo')!
    expect(cairo.failure).toMatch(
      new RegExp(`^OUTPUT_UNWRITABLE: Could not point ${join(outDir, 'nour-cairo')} at its new release ${join(outDir, '.releases', 'nour-cairo')}/\\S+: EACCES: permission denied`),
    )
    expect(cairo.previousSiteLive).toBe(true)
    expect(await readFile(join(outDir, 'nour-cairo', ARTICLE), 'utf8')).toBe(before)
    expect(await readFile(join(outDir, 'rawda-riyadh', ARTICLE), 'utf8')).toContain('عنوان جديد لم يكتمل نشره')
    expect(await readFile(join(outDir, 'lulu-dubai', 'index.html'), 'utf8')).toContain('<html lang="ar-AE"')
  })

  it('keeps serving a live release whose manifest was lost, through a build that then fails', async () => {
    const {edited, outDir} = await publishedOnce()
    const before = await readFile(join(outDir, 'nour-cairo', ARTICLE), 'utf8')
    const live = join(outDir, await readlink(join(outDir, 'nour-cairo')))
    await rm(`${live}.manifest.json`)

    const report = await build(edited, outDir, failingInCairo)
    expect(report.clinics.find((clinic) => clinic.slug === 'nour-cairo')!.failure).toMatch(/^OUTPUT_UNWRITABLE/)
    expect(await readFile(join(outDir, 'nour-cairo', ARTICLE), 'utf8')).toBe(before)
  })

  it('builds a clinic whose live release folder was deleted by hand again from scratch, saying it had no site', async () => {
    // Built twice, the content changed between: the standby is not the live release's copy.
    const {edited, outDir} = await publishedOnce()
    await build(edited, outDir)
    const live = join(outDir, await readlink(join(outDir, 'nour-cairo')))
    await rm(live, {recursive: true})
    expect(await hasLiveSite(outDir, 'nour-cairo')).toBe(false)

    const report = await build(edited, outDir)
    const cairo = report.clinics.find((clinic) => clinic.slug === 'nour-cairo')!
    expect(cairo.failure).toBeUndefined()
    expect(cairo.release).toMatchObject({rendered: 2, reused: 0})
    expect(await readFile(join(outDir, 'nour-cairo', ARTICLE), 'utf8')).toContain('عنوان جديد لم يكتمل نشره')
  })

  it('lets two builds of one output folder write one after the other, leaving every site whole', async () => {
    const {dataset, edited, outDir} = await publishedOnce()
    const reports = await Promise.all([build(edited, outDir), build(dataset, outDir), build(edited, outDir)])
    expect(reports.flatMap((report) => report.clinics.filter((clinic) => clinic.failure))).toEqual([])
    for (const clinic of ['nour-cairo', 'rawda-riyadh', 'lulu-dubai']) {
      expect(await readFile(join(outDir, clinic, 'index.html'), 'utf8')).toContain('<html lang="ar-')
      const releases = (await readdir(join(outDir, '.releases', clinic), {withFileTypes: true})).filter((entry) => entry.isDirectory())
      expect(releases.length).toBeLessThanOrEqual(2)
    }
  })
})

