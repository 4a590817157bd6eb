// ArabicMessage (the Studio's Arabic tooltips and confirmations) as Chromium lays it out: an
// identifier in a line never breaks at its hyphens while it fits on a line of its own, and one
// longer than the whole line wraps inside the box rather than running out of it.
import {ThemeProvider, studioTheme} from '@sanity/ui'
import type {Browser} from 'playwright-core'
import {createElement} from 'react'
import {renderToStaticMarkup} from 'react-dom/server'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {ArabicMessage} from '../../src/studio/messages/ArabicMessage.tsx'
import {hasChromium, launchChromium} from './support/chromium.ts'

const ID = 'claim-mesotherapy-hair-loss-2026'
const LINE = `لا يُنشر المقال لأن اعتماد الادعاء «${ID}» انتهى في 2026-06-30، فجدّده أو أرسله للمراجعة.`

let browser: Browser

/** At each box width: how many lines the identifier takes, and whether it stays inside the box. */
const layoutAt = async (widths: readonly number[]) => {
  const page = await browser.newPage({viewport: {width: 1280, height: 800}})
  try {
    const markup = renderToStaticMarkup(createElement(ThemeProvider, {theme: studioTheme}, createElement(ArabicMessage, {lines: [LINE]})))
    await page.setContent(`<!doctype html><html lang="en"><body style="margin:0;font:13px/1.4 sans-serif"><div id="box">${markup}</div></body></html>`)
    return await page.evaluate(
      ({widths, id}) => {
        const box = document.querySelector<HTMLElement>('#box')!
        const bdi = [...document.querySelectorAll('bdi')].find((element) => element.textContent === id)!
        return widths.map((width) => {
          box.style.width = `${width}px`
          const range = document.createRange()
          range.selectNodeContents(bdi)
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.bottom))).size
          const outer = box.getBoundingClientRect()
          const inner = bdi.getBoundingClientRect()
          return {width, lines, inside: inner.left >= outer.left - 0.5 && inner.right <= outer.right + 0.5}
        })
      },
      {widths, id: ID},
    )
  } finally {
    await page.close()
  }
}

describe.skipIf(!hasChromium)('ArabicMessage in Chromium', () => {
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('keeps an identifier whole on one line at every width it fits in', async () => {
    const widths = Array.from({length: 41}, (_, step) => 240 + step * 5)
    expect(await layoutAt(widths)).toEqual(widths.map((width) => ({width, lines: 1, inside: true})))
  })

  it('wraps an identifier longer than the line inside the box', async () => {
    const layouts = await layoutAt([90, 120])
    expect(layouts.map(({inside}) => inside)).toEqual([true, true])
    expect(layouts.map(({lines}) => lines > 1)).toEqual([true, true])
  })
})
