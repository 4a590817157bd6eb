// A clinic's brand colour, whatever it is, leaves its pages readable in Chromium: with mid-tone
// brands (a grey on which neither white nor the site's ink reaches 4.5:1, and one that reaches it
// with white but not on the footer's wash), every link and button, the header's text and the
// search button included, reaches WCAG AA against the background it is drawn on (3:1 for large
// text). Measured on the computed colours, since axe's color-contrast rule skips the header's and
// the button's short Arabic texts (it reports them neither as passing nor as failing).
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import type {RawDocument} from '../support/bundledDataset.ts'
import {hasChromium, launchChromium, PHONE} from './support/chromium.ts'
import {SEED_ARTICLE_SLUG} from './support/clinicPages.ts'
import {serveBundledSites, type BundledSites} from './support/servedSites.ts'

const BRANDS = {'nour-cairo': '#7A7A7A', 'lulu-dubai': '#767676'} as const

const withBrand = (document: RawDocument): RawDocument => {
  const primaryColor = Object.entries(BRANDS).find(([slug]) => document._id === `clinic.${slug}`)?.[1]
  return primaryColor ? {...document, branding: {...(document.branding as object), primaryColor}} : document
}

describe.skipIf(!hasChromium)('brand colours in Chromium', () => {
  let sites: BundledSites
  let browser: Browser

  beforeAll(async () => {
    ;[sites, browser] = await Promise.all([serveBundledSites((documents) => documents.map(withBrand)), launchChromium()])
  })

  afterAll(async () => {
    await browser?.close()
    await sites?.close()
  })

  it.each(Object.entries(BRANDS).flatMap(([slug, colour]) => ['/', '/search/', `/articles/${SEED_ARTICLE_SLUG}/`].map((path) => [slug, colour, path] as const)))(
    '%s with brand %s: every link and button on %s reaches WCAG AA',
    async (slug, _, path) => {
      const context = await browser.newContext({viewport: PHONE})
      try {
        const page = await context.newPage()
        expect((await page.goto(new URL(path, sites.served.clinicUrls[slug]!).href))?.status()).toBe(200)
        const failures = await page.evaluate(() => {
          const rgb = (colour: string) => colour.match(/[\d.]+/g)!.map(Number)
          const channel = (value: number) => (value / 255 <= 0.04045 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4)
          const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!)
          const backgroundOf = (element: Element | null): string => {
            for (let at = element; at; at = at.parentElement) {
              const colour = getComputedStyle(at).backgroundColor
              if (rgb(colour)[3] !== 0) return colour
            }
            return 'rgb(255, 255, 255)'
          }
          return [...document.querySelectorAll('a, button, .site-header *')].flatMap((element) => {
            if (!element.textContent?.trim() || element.getClientRects().length === 0) return []
            const style = getComputedStyle(element)
            const [fg, bg] = [luminance(rgb(style.color)), luminance(rgb(backgroundOf(element)))].sort((a, b) => b - a) as [number, number]
            const ratio = (fg + 0.05) / (bg + 0.05)
            const size = Number.parseFloat(style.fontSize)
            const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700)
            return ratio >= (large ? 3 : 4.5) ? [] : [`${element.textContent.trim().slice(0, 30)}: ${ratio.toFixed(2)}`]
          })
        })
        expect(failures).toEqual([])
      } finally {
        await context.close()
      }
    },
  )
})
