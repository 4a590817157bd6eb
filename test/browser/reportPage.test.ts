// The build report page (the one `npm start` and `sanad serve` show, renderReportPage) in Chromium:
// per clinic, the published articles linked to the running site, the blocked ones with every
// finding's rule, and the claim chart as two named tables (GRADE certainty, review state) whose
// counts match the build; right to left, no serious axe violation, no console errors.
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {CLAIM_STATES, GRADE_CERTAINTY} from '../../src/content/vocabulary.ts'
import {runAxe} from './support/axe.ts'
import {screenshotPath} from './support/artifacts.ts'
import {DESKTOP, hasChromium, launchChromium} from './support/chromium.ts'
import {watchPage} from './support/pageWatch.ts'
import {serveBundledSites, type BundledSites} from './support/servedSites.ts'

let sites: BundledSites
let browser: Browser

describe.skipIf(!hasChromium)('build report page in Chromium', () => {
  beforeAll(async () => {
    ;[sites, browser] = await Promise.all([serveBundledSites(), launchChromium()])
  })
  afterAll(async () => {
    await browser?.close()
    await sites?.close()
  })

  it('shows each clinic’s published and blocked articles with findings, and its claim chart', async () => {
    // A page of its own context: AxeBuilder refuses pages made by browser.newPage().
    const context = await browser.newContext({viewport: DESKTOP})
    const page = await context.newPage()
    const watch = watchPage(page)
    try {
      await page.goto(sites.served.reportUrl, {waitUntil: 'networkidle'})
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).direction)).toBe('rtl')
      const report = sites.served.initialReport
      expect(report.clinics.map((clinic) => clinic.slug).sort()).toEqual(['lulu-dubai', 'nour-cairo', 'rawda-riyadh'])
      for (const clinic of report.clinics) {
        const section = page.locator(`#clinic-${clinic.slug}`)
        const shown = await section.evaluate((element) => {
          const listAfter = (prefix: string) => [...element.querySelectorAll('h3')].find((heading) => heading.textContent?.startsWith(prefix))?.nextElementSibling
          return {
            heading: element.querySelector('h2')?.textContent ?? '',
            published: [...(listAfter('منشور')?.children ?? [])].map((item) => ({title: item.textContent, href: item.querySelector('a')?.href})),
            blocked: [...(listAfter('محجوب')?.children ?? [])].map((item) => ({
              title: item.querySelector('strong')?.textContent,
              ruleIds: [...item.querySelectorAll('li.finding > code')].map((code) => code.textContent),
            })),
            charts: [...element.querySelectorAll('table.chart')].map((table) => ({
              caption: (table as HTMLTableElement).caption?.textContent,
              rows: [...(table as HTMLTableElement).tBodies[0]!.rows].map((row) => [row.cells[0]!.textContent, row.cells[1]!.textContent]),
              barsHidden: [...table.querySelectorAll('.bar')].every((bar) => bar.getAttribute('aria-hidden') === 'true'),
            })),
          }
        })
        const tally = clinic.claims!
        expect(shown).toEqual({
          heading: `${clinic.name} (${clinic.slug}, ${clinic.jurisdiction})`,
          published: clinic.published.map((article) => ({title: article.title, href: `${sites.served.clinicUrls[clinic.slug]}${article.path}`})),
          blocked: clinic.blocked.map((article) => ({title: article.title, ruleIds: article.findings.map((finding) => finding.ruleId)})),
          charts: [
            {
              caption: `ادعاءات ${clinic.name} حسب درجة اليقين في الدليل (GRADE)`,
              rows: [...GRADE_CERTAINTY.map(({value, title}) => [title, String(tally.byCertainty[value])]), ['غير محددة', String(tally.byCertainty.unknown)]],
              barsHidden: true,
            },
            {
              caption: `ادعاءات ${clinic.name} حسب حالة المراجعة`,
              rows: CLAIM_STATES.map(({value, title}) => [title, String(tally.byState[value])]),
              barsHidden: true,
            },
          ],
        })
        // The caption names the table for assistive technology, as a screen reader would find it.
        expect(await section.getByRole('table', {name: `ادعاءات ${clinic.name} حسب حالة المراجعة`}).count()).toBe(1)
      }
      // The bundled dataset blocks articles in every clinic and cites claims of several grades.
      expect(report.clinics.every((clinic) => clinic.blocked.length > 0 && clinic.published.length > 0 && clinic.claims!.total > 0)).toBe(true)
      expect((await runAxe(page, 'report--desktop')).blocking).toEqual([])
      await page.screenshot({path: screenshotPath('report', 'index', 'desktop'), fullPage: true})
      expect(watch.problems()).toEqual([])
    } finally {
      await context.close()
    }
  })
})
