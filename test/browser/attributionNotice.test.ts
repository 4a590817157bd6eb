// attribution.notice as a republishing site shows it: dropped as plain text into a paragraph of a
// right-to-left and of a left-to-right page, Chromium lays it out as an Arabic sentence should
// read: from the right, «المصدر» and the clinic, then the URL in parentheses, whole and left to
// right with its final «/» at its end, then the reviewer and the date.
import type {Browser} from 'playwright-core'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {attributionNotice} from '../../src/delivery/attributionNotice.ts'
import {hasChromium, launchChromium} from './support/chromium.ts'
import {characterCentres} from './support/lineLayout.ts'

const URL = 'https://nour-cairo.example/articles/hair-home-routine/'
const NOTICE = attributionNotice({clinicName: 'عيادة نور للجلدية والتجميل', url: URL, reviewerName: 'د. هالة عبد الرحمن', lastReviewed: '2026-10-01', locale: 'ar-EG'})

let browser: Browser

/** Where each part of `notice` is drawn, laid out on one line in a page of direction `dir`. */
const layout = async (notice: string, dir: 'rtl' | 'ltr') => {
  const start = notice.indexOf(URL)
  const urlOffsets = [...URL].map((_, index) => start + index)
  const parts = ['المصدر', 'عيادة', 'راجع', 'أكتوبر'].map((part) => notice.indexOf(part))
  const xs = await characterCentres(browser, notice, dir, [...urlOffsets, start - 2, start + URL.length + 1, ...parts])
  const urlXs = xs.slice(0, URL.length)
  const [opening, closing, source, clinic, reviewed, date] = xs.slice(URL.length) as [number, number, number, number, number, number]
  return {
    urlInOrder: urlXs.every((value, index) => index === 0 || value > urlXs[index - 1]!),
    urlLeft: Math.min(...urlXs),
    urlRight: Math.max(...urlXs),
    lastSlash: urlXs.at(-1)!,
    source,
    clinic,
    opening,
    closing,
    reviewed,
    date,
  }
}

describe.skipIf(!hasChromium)('attribution.notice in Chromium', () => {
  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })

  it.each(['rtl', 'ltr'] as const)('reads right to left with the URL whole, in a %s page', async (dir) => {
    const shown = await layout(NOTICE, dir)
    expect(shown.urlInOrder).toBe(true)
    expect(shown.lastSlash).toBe(shown.urlRight)
    expect({
      sourceRightOfClinic: shown.source > shown.clinic,
      clinicRightOfOpening: shown.clinic > shown.opening,
      openingRightOfUrl: shown.opening > shown.urlRight,
      closingLeftOfUrl: shown.closing < shown.urlLeft,
      reviewedLeftOfClosing: shown.reviewed < shown.closing,
      dateLeftOfReviewed: shown.date < shown.reviewed,
    }).toEqual({
      sourceRightOfClinic: true,
      clinicRightOfOpening: true,
      openingRightOfUrl: true,
      closingLeftOfUrl: true,
      reviewedLeftOfClosing: true,
      dateLeftOfReviewed: true,
    })
  })
})
