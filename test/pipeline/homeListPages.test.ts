// The home list's later pages through whole builds: they appear when a clinic publishes more than a
// page of articles, go when it publishes fewer (a page left behind would still link articles no
// longer published), and a build with a memory writes the same bytes as a fresh one, Latin words of
// the items it reuses and of the one it renders again marked alike.
import {existsSync} from 'node:fs'
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {createBuildMemory} from '../../src/pipeline/buildMemory.ts'
import {HOME_PAGE_SIZE} from '../../src/render/lib/pages/indexPage.ts'
import {buildDataset, copyBundledDataset, copyBundledDatasetWithSeedCopies, removedAfterEach, siteFiles, tempDir} from '../support/bundledDataset.ts'

const removeAfter = removedAfterEach()

describe('the home list across builds', () => {
  it('writes page 2 and 3 while the clinic publishes that many articles, and removes them when it does not', async () => {
    const [many, few, out] = [await copyBundledDatasetWithSeedCopies(2 * HOME_PAGE_SIZE + 3), await copyBundledDatasetWithSeedCopies(3), await tempDir('sanad-pages-')]
    removeAfter(many, few, out)
    await buildDataset(many, out)
    const site = join(out, 'nour-cairo')
    expect([existsSync(join(site, 'page/2/index.html')), existsSync(join(site, 'page/3/index.html')), existsSync(join(site, 'page/4/index.html'))]).toEqual([true, true, false])
    await buildDataset(few, out)
    expect([existsSync(join(site, 'index.html')), existsSync(join(site, 'page/2/index.html')), existsSync(join(site, 'page/3/index.html'))]).toEqual([true, false, false])
  })

  it('a build with a memory, after the list shrank and grew again, writes what a fresh build writes', async () => {
    const datasets = [await copyBundledDatasetWithSeedCopies(2 * HOME_PAGE_SIZE + 3), await copyBundledDatasetWithSeedCopies(HOME_PAGE_SIZE + 1), await copyBundledDatasetWithSeedCopies(2 * HOME_PAGE_SIZE + 3)]
    const [remembered, fresh] = [await tempDir('sanad-pages-memory-'), await tempDir('sanad-pages-fresh-')]
    removeAfter(...datasets, remembered, fresh)
    const memory = createBuildMemory()
    for (const dataset of datasets) await buildDataset(dataset, remembered, {memory})
    await buildDataset(datasets[2]!, fresh)
    expect(await siteFiles(join(remembered, 'nour-cairo'))).toEqual(await siteFiles(join(fresh, 'nour-cairo')))
  })

  it('a build with a memory, after a title gained Latin words, writes what a fresh build writes, the words marked English', async () => {
    const title = 'Botox® أم الفيلر؟ حِقَنُ PRP في 3 جلسات'
    const retitled = await copyBundledDataset((documents) => documents.map((document) => (document._id === 'article.meso-realistic' ? {...document, title} : document)))
    const [original, remembered, fresh] = [await copyBundledDataset(), await tempDir('sanad-latin-memory-'), await tempDir('sanad-latin-fresh-')]
    removeAfter(original, retitled, remembered, fresh)
    const memory = createBuildMemory()
    for (const dataset of [original, retitled]) await buildDataset(dataset, remembered, {memory})
    await buildDataset(retitled, fresh)
    expect(await siteFiles(join(remembered, 'nour-cairo'))).toEqual(await siteFiles(join(fresh, 'nour-cairo')))
    const en = (text: string) => `<span lang="en" dir="ltr">${text}</span>`
    const link = `<a href="/articles/mesotherapy-hair-skin-realistic-results/">${en('Botox®')} أم الفيلر؟ حِقَنُ ${en('PRP')} في ٣ جلسات</a>`
    expect(await readFile(join(remembered, 'nour-cairo', 'index.html'), 'utf8')).toContain(`<h3>${link}</h3>`)
    expect(await readFile(join(remembered, 'nour-cairo', 'procedures/mesotherapy-hair/index.html'), 'utf8')).toContain(`<li>${link}</li>`)
  })
})
