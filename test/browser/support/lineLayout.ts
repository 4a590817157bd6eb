// Where Chromium draws the characters of one line of plain text, for the tests that check a string
// Sanad writes reads in the right order wherever it is dropped (a republishing site, a Studio list).
import type {Browser} from 'playwright-core'

/**
 * The horizontal centre of the character at each code-unit offset in `offsets` of `line`, set as the
 * text of a paragraph on one line in a page of direction `dir`.
 */
export const characterCentres = async (browser: Browser, line: string, dir: 'rtl' | 'ltr', offsets: readonly number[]): Promise<number[]> => {
  const page = await browser.newPage({viewport: {width: 1600, height: 200}})
  try {
    await page.setContent(`<!doctype html><html lang="${dir === 'rtl' ? 'ar' : 'en'}" dir="${dir}"><body><p style="white-space: nowrap"></p></body></html>`)
    return await page.evaluate(({line, offsets}) => {
      const paragraph = document.querySelector('p')!
      paragraph.textContent = line
      const text = paragraph.firstChild!
      return offsets.map((at) => {
        const range = document.createRange()
        range.setStart(text, at)
        range.setEnd(text, at + 1)
        const box = range.getBoundingClientRect()
        return box.left + box.width / 2
      })
    }, {line, offsets})
  } finally {
    await page.close()
  }
}
