// WCAG AA text contrast measured from Chromium's computed colours: every visible text of a page
// against the first background behind it, 4.5:1 (3:1 for large text: 24 px, or 18.66 px bold).
// axe's color-contrast rule cannot do this on Sanad's pages: it takes joined Arabic letters drawn
// on its canvas for an icon ligature and skips the text, reporting it neither passing nor failing.
import type {Page} from 'playwright-core'

/** `text: ratio` for each visible text below WCAG AA; [] when all of it reads. */
export const textContrastFailures = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const rgb = (colour: string) => colour.match(/[\d.]+/g)!.map(Number)
    const channel = (value: number) => (value / 255 <= 0.04045 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4)
    const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!)
    const backgroundOf = (element: Element): string => {
      for (let at: Element | null = element; at; at = at.parentElement) {
        const colour = getComputedStyle(at).backgroundColor
        if (rgb(colour)[3] !== 0) return colour
      }
      return 'rgb(255, 255, 255)'
    }
    const failures: string[] = []
    const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
      const element = text.parentElement
      const value = text.textContent?.trim()
      if (!element || !value || element.getClientRects().length === 0) continue
      const style = getComputedStyle(element)
      if (style.visibility !== 'visible') continue
      const [light, dark] = [luminance(rgb(style.color)), luminance(rgb(backgroundOf(element)))].sort((a, b) => b - a) as [number, number]
      const ratio = (light + 0.05) / (dark + 0.05)
      const size = Number.parseFloat(style.fontSize)
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700)
      if (ratio < (large ? 3 : 4.5)) failures.push(`${value.slice(0, 30)}: ${ratio.toFixed(2)}`)
    }
    return failures
  })
