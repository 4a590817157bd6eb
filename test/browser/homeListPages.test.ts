// The home page's later pages in Chromium, on a site with more articles than one page holds: the
// home page links to page 2 and page 2 back to it, each loads, and page 2 has no serious axe
// violation, headings in order and no sideways scroll at phone and desktop widths.
import {rm} from 'node:fs/promises'
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {HOME_PAGE_SIZE} from '../../src/render/lib/pages/indexPage.ts'
import {serveSites, type ServedSites} from '../../src/server/serveSites.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {copyBundledDatasetWithSeedCopies, NOW, tempDir} from '../support/bundledDataset.ts'
import {runAxe} from './support/axe.ts'
import {hasChromium, launchChromium, VIEWPORTS} from './support/chromium.ts'

const COPIES = HOME_PAGE_SIZE + 5

describe.skipIf(!hasChromium)('the home page list, page 2', () => {
  let dataset: string
  let outDir: string
  let served: ServedSites
  let browser: Browser
  let origin: string

  beforeAll(async () => {
    dataset = await copyBundledDatasetWithSeedCopies(COPIES)
    outDir = await tempDir('sanad-browser-pages-')
    ;[served, browser] = await Promise.all([serveSites({outDir, openSource: () => openLocalSource(dataset), port: 0, now: () => NOW}), launchChromium()])
    origin = served.clinicUrls['nour-cairo']!
  })

  afterAll(async () => {
    await browser?.close()
    await served?.close()
    await rm(outDir, {recursive: true, force: true})
    await rm(dataset, {recursive: true, force: true})
  })

  it('the home page links to page 2 and page 2 back to the home page', async () => {
    const page = await browser.newPage()
    try {
      expect((await page.goto(origin))?.status()).toBe(200)
      await page.locator('.pagination a[rel="next"]').click()
      await page.waitForURL(/\/page\/2\/$/)
      expect(await page.locator('.pagination [aria-current="page"]').textContent()).toBe('الصفحة ٢ من ٢')
      expect(await page.locator('.article-list > li').count()).toBeGreaterThan(0)
      await page.locator('.pagination a[rel="prev"]').click()
      await page.waitForURL(new RegExp(`^${origin}$`))
      expect(await page.locator('.article-list > li').count()).toBe(HOME_PAGE_SIZE)
    } finally {
      await page.close()
    }
  })

  it.each(VIEWPORTS.map((viewport) => [viewport.name, viewport] as const))('page 2 at %s width: no serious axe violation, headings in order, no sideways scroll', async (name, viewport) => {
    const context = await browser.newContext({viewport: {width: viewport.width, height: viewport.height}})
    try {
      const page = await context.newPage()
      expect((await page.goto(new URL('/page/2/', origin).href))?.status()).toBe(200)
      const axe = await runAxe(page, `nour-cairo--home-page-2--${name}`)
      const layout = await page.evaluate(() => ({
        headings: [...document.querySelectorAll('h1, h2, h3')].map((heading) => heading.tagName).join(' ').replace(/( H3)+/g, ' H3…'),
        overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      }))
      expect({blocking: axe.blocking, headings: layout.headings, overflow: layout.overflow}).toEqual({blocking: [], headings: 'H1 H2 H3…', overflow: 0})
    } finally {
      await context.close()
    }
  })
})
