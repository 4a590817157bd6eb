// What the per-page browser suites share: the bundled sites served, one Chromium, every clinic's
// pages discovered once, and the table of page × viewport cases they all run.
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll} from 'vitest'
import type {ClinicReport} from '../../../src/report/buildReport.ts'
import {launchChromium, VIEWPORTS} from './chromium.ts'
import {clinicPages, type ClinicPage, type PageName} from './clinicPages.ts'
import {serveBundledSites, type BundledSites} from './servedSites.ts'

export const CLINICS = ['nour-cairo', 'rawda-riyadh', 'lulu-dubai'] as const
export const PAGE_NAMES: PageName[] = ['index', 'article', 'procedure', 'search', 'not-found']

export const pageCases = () => VIEWPORTS.flatMap((viewport) => PAGE_NAMES.map((pageName) => [pageName, viewport.name, viewport] as const))

export interface ClinicBrowserSuite {
  /** Registers the set-up and tear-down; call inside the suite's `describe.skipIf(!hasChromium)`. */
  register(): void
  browser(): Browser
  sites(): BundledSites
  page(slug: string, pageName: PageName): ClinicPage
  report(slug: string): ClinicReport
}

export const clinicBrowserSuite = (): ClinicBrowserSuite => {
  let sites: BundledSites | undefined
  let browser: Browser | undefined
  const pages = new Map<string, ClinicPage[]>()
  const suite: ClinicBrowserSuite = {
    register() {
      beforeAll(async () => {
        ;[sites, browser] = await Promise.all([serveBundledSites(), launchChromium()])
        for (const slug of CLINICS) pages.set(slug, await clinicPages(browser, sites.served.clinicUrls[slug]!, suite.report(slug)))
      })
      afterAll(async () => {
        await browser?.close()
        await sites?.close()
      })
    },
    browser: () => browser!,
    sites: () => sites!,
    page: (slug, pageName) => pages.get(slug)!.find((page) => page.name === pageName)!,
    report: (slug) => sites!.served.initialReport.clinics.find((clinic) => clinic.slug === slug)!,
  }
  return suite
}
