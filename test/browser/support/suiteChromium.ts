// What a browser suite sets up and tears down around its tests: one Chromium, and for the suites that
// read the sites, the bundled dataset (edited as the suite needs) built and served. Call inside the
// suite's `describe.skipIf(!hasChromium)`; the getters are read in the tests. Apart from chromium.ts,
// which scripts/contact-sheet.ts and the global setup import outside a test file.
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll} from 'vitest'
import type {RawDocument} from '../../support/bundledDataset.ts'
import {launchChromium} from './chromium.ts'
import {serveBundledSites, type BundledSites} from './servedSites.ts'

export const suiteChromium = (): {readonly browser: Browser} => {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  return {
    get browser() {
      return browser!
    },
  }
}

export const suiteSitesInChromium = (edit?: (documents: RawDocument[]) => RawDocument[]): {readonly browser: Browser; readonly sites: BundledSites} => {
  let sites: BundledSites | undefined
  let browser: Browser | undefined
  beforeAll(async () => {
    ;[sites, browser] = await Promise.all([serveBundledSites(edit), launchChromium()])
  })
  afterAll(async () => {
    await browser?.close()
    await sites?.close()
  })
  return {
    get browser() {
      return browser!
    },
    get sites() {
      return sites!
    },
  }
}
