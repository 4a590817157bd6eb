// WCAG 1.4.11 for focus indicators, measured in Chromium's pixels: the focus outline of each of a
// page's first tab stops (the skip link, the header's links) against the colours drawn on either side
// of its stroke, at the middle of each side, at least 3:1. Pixels rather than computed colours: what
// is behind an outline (the header band, the page, a box's own background) is whatever is drawn there.
import type {BrowserContext, Page} from 'playwright-core'

const MIN_FOCUS_CONTRAST = 3

type Point = [x: number, y: number]

interface Ring {
  label: string
  /** Per side: the middle of the outline's stroke, then a point just inside it and one just outside it. */
  sides: {side: string; stroke: Point; inner: Point; outer: Point}[]
}

const focusedRing = (page: Page): Promise<Ring | undefined> =>
  page.evaluate(() => {
    const element = document.activeElement
    if (!element || element === document.body) return undefined
    const rect = element.getBoundingClientRect()
    const style = getComputedStyle(element)
    const width = style.outlineStyle === 'none' ? 0 : Number.parseFloat(style.outlineWidth)
    const offset = Number.parseFloat(style.outlineOffset)
    // Distances out from the border box (negative: inside it). Inside an outline drawn away from the
    // box, the gap's middle; else 2 px into the box; outside, 2 px past the stroke.
    const stroke = offset + width / 2
    const inner = offset >= 2 ? offset / 2 : offset - 2
    const outer = offset + width + 2
    const [midX, midY] = [rect.left + rect.width / 2, rect.top + rect.height / 2]
    const at = (distance: number) => ({
      top: [midX, rect.top - distance],
      bottom: [midX, rect.bottom + distance],
      left: [rect.left - distance, midY],
      right: [rect.right + distance, midY],
    })
    const [strokes, inners, outers] = [at(stroke), at(inner), at(outer)]
    const label = `${element.className || element.tagName.toLowerCase()} «${element.textContent?.trim().slice(0, 20) ?? ''}»`
    return {
      label,
      sides: (['top', 'bottom', 'left', 'right'] as const).map((side) => ({side, stroke: strokes[side], inner: inners[side], outer: outers[side]}) as Ring['sides'][number]),
    }
  })

// A screenshot's pixels, read back through a canvas in a blank page of the same browser (no PNG
// decoder among the dependencies, and the site's CSP would not let its own pages do it).
const pixelsAt = (decoder: Page, png: Buffer, points: Point[]): Promise<number[][]> =>
  decoder.evaluate(
    async ({data, points}) => {
      const bitmap = await createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob())
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height)
      const context = canvas.getContext('2d')!
      context.drawImage(bitmap, 0, 0)
      const clamp = (value: number, size: number) => Math.min(size - 1, Math.max(0, Math.floor(value)))
      return points.map(([x, y]) => [...context.getImageData(clamp(x, bitmap.width), clamp(y, bitmap.height), 1, 1).data.slice(0, 3)])
    },
    {data: png.toString('base64'), points},
  )

const channel = (value: number) => (value / 255 <= 0.04045 ? value / 255 / 12.92 : ((value / 255 + 0.055) / 1.055) ** 2.4)
const luminance = ([r, g, b]: number[]) => 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!)
const contrast = (a: number[], b: number[]) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/**
 * `label side: ratio` for each side of the focus outline of the page's first `stops` tab stops that is
 * below 3:1 against what is drawn beside it; [] when every one shows. Tabs from the page's start.
 */
export const focusContrastFailures = async (context: BrowserContext, page: Page, stops: number): Promise<string[]> => {
  const decoder = await context.newPage()
  try {
    const failures: string[] = []
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    for (let stop = 0; stop < stops; stop++) {
      await page.keyboard.press('Tab')
      const ring = await focusedRing(page)
      if (!ring) break
      const png = await page.screenshot({scale: 'css', animations: 'disabled', caret: 'hide'})
      const colours = await pixelsAt(decoder, png, ring.sides.flatMap(({stroke, inner, outer}) => [stroke, inner, outer]))
      ring.sides.forEach(({side}, index) => {
        const [stroke, inner, outer] = colours.slice(index * 3, index * 3 + 3) as [number[], number[], number[]]
        const ratio = Math.min(contrast(stroke, inner), contrast(stroke, outer))
        if (ratio < MIN_FOCUS_CONTRAST) failures.push(`${ring.label} ${side}: ${ratio.toFixed(2)}`)
      })
    }
    return failures
  } finally {
    await decoder.close()
  }
}
