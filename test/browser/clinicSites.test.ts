// The clinic sites as a reader sees them in Chromium, served by `sanad serve` from the bundled
// dataset: at a phone width (390 px) and a desktop width (1280 px), each key page is right to left,
// uses the self-hosted Arabic font, shows the clinic's disclaimer (and the article its jurisdiction
// disclaimer), shows the GRADE certainty next to every claim, does not scroll sideways, and loads
// without console errors, uncaught exceptions, failed requests or error responses. A crawler then
// follows every internal link and asset of each site. Screenshots go to test-artifacts/browser/.
import {describe, expect, it} from 'vitest'
import {GRADE_CERTAINTY} from '../../src/content/vocabulary.ts'
import {screenshotPath} from './support/artifacts.ts'
import {hasChromium, VIEWPORTS} from './support/chromium.ts'
import {MISSING_PATH, type PageName} from './support/clinicPages.ts'
import {watchPage} from './support/pageWatch.ts'
import {clinicBrowserSuite, CLINICS, pageCases} from './support/clinicBrowserSuite.ts'

const ARABIC_FONT_FILE = '/assets/fonts/noto-naskh-arabic-arabic-400-normal.woff2'
const GRADE_LABELS = GRADE_CERTAINTY.map(({title}) => `درجة الدليل: ${title}`)

const suite = clinicBrowserSuite()

