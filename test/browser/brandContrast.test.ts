// A clinic's brand colour, whatever it is, leaves its pages readable in Chromium: with mid-tone
// brands (a grey on which neither white nor the site's ink reaches 4.5:1, and one that reaches it
// with white but not on the footer's wash), every text, the header's, the search button's and the
// links' included, reaches WCAG AA against the background it is drawn on (3:1 for large text),
// measured from the computed colours (support/textContrast.ts: axe skips Arabic text), and the focus
// outlines of the skip link and the header's links reach 3:1 against what is beside them (support/focusContrast.ts).
import {describe, expect, it} from 'vitest'
import type {RawDocument} from '../support/bundledDataset.ts'
import {hasChromium, PHONE} from './support/chromium.ts'
import {SEED_ARTICLE_SLUG} from './support/clinicPages.ts'
import {focusContrastFailures} from './support/focusContrast.ts'
import {suiteSitesInChromium} from './support/suiteChromium.ts'
import {textContrastFailures} from './support/textContrast.ts'

const BRANDS = {'nour-cairo': '#7A7A7A', 'lulu-dubai': '#767676'} as const

const withBrand = (document: RawDocument): RawDocument => {
  const primaryColor = Object.entries(BRANDS).find(([slug]) => document._id === `clinic.${slug}`)?.[1]
  return primaryColor ? {...document, branding: {...(document.branding as object), primaryColor}} : document
}

describe.skipIf(!hasChromium)('brand colours in Chromium', () => {
  const suite = suiteSitesInChromium((documents) => documents.map(withBrand))

  it.each(Object.entries(BRANDS).flatMap(([slug, colour]) => ['/', '/search/', `/articles/${SEED_ARTICLE_SLUG}/`].map((path) => [slug, colour, path] as const)))(
    '%s with brand %s: every text and focus outline on %s reaches WCAG AA',
    async (slug, _, path) => {
      const context = await suite.browser.newContext({viewport: PHONE})
      try {
        const page = await context.newPage()
        expect((await page.goto(new URL(path, suite.sites.served.clinicUrls[slug]!).href))?.status()).toBe(200)
        expect(await textContrastFailures(page)).toEqual([])
        expect(await focusContrastFailures(context, page, 3)).toEqual([])
      } finally {
        await context.close()
      }
    },
  )
})
