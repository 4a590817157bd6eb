// The search page in Chromium's forced-colors mode (Windows contrast themes), where the browser
// replaces the site's colours with the reader's and drops backgrounds: the search button keeps a
// visible edge in the theme's colour, so it still reads as a button and not as a loose word «ابحث».
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {hasChromium, launchChromium, PHONE} from './support/chromium.ts'
import {serveBundledSites, type BundledSites} from './support/servedSites.ts'

describe.skipIf(!hasChromium)('forced-colors mode in Chromium', () => {
  let sites: BundledSites
  let browser: Browser

  beforeAll(async () => {
    ;[sites, browser] = await Promise.all([serveBundledSites(), launchChromium()])
  })

  afterAll(async () => {
    await browser?.close()
    await sites?.close()
  })

  it.each(['light', 'dark'] as const)('the search button has a visible border in a %s contrast theme', async (colorScheme) => {
    const context = await browser.newContext({viewport: PHONE, forcedColors: 'active', colorScheme})
    try {
      const page = await context.newPage()
      expect((await page.goto(new URL('/search/', sites.served.clinicUrls['nour-cairo']!).href))?.status()).toBe(200)
      const button = await page.getByRole('button', {name: 'ابحث'}).evaluate((element) => {
        const style = getComputedStyle(element)
        return {forced: matchMedia('(forced-colors: active)').matches, width: style.borderTopWidth, colour: style.borderTopColor, background: style.backgroundColor}
      })
      expect({forced: button.forced, width: button.width}).toEqual({forced: true, width: '2px'})
      expect(button.colour).not.toBe(button.background)
      expect(button.colour).not.toBe('rgba(0, 0, 0, 0)')
    } finally {
      await context.close()
    }
  })
})