/** What the reader's browser makes of one page; compared as a whole so a failure shows everything. */
const inspect = async (slug: string, pageName: PageName, viewport: (typeof VIEWPORTS)[number]) => {
  const target = suite.page(slug, pageName)
  const context = await suite.browser().newContext({viewport: {width: viewport.width, height: viewport.height}})
  const page = await context.newPage()
  const watch = watchPage(page, target.status === 404 ? {expectedStatus: {url: target.url, status: 404}} : {})
  try {
    // networkidle: late requests (the tab icon) must have answered before the page is judged.
    const response = await page.goto(target.url, {waitUntil: 'networkidle'})
    const seen = await page.evaluate(async () => {
      await document.fonts.ready
      const visible = (element: Element | null): boolean => {
        if (!element) return false
        const box = element.getBoundingClientRect()
        const style = getComputedStyle(element)
        return box.width > 0 && box.height > 0 && style.visibility === 'visible' && Number(style.opacity) > 0
      }
      const root = document.documentElement
      const claims = [...document.querySelectorAll('.claim')].map((claim) => {
        const text = claim.querySelector('.claim-text')
        const grade = claim.querySelector('.claim-grade')
        const lines = text ? [...text.getClientRects()] : []
        const gradeBox = grade?.getBoundingClientRect()
        const lineHeight = Number.parseFloat(getComputedStyle(claim).lineHeight) || 32
        return {
          claim: text?.textContent ?? '',
          grade: grade?.textContent ?? '',
          visible: visible(grade),
          // The grade follows the claim's last line: on that line or the next one.
          nextToClaim: gradeBox !== undefined && lines.length > 0 && gradeBox.top - lines.at(-1)!.bottom < 2 * lineHeight,
        }
      })
      return {
        lang: root.lang,
        direction: {html: getComputedStyle(root).direction, body: getComputedStyle(document.body).direction},
        font: {
          family: getComputedStyle(document.body).fontFamily.split(',')[0]!.replace(/["']/g, '').trim(),
          faceLoaded: [...document.fonts].some((face) => face.family.replace(/["']/g, '') === 'Noto Naskh Arabic' && face.status === 'loaded'),
          check: document.fonts.check('16px "Noto Naskh Arabic"', 'سند'),
        },
        footerDisclaimer: visible(document.querySelector('.footer-disclaimer')),
        articleDisclaimer: visible(document.querySelector('aside.disclaimer')),
        horizontalOverflow: Math.max(root.scrollWidth - root.clientWidth, document.body.scrollWidth - root.clientWidth),
        claims,
      }
    })
    await page.screenshot({path: screenshotPath(slug, pageName, viewport.name), fullPage: true})
    return {
      status: response?.status(),
      ...seen,
      fontFileLoaded: watch.okResponses().some((url) => new URL(url).pathname === ARABIC_FONT_FILE),
      problems: watch.problems(),
    }
  } finally {
    await context.close()
  }
}

describe.skipIf(!hasChromium)('clinic sites in Chromium', () => {
  suite.register()

  describe.concurrent.each(CLINICS)('%s', (slug) => {
    it.each(pageCases())('%s page at %s width: RTL, Arabic font, disclaimer, grades, no sideways scroll, no errors', async (pageName, _, viewport) => {
      const seen = await inspect(slug, pageName, viewport)
      const isArticle = pageName === 'article'
      expect(seen).toEqual({
        status: pageName === 'not-found' ? 404 : 200,
        lang: `ar-${suite.report(slug).jurisdiction}`,
        direction: {html: 'rtl', body: 'rtl'},
        font: {family: 'Noto Naskh Arabic', faceLoaded: true, check: true},
        fontFileLoaded: true,
        // Every page shows the disclaimer once: an article's in its own box, the others in the footer.
        footerDisclaimer: !isArticle,
        articleDisclaimer: isArticle,
        horizontalOverflow: 0,
        claims: isArticle ? expect.any(Array) : [],
        problems: [],
      })
      if (!isArticle) return
      expect(seen.claims.length).toBeGreaterThan(0)
      for (const claim of seen.claims) {
        expect(claim, claim.claim).toEqual({claim: claim.claim, grade: expect.toBeOneOf(GRADE_LABELS), visible: true, nextToClaim: true})
      }
    })

    it('resolves every internal link and asset of the site (404 only for the missing page)', async () => {
      const origin = suite.sites().served.clinicUrls[slug]!
      const page = await suite.browser().newPage()
      const missing = new URL(MISSING_PATH, origin).href
      const watch = watchPage(page, {expectedStatus: {url: missing, status: 404}})
      const queue = [origin, missing]
      const visited = new Set<string>()
      const idsOf = new Map<string, Set<string>>()
      const fragments: {from: string; page: string; id: string}[] = []
      const statuses = new Map<string, number>()
      const external = new Set<string>()
      try {
        while (queue.length > 0) {
          const url = queue.shift()!
          if (visited.has(url)) continue
          visited.add(url)
          // networkidle: leaving a page while its icon or a font still loads would abort that request.
          const response = await page.goto(url, {waitUntil: 'networkidle'})
          statuses.set(url, response?.status() ?? 0)
          const found = await page.evaluate(() => ({
            links: [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].map((a) => a.href),
            assets: [
              ...[...document.querySelectorAll<HTMLLinkElement>('link[href]')].filter((link) => link.rel !== 'canonical').map((link) => link.href),
              ...[...document.querySelectorAll<HTMLImageElement>('img[src]')].map((img) => img.src),
              ...[...document.querySelectorAll<HTMLScriptElement>('script[src]')].map((script) => script.src),
            ],
            ids: [...document.querySelectorAll('[id]')].map((element) => element.id),
          }))
          idsOf.set(url, new Set(found.ids))
          for (const href of found.links) {
            const target = new URL(href)
            if (target.origin !== new URL(origin).origin) {
              if (target.protocol === 'http:' || target.protocol === 'https:') external.add(target.href)
              continue
            }
            if (target.hash) fragments.push({from: url, page: `${target.origin}${target.pathname}${target.search}`, id: decodeURIComponent(target.hash.slice(1))})
            target.hash = ''
            if (!visited.has(target.href)) queue.push(target.href)
          }
          for (const asset of found.assets) {
            if (statuses.has(asset)) continue
            const assetResponse = await fetch(asset)
            await assetResponse.arrayBuffer()
            statuses.set(asset, assetResponse.status)
          }
        }
      } finally {
        await page.close()
      }
      const broken = [...statuses].filter(([url, status]) => (url === missing ? status !== 404 : status < 200 || status > 299))
      const brokenFragments = fragments.filter(({page: target, id}) => !idsOf.get(target)?.has(id))
      expect({broken, brokenFragments, problems: watch.problems()}).toEqual({broken: [], brokenFragments: [], problems: []})
      // The crawl reached the article and procedure pages and the assets, not just the home page.
      expect([...visited].some((url) => url.includes('/articles/'))).toBe(true)
      expect([...visited].some((url) => url.includes('/procedures/'))).toBe(true)
      expect([...statuses.keys()].some((url) => url.endsWith('.woff2'))).toBe(true)
      expect(external.size).toBeGreaterThan(0)
    })
  })
})
