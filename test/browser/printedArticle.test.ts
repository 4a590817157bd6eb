// An article as a patient prints it, in Chromium's print media: the disclaimer and the references are
// on the paper, a reference whose only link is «رابط المصدر» is followed by its address, written
// left to right in an isolate, the screen-only skip link and search link are left out, and the
// clinic's name in the header is printed in the site's ink, not in white on a background not printed.
import {describe, expect, it} from 'vitest'
import {claimContentHash} from '../../src/workflow/index.ts'
import type {RawDocument} from '../support/bundledDataset.ts'
import {hasChromium, PHONE} from './support/chromium.ts'
import {SEED_ARTICLE_SLUG} from './support/clinicPages.ts'
import {suiteSitesInChromium} from './support/suiteChromium.ts'

const SOURCE_URL = 'https://www.ishrs.org/mesotherapy-review/'

/** claim.meso-hair-density's second study gets a web address, and the claim stays approved for what it now says. */
const withSourceUrl = (document: RawDocument): RawDocument => {
  if (document._id !== 'claim.meso-hair-density') return document
  const evidence = document.evidence as {citations: Record<string, unknown>[]}
  const edited = {...document, evidence: {...evidence, citations: evidence.citations.map((citation, index) => (index === 1 ? {...citation, url: SOURCE_URL} : citation))}}
  return {...edited, review: {...(document.review as object), approvedHash: claimContentHash(edited)}}
}

describe.skipIf(!hasChromium)('a printed article in Chromium', () => {
  const suite = suiteSitesInChromium((documents) => documents.map(withSourceUrl))

  it('keeps the disclaimer and references, prints the address of a source link and the clinic name in ink, leaves out the screen-only links', async () => {
    const context = await suite.browser.newContext({viewport: PHONE})
    try {
      const page = await context.newPage()
      expect((await page.goto(new URL(`/articles/${SEED_ARTICLE_SLUG}/`, suite.sites.served.clinicUrls['nour-cairo']!).href))?.status()).toBe(200)
      await page.emulateMedia({media: 'print'})
      const printed = await page.evaluate(() => {
        const shown = (selector: string) => {
          const element = document.querySelector(selector)
          return element !== null && element.getClientRects().length > 0
        }
        const sourceLink = document.querySelector('.citation-list a.source-link')
        const after = sourceLink ? getComputedStyle(sourceLink, '::after') : undefined
        return {
          disclaimer: shown('aside.disclaimer'),
          citations: shown('section.citations'),
          skipLink: shown('.skip-link'),
          searchLink: shown('.search-link'),
          clinicName: {colour: getComputedStyle(document.querySelector('.brand-name')!).color, background: getComputedStyle(document.querySelector('.site-header')!).backgroundColor},
          sourceLink: sourceLink?.textContent,
          address: after ? {content: after.content, direction: after.direction, unicodeBidi: after.unicodeBidi} : undefined,
        }
      })
      expect(printed).toEqual({
        disclaimer: true,
        citations: true,
        skipLink: false,
        searchLink: false,
        // The site's ink (#16191d): on paper, without the brand background, white would be printed a light grey.
        clinicName: {colour: 'rgb(22, 25, 29)', background: 'rgba(0, 0, 0, 0)'},
        sourceLink: 'رابط المصدر',
        address: {content: `" ${SOURCE_URL}"`, direction: 'ltr', unicodeBidi: 'isolate'},
      })
    } finally {
      await context.close()
    }
  })
})
