// A rebuild turns the release that was live one build ago (the standby) into the new release by
// changing only the files that differ, instead of hard-linking the whole site again. These tests pin
// what that must never change: the result is byte for byte what a fresh build writes, the live site
// is untouched until the swap, and a crash midway, or a file of the standby deleted by hand, costs
// nothing but the standby.
import {readFileSync, readlinkSync} from 'node:fs'
import {readdir, readFile, readlink, rm, stat} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {buildDataset, copyBundledDataset, siteFiles, tempDir, removedAfterEach, type RawDocument} from '../support/bundledDataset.ts'
import {runSanad} from '../support/runSanad.ts'

const cleanup = removedAfterEach()

const build = buildDataset

const releaseDirs = async (outDir: string, clinic: string) =>
  (await readdir(join(outDir, '.releases', clinic), {withFileTypes: true})).filter((entry) => entry.isDirectory()).map((entry) => entry.name)

const retitle = (id: string, title: string) => (documents: RawDocument[]) =>
  documents.map((document) => (document._id === id ? {...document, title} : document))

const ARTICLE = 'articles/hair-home-routine/index.html'

describe('standby releases', () => {
  it('gives, edit after edit, exactly the site a fresh build gives', async () => {
    const outDir = await tempDir('sanad-dist-')
    cleanup(outDir)
    const original = await copyBundledDataset()
    // Untargeting the article from Cairo removes its files there: the patched release must drop them.
    const untargeted = await copyBundledDataset((documents) =>
      documents.map((document) =>
        document._id === 'article.hair-home-routine' ? {...document, targetClinics: [{_type: 'reference', _ref: 'clinic.lulu-dubai', _key: 'k1'}]} : document,
      ),
    )
    const datasets = [
      original,
      await copyBundledDataset(retitle('article.hair-home-routine', 'روتين منزلي لفروة الرأس — الإصدار ٢')),
      await copyBundledDataset(retitle('article.hair-home-routine', 'روتين منزلي لفروة الرأس — الإصدار ٣')),
      untargeted,
      // Twice: then the standby lacks the article's folders as well, and targeting it again must
      // make them in the patched release.
      untargeted,
      original,
    ]
    cleanup(...new Set(datasets))
    for (const [index, dataset] of datasets.entries()) {
      await build(dataset, outDir)
      const fresh = await tempDir('sanad-fresh-')
      cleanup(fresh)
      await build(dataset, fresh)
      for (const clinic of ['nour-cairo', 'rawda-riyadh', 'lulu-dubai']) {
        expect(await siteFiles(join(outDir, clinic)), `build ${index + 1}, ${clinic}`).toEqual(await siteFiles(join(fresh, clinic)))
      }
      // The live release and the one before it: the standby is reused, never piled up.
      expect((await releaseDirs(outDir, 'nour-cairo')).length).toBeLessThanOrEqual(2)
    }
    expect((await stat(join(outDir, 'nour-cairo', ARTICLE))).isFile()).toBe(true)
  })

  it('leaves a standby beside the very first release, so the first edit patches too', async () => {
    const outDir = await tempDir('sanad-dist-')
    const dataset = await copyBundledDataset()
    cleanup(outDir, dataset)
    await build(dataset, outDir)
    const live = await readlink(join(outDir, 'nour-cairo'))
    const dirs = await releaseDirs(outDir, 'nour-cairo')
    expect(dirs).toHaveLength(2)
    const standby = dirs.find((name) => !live.endsWith(name))!
    expect(await siteFiles(join(outDir, '.releases', 'nour-cairo', standby))).toEqual(await siteFiles(join(outDir, 'nour-cairo')))
    // Its folder is what the next build turns into the new live release.
    await build(dataset, outDir)
    const after = await releaseDirs(outDir, 'nour-cairo')
    expect(after).toHaveLength(2)
    expect(await readlink(join(outDir, 'nour-cairo'))).not.toBe(live)
    // The standby's manifest went with its old name: beside the two releases, only their own manifests.
    expect((await readdir(join(outDir, '.releases', 'nour-cairo'))).sort()).toEqual(after.flatMap((name) => [name, `${name}.manifest.json`]).sort())
  })

  it('never changes a file of the live site while it patches the standby', async () => {
    const outDir = await tempDir('sanad-dist-')
    const second = await copyBundledDataset(retitle('article.hair-home-routine', 'عنوان الإصدار الثاني'))
    const third = await copyBundledDataset(retitle('article.hair-home-routine', 'عنوان الإصدار الثالث'))
    cleanup(outDir, second, third)
    // Two builds of the same content: the second release hard-links the first's article pages, so
    // the standby and the live site share those files' inodes when the third build patches.
    await build(second, outDir)
    await build(second, outDir)
    const live = await siteFiles(join(outDir, 'nour-cairo'))
    const liveTarget = await readlink(join(outDir, 'nour-cairo'))
    const seen: string[] = []
    await build(third, outDir, {
      // Synchronous on purpose: each look happens between two file operations of the build.
      onFileWritten: (clinic) => {
        if (clinic !== 'nour-cairo' || readlinkSync(join(outDir, 'nour-cairo')) !== liveTarget) return
        seen.push(readFileSync(join(outDir, 'nour-cairo', ARTICLE), 'utf8'))
      },
    })
    expect(seen.length).toBeGreaterThan(0)
    for (const page of seen) expect(page).toContain('عنوان الإصدار الثاني')
    expect(Buffer.from(live[ARTICLE]!, 'base64').toString()).toContain('عنوان الإصدار الثاني')
    expect(await readFile(join(outDir, 'nour-cairo', ARTICLE), 'utf8')).toContain('عنوان الإصدار الثالث')
  })

  it('drops a standby missing a file its manifest lists (deleted by hand) when another process builds, and publishes the whole site', async () => {
    const outDir = await tempDir('sanad-dist-')
    const first = await copyBundledDataset()
    const second = await copyBundledDataset(retitle('article.hair-home-routine', 'عنوان الإصدار الثاني'))
    cleanup(outDir, first, second)
    await build(first, outDir)
    await build(second, outDir)
    const live = await readlink(join(outDir, 'nour-cairo'))
    const standby = (await releaseDirs(outDir, 'nour-cairo')).find((name) => !live.endsWith(name))!
    await rm(join(outDir, '.releases', 'nour-cairo', standby, 'assets', 'site.css'))

    // A release this process made is trusted as it is; `sanad build` is another process, as a user runs it.
    expect((await runSanad(['build', '--dataset', first, '--out', outDir, '--clinic', 'nour-cairo', '--now', '2026-11-21'])).code).toBe(0)
    const fresh = await tempDir('sanad-fresh-')
    cleanup(fresh)
    await build(first, fresh)
    expect(await siteFiles(join(outDir, 'nour-cairo'))).toEqual(await siteFiles(join(fresh, 'nour-cairo')))
  })

  it('drops a standby that a failed build left half-patched and still publishes right the next time', async () => {
    const outDir = await tempDir('sanad-dist-')
    const first = await copyBundledDataset()
    const second = await copyBundledDataset(retitle('article.hair-home-routine', 'عنوان الإصدار الثاني'))
    const third = await copyBundledDataset(retitle('article.hair-home-routine', 'عنوان الإصدار الثالث'))
    cleanup(outDir, first, second, third)
    await build(first, outDir)
    await build(second, outDir)
    const liveTarget = await readlink(join(outDir, 'nour-cairo'))
    let written = 0
    const failed = await build(third, outDir, {
      onFileWritten: (clinic) => {
        if (clinic === 'nour-cairo' && ++written === 3) throw new Error('disk full (injected)')
      },
    })
    expect(failed.clinics.find((clinic) => clinic.slug === 'nour-cairo')!.failure).toMatch(/disk full \(injected\)/)
    expect(await readlink(join(outDir, 'nour-cairo'))).toBe(liveTarget)
    expect(await readFile(join(outDir, 'nour-cairo', ARTICLE), 'utf8')).toContain('عنوان الإصدار الثاني')

    await build(third, outDir)
    const fresh = await tempDir('sanad-fresh-')
    cleanup(fresh)
    await build(third, fresh)
    expect(await siteFiles(join(outDir, 'nour-cairo'))).toEqual(await siteFiles(join(fresh, 'nour-cairo')))
  })
})
