// Search on each clinic site in Chromium: a reader follows the header link, types a query with
// diacritics and alef maqsura ("المِيزُوثِيرَابى") and sees the seed article among the hits; the page
// shows exactly what the shared matcher finds in Node over the same served index (/search-index.json
// and the shards it lists, fetched by the same loader); a shared ?q= link searches on load; a query
// that matches nothing says so, quoting it as searched in an isolate (a bidi override in a shared link
// reverses nothing); no console errors (a CSP violation is one), no failed requests; the
// page with results passes axe. The bundled clinics' indexes fit one shard each, so a synthetic
// index of 600 articles in 8 shards is also served to the page: it merges them in the build's order
// (most hits tie, so the order decides the list) and lists exactly what Node finds. Titles, excerpts
// and the count are written in the digits of the clinic's pages, whatever digits the index holds, and
// their Latin words are marked English as the pages mark them.
import type {Browser, Page} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {digitsAsWrittenIn} from '../../src/locale/localDigits.ts'
import type {RenderSiteInput} from '../../src/render/index.ts'
import {buildSearchIndex, loadSearchIndex, searchArticles} from '../../src/search/index.ts'
import {manyArticlesSite} from '../search/manyArticlesSite.ts'
import {runAxe} from './support/axe.ts'
import {screenshotPath} from './support/artifacts.ts'
import {hasChromium, launchChromium, PHONE} from './support/chromium.ts'
import {SEED_ARTICLE_SLUG} from './support/clinicPages.ts'
import {watchPage, type PageWatch} from './support/pageWatch.ts'
import {serveBundledSites, type BundledSites} from './support/servedSites.ts'
import {searchIndexText} from '../support/searchIndexText.ts'

const LOCALES = {'nour-cairo': 'ar-EG', 'rawda-riyadh': 'ar-SA', 'lulu-dubai': 'ar-AE'} as const
const CLINICS = Object.keys(LOCALES) as (keyof typeof LOCALES)[]
const QUERY = 'المِيزُوثِيرَابى'
const SEED_URL = `/articles/${SEED_ARTICLE_SLUG}/`

let sites: BundledSites
let browser: Browser

/** Waits for the first hit; on timeout, says what went wrong on the page (e.g. a CSP refusal). */
const firstHit = (page: Page, watch: PageWatch) =>
  page
    .locator('#search-results li')
    .first()
    .waitFor({timeout: 10_000})
    .catch((error: Error) => {
      throw new Error(`${error.message}\npage problems:\n${watch.problems().join('\n')}`)
    })

const hitsOnPage = (page: Page) =>
  page.locator('#search-results li h2 a').evaluateAll((links) => links.map((link) => ({url: new URL((link as HTMLAnchorElement).href).pathname, title: link.textContent})))

