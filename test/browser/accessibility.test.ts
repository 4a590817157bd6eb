// Accessibility of each clinic site in Chromium: axe-core finds no serious or critical violation on
// the home, article, procedure, search and 404 pages at phone and desktop widths; every text reaches
// WCAG AA contrast, measured from the computed colours (axe's color-contrast skips Arabic text); the
// focus outlines of the skip link and the header's links reach 3:1 against what is drawn beside them,
// measured in pixels on each clinic's brand colours (support/focusContrast.ts); headings go
// h1 → h2 → h3 without skipping a level; every image has an alt text, in Arabic, except the
// logo beside the clinic's name (decorative, alt=""). Full axe results: test-artifacts/browser/axe/.
import {describe, expect, it} from 'vitest'
import {runAxe} from './support/axe.ts'
import {hasChromium} from './support/chromium.ts'
import {clinicBrowserSuite, CLINICS, pageCases} from './support/clinicBrowserSuite.ts'
import {focusContrastFailures} from './support/focusContrast.ts'
import {textContrastFailures} from './support/textContrast.ts'

const suite = clinicBrowserSuite()

describe.skipIf(!hasChromium)('clinic site accessibility', () => {
  suite.register()

  describe.concurrent.each(CLINICS)('%s', (slug) => {
    it.each(pageCases())('%s page at %s width: no serious axe violation, headings in order, Arabic alt texts', async (pageName, viewportName, viewport) => {
      const target = suite.page(slug, pageName)
      const context = await suite.browser().newContext({viewport: {width: viewport.width, height: viewport.height}})
      try {
        const page = await context.newPage()
        await page.goto(target.url)
        const axe = await runAxe(page, `${slug}--${pageName}--${viewportName}`)
        const structure = await page.evaluate(() => {
          const levels = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((heading) => ({
            level: Number(heading.tagName.slice(1)),
            text: heading.textContent?.trim() ?? '',
          }))
          const headingProblems = levels.flatMap((heading, index) => {
            if (index === 0) return heading.level === 1 ? [] : [`first heading is h${heading.level}: ${heading.text}`]
            const previous = levels[index - 1]!.level
            if (heading.level === 1) return [`second h1: ${heading.text}`]
            return heading.level > previous + 1 ? [`h${previous} → h${heading.level}: ${heading.text}`] : []
          })
          const images = [...document.querySelectorAll('img')].map((img) => ({
            src: img.getAttribute('src') ?? '',
            alt: img.getAttribute('alt'),
            // Decorative only beside visible text that names the same thing (the clinic's logo).
            decorative: img.closest('.brand')?.textContent?.trim() !== '',
          }))
          const imageProblems = images.flatMap(({src, alt, decorative}) => {
            if (alt === null) return [`no alt: ${src}`]
            if (alt === '') return decorative ? [] : [`empty alt on a content image: ${src}`]
            return /\p{Script=Arabic}/u.test(alt) ? [] : [`alt not in Arabic: ${src}: ${alt}`]
          })
          return {headingCount: levels.length, headingProblems, imageCount: images.length, imageProblems}
        })
        const lowContrast = await textContrastFailures(page)
        // The skip link, the clinic's name and the search link.
        const faintFocus = await focusContrastFailures(context, page, 3)
        expect({blocking: axe.blocking, headingProblems: structure.headingProblems, imageProblems: structure.imageProblems, lowContrast, faintFocus}).toEqual({
          blocking: [],
          headingProblems: [],
          imageProblems: [],
          lowContrast: [],
          faintFocus: [],
        })
        expect(structure.headingCount).toBeGreaterThan(0)
        // Every page has the logo; the article also its hero image, which must carry Arabic alt text.
        expect(structure.imageCount).toBeGreaterThanOrEqual(pageName === 'article' ? 2 : 1)
      } finally {
        await context.close()
      }
    })
  })
})