const servedJson = (origin: string) => async (url: string): Promise<unknown> => {
  const response = await fetch(new URL(url, origin))
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`)
  return response.json()
}

/** What Node finds, with titles in the digits the clinic's pages write. */
const expectedHits = async (origin: string, query: string, locale: string) => {
  const index = await loadSearchIndex(servedJson(origin))
  return searchArticles(index, query).map(({entry}) => ({url: entry.url, title: digitsAsWrittenIn(locale, entry.title)}))
}

/** Serves `site`'s search index files in place of the clinic's own, to a page at `origin`. */
const serveIndexOf = async (page: Page, origin: string, site: RenderSiteInput): Promise<void> => {
  const files = new Map(searchIndexText(site).map((file) => [`/${file.path}`, file.contents]))
  await page.route(
    (url) => url.origin === new URL(origin).origin && files.has(url.pathname),
    (route) => route.fulfill({contentType: 'application/json; charset=utf-8', body: files.get(new URL(route.request().url()).pathname)!}),
  )
}

/** Three articles matching «الميزوثيرابي», one titled and summarised with numbers and Latin words as a writer types them («بالـHA»). */
const numberedSite = (): RenderSiteInput => {
  const site = manyArticlesSite(2)
  const meso = site.graph.articles.get('article.meso')!
  const numbered = {...meso, title: 'الميزوثيرابي بعد 3–6 جلسات مع فيتامين B12', excerpt: 'تحسّن لدى 70% خلال 1.5 شهر: Botox® أم الفيلر بالـHA؟'}
  return {...site, graph: {...site.graph, articles: new Map(site.graph.articles).set(meso._id, numbered)}}
}

describe.skipIf(!hasChromium)('clinic site search in Chromium', () => {
  beforeAll(async () => {
    ;[sites, browser] = await Promise.all([serveBundledSites(), launchChromium()])
  })
  afterAll(async () => {
    await browser?.close()
    await sites?.close()
  })

  describe.concurrent.each(CLINICS)('%s', (slug) => {
    it('finds the seed article for a query typed with diacritics, as the Node matcher does', async () => {
      const origin = sites.served.clinicUrls[slug]!
      const context = await browser.newContext({viewport: PHONE})
      try {
        const page = await context.newPage()
        const watch = watchPage(page)
        await page.goto(origin)
        await page.getByRole('link', {name: 'البحث في المقالات'}).click()
        await page.waitForURL(new URL('/search/', origin).href)
        await page.getByLabel('كلمات البحث').pressSequentially(QUERY)
        await firstHit(page, watch)
        const hits = await hitsOnPage(page)
        expect(hits.map((hit) => hit.url)).toContain(SEED_URL)
        expect(hits).toEqual(await expectedHits(origin, QUERY, LOCALES[slug]))
        const manifest = (await servedJson(origin)('/search-index.json')) as {shards: string[]}
        expect(watch.okResponses().map((url) => new URL(url).pathname)).toEqual(expect.arrayContaining(['/search-index.json', ...manifest.shards]))
        expect(await page.locator('#search-status').textContent()).toMatch(/^(نتيجة واحدة|نتيجتان|\S+ نتائج|\S+ نتيجة)\.$/)
        // The typed query is kept in the address, so the search can be shared.
        expect(new URL(page.url()).searchParams.get('q')).toBe(QUERY)
        expect((await runAxe(page, `${slug}--search-results--phone`)).blocking).toEqual([])
        await page.screenshot({path: screenshotPath(slug, 'search-results', 'phone'), fullPage: true})
        expect(watch.problems()).toEqual([])
      } finally {
        await context.close()
      }
    })

    it('searches a shared ?q= link on load, and says when nothing matches', async () => {
      const origin = sites.served.clinicUrls[slug]!
      const page = await browser.newPage()
      try {
        const watch = watchPage(page)
        await page.goto(new URL(`/search/?q=${encodeURIComponent('الميزوثيرابي الشعر')}`, origin).href)
        await firstHit(page, watch)
        expect(await hitsOnPage(page)).toEqual(await expectedHits(origin, 'الميزوثيرابي الشعر', LOCALES[slug]))
        expect(await page.getByLabel('كلمات البحث').inputValue()).toBe('الميزوثيرابي الشعر')

        await page.getByLabel('كلمات البحث').fill('ليزر الوشم')
        await page.getByText('لا توجد مقالات تطابق «ليزر الوشم».').waitFor()
        expect(await hitsOnPage(page)).toEqual([])
        expect(watch.problems()).toEqual([])
      } finally {
        await page.close()
      }
    })
  })

  // A shared link can carry an override: in the status line it would reverse the query and the
  // sentence after it. The query is quoted as searched (the search ignores such controls), isolated.
  it.each([
    ['an override left open', '\u202Eليزر الوشم', 'ليزر الوشم'],
    ['an isolate and an embedding', '\u2066laser\u2069 \u202Bالوشم', 'laser الوشم'],
  ])('quotes a query with %s as searched, in an isolate, when nothing matches', async (_name, query, quoted) => {
    const origin = sites.served.clinicUrls['nour-cairo']!
    const page = await browser.newPage()
    try {
      const watch = watchPage(page)
      await page.goto(new URL(`/search/?q=${encodeURIComponent(query)}`, origin).href)
      await page.locator('#search-status bdi').waitFor({timeout: 10_000})
      expect(await page.locator('#search-status').textContent()).toBe(`لا توجد مقالات تطابق «${quoted}».`)
      expect(await page.locator('#search-status bdi').textContent()).toBe(quoted)
      expect(watch.problems()).toEqual([])
    } finally {
      await page.close()
    }
  })

  it('merges a many-shard index exactly as the Node matcher reads it', async () => {
    const origin = sites.served.clinicUrls['nour-cairo']!
    const site = manyArticlesSite(598)
    const query = 'الميزوثيرابي'
    const expected = searchArticles(buildSearchIndex(site), query).map(({entry}) => ({url: entry.url, title: digitsAsWrittenIn('ar-EG', entry.title)}))
    expect(expected).toHaveLength(599)
    const page = await browser.newPage()
    try {
      const watch = watchPage(page)
      await serveIndexOf(page, origin, site)
      await page.goto(new URL(`/search/?q=${encodeURIComponent(query)}`, origin).href)
      await firstHit(page, watch)
      expect(await hitsOnPage(page)).toEqual(expected)
      expect(watch.okResponses().filter((url) => url.includes('/search/shards/'))).toHaveLength(8)
      expect(watch.problems()).toEqual([])
    } finally {
      await page.close()
    }
  })

  // One index serves every clinic: the page it is shown on says which digits to write.
  it.concurrent.each([
    [
      'nour-cairo',
      '٣ نتائج.',
      [
        ['الميزوثيرابي بعد ٣–٦ جلسات مع فيتامين B12', 'تحسّن لدى ٧٠٪\u061c خلال ١٫٥ شهر: Botox® أم الفيلر بالـHA؟'],
        ['الميزوثيرابي للشعر والبشرة: نتائج واقعية ١', 'قد يفيد الميزوثيرابي بعض الحالات، لكن الدليل العلمي ما زال متباينًا.'],
        ['الميزوثيرابي للشعر والبشرة: نتائج واقعية ٠', 'قد يفيد الميزوثيرابي بعض الحالات، لكن الدليل العلمي ما زال متباينًا.'],
      ],
      ['الميزوثيرابي بعد ٣–٦ جلسات مع فيتامين <span lang="en" dir="ltr">B12</span>', 'تحسّن لدى ٧٠٪\u061c خلال ١٫٥ شهر: <span lang="en" dir="ltr">Botox®</span> أم الفيلر بالـ<span lang="en" dir="ltr">HA</span>؟'],
    ],
    [
      'rawda-riyadh',
      '٣ نتائج.',
      [
        ['الميزوثيرابي بعد ٣–٦ جلسات مع فيتامين B12', 'تحسّن لدى ٧٠٪\u061c خلال ١٫٥ شهر: Botox® أم الفيلر بالـHA؟'],
        ['الميزوثيرابي للشعر والبشرة: نتائج واقعية ١', 'قد يفيد الميزوثيرابي بعض الحالات، لكن الدليل العلمي ما زال متباينًا.'],
        ['الميزوثيرابي للشعر والبشرة: نتائج واقعية ٠', 'قد يفيد الميزوثيرابي بعض الحالات، لكن الدليل العلمي ما زال متباينًا.'],
      ],
      ['الميزوثيرابي بعد ٣–٦ جلسات مع فيتامين <span lang="en" dir="ltr">B12</span>', 'تحسّن لدى ٧٠٪\u061c خلال ١٫٥ شهر: <span lang="en" dir="ltr">Botox®</span> أم الفيلر بالـ<span lang="en" dir="ltr">HA</span>؟'],
    ],
    [
      'lulu-dubai',
      '3 نتائج.',
      [
        ['الميزوثيرابي بعد 3–6 جلسات مع فيتامين B12', 'تحسّن لدى 70% خلال 1.5 شهر: Botox® أم الفيلر بالـHA؟'],
        ['الميزوثيرابي للشعر والبشرة: نتائج واقعية 1', 'قد يفيد الميزوثيرابي بعض الحالات، لكن الدليل العلمي ما زال متباينًا.'],
        ['الميزوثيرابي للشعر والبشرة: نتائج واقعية 0', 'قد يفيد الميزوثيرابي بعض الحالات، لكن الدليل العلمي ما زال متباينًا.'],
      ],
      ['الميزوثيرابي بعد 3–6 جلسات مع فيتامين <span lang="en" dir="ltr">B12</span>', 'تحسّن لدى 70% خلال 1.5 شهر: <span lang="en" dir="ltr">Botox®</span> أم الفيلر بالـ<span lang="en" dir="ltr">HA</span>؟'],
    ],
  ] as const)('writes the hits on %s in the digits of its pages, Latin words marked: %s', async (slug, status, hits, marked) => {
    const origin = sites.served.clinicUrls[slug]!
    const page = await browser.newPage()
    try {
      const watch = watchPage(page)
      await serveIndexOf(page, origin, numberedSite())
      await page.goto(new URL(`/search/?q=${encodeURIComponent('الميزوثيرابي')}`, origin).href)
      await firstHit(page, watch)
      const shown = await page
        .locator('#search-results li')
        .evaluateAll((items) => items.map((item) => [item.querySelector('h2 a')?.textContent, item.querySelector('.excerpt')?.textContent]))
      expect(shown).toEqual(hits)
      // Latin words are marked English, as the site's pages mark them (latinRuns.ts).
      expect(await page.locator('#search-results li').first().evaluate((item) => [item.querySelector('h2 a')?.innerHTML, item.querySelector('.excerpt')?.innerHTML])).toEqual(marked)
      expect(await page.locator('#search-status').textContent()).toBe(status)
      expect(watch.problems()).toEqual([])
    } finally {
      await page.close()
    }
  })
})
