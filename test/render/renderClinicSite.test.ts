// renderClinicSite: the whole site of one clinic as files, with CSP-safe pages (no inline styles or
// scripts except JSON-LD; the search page loads one script file), stable bytes, and font files that
// exist in the installed package.
import {existsSync, readFileSync} from 'node:fs'
import {createRequire} from 'node:module'
import {dirname, join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {contrastRatio} from '../../src/render/lib/clinicCss.ts'
import {clinicCss, FONT_PACKAGE, renderClinicSite, renderSiteFrame, siteCss, type RenderedFile, type SiteFile, type TextFile} from '../../src/render/index.ts'
import {SITE_CLASSES} from '../../src/render/lib/siteSchema.ts'
import {graphOf, rawDocuments, siteInput} from './fixtures.ts'
import {asText} from '../support/textFile.ts'

const rendered = (files: SiteFile[]): TextFile[] => files.filter((file): file is RenderedFile => 'contents' in file).map(asText)
const htmlOf = (files: SiteFile[]) => rendered(files).filter((file) => file.path.endsWith('.html'))

const packageDir = dirname(createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/package.json`))

describe('renderClinicSite', () => {
  const files = renderClinicSite(siteInput())

  it('renders the home, 404, published article and offered procedure pages, styles and fonts', () => {
    expect(files.map((file) => file.path)).toEqual([
      'index.html',
      '404.html',
      'search/index.html',
      'procedures/mesotherapy/index.html',
      'procedures/prp/index.html',
      'assets/site.css',
      'assets/clinic.css',
      'assets/fonts/noto-naskh-arabic-arabic-400-normal.woff2',
      'assets/fonts/noto-naskh-arabic-arabic-700-normal.woff2',
      'assets/fonts/noto-naskh-arabic-latin-400-normal.woff2',
      'assets/fonts/noto-naskh-arabic-latin-700-normal.woff2',
      'assets/fonts/LICENSE.txt',
      'articles/mesotherapy-realistic/index.html',
      'articles/prp-hair/index.html',
    ])
  })

  it('is the site frame plus one page per published article', () => {
    const frame = renderSiteFrame(siteInput()).map((file) => file.path)
    expect(files.map((file) => file.path).filter((path) => !frame.includes(path))).toEqual([
      'articles/mesotherapy-realistic/index.html',
      'articles/prp-hair/index.html',
    ])
  })

  it('ignores published ids that are not articles in the graph', () => {
    const paths = renderClinicSite(siteInput('clinic.nour-cairo', {published: new Set(['article.meso', 'article.gone'])})).map((file) => file.path)
    expect(paths.filter((path) => path.startsWith('articles/'))).toEqual(['articles/mesotherapy-realistic/index.html'])
  })

  it.each(['clinic.nour-cairo', 'clinic.rawda-riyadh', 'clinic.lulu-dubai'])('has no inline style or script on any page of %s', (clinicId) => {
    for (const page of htmlOf(renderClinicSite(siteInput(clinicId)))) {
      expect(page.contents, page.path).not.toMatch(/\sstyle=/i)
      expect(page.contents, page.path).not.toMatch(/<style/i)
      expect(page.contents, page.path).not.toMatch(/\son[a-z]+=/i)
      // JSON-LD is data; the search page alone loads one same-origin script file.
      const allowed = ['<script type="application/ld+json">', ...(page.path === 'search/index.html' ? ['<script type="module" src="/assets/search.js">'] : [])]
      for (const [tag] of page.contents.matchAll(/<script[^>]*>/gi)) expect(allowed, page.path).toContain(tag)
      if (page.path === 'search/index.html') expect(page.contents).toContain('<script type="module" src="/assets/search.js"></script>')
    }
  })

  it('renders the same bytes for the same input', () => {
    expect(renderClinicSite(siteInput())).toEqual(files)
  })

  it('copies font files that exist in the installed package, and the stylesheet points at them', () => {
    const copies = files.filter((file) => 'copyFrom' in file)
    for (const copy of copies) {
      expect(copy.copyFrom.package).toBe(FONT_PACKAGE)
      expect(existsSync(join(packageDir, copy.copyFrom.file)), copy.copyFrom.file).toBe(true)
    }
    const fontUrls = [...siteCss().matchAll(/url\(([^)]+)\)/g)].map((match) => match[1])
    expect(fontUrls).toEqual(copies.filter((copy) => copy.path.endsWith('.woff2')).map((copy) => `/${copy.path}`))
  })

  it('takes the font unicode ranges from the package', () => {
    const ranges = JSON.parse(readFileSync(join(packageDir, 'unicode.json'), 'utf8')) as Record<string, string>
    expect(siteCss()).toContain(`unicode-range: ${ranges.arabic};`)
  })

  it.each([
    ['clinic.nour-cairo', ':root {\n  --brand: #0f5c63;\n  --on-brand: #ffffff;\n  --accent: #c98a2b;\n  --link: #0f5c63;\n}\nol { list-style-type: arabic-indic; }\n'],
    // A light brand colour gets dark header text, and links fall back to a readable blue.
    ['clinic.rawda-riyadh', ':root {\n  --brand: #f2e8c9;\n  --on-brand: #111418;\n  --accent: #f2e8c9;\n  --link: #0b4f8a;\n}\nol { list-style-type: arabic-indic; }\n'],
    ['clinic.lulu-dubai', ':root {\n  --brand: #1f4e79;\n  --on-brand: #ffffff;\n  --accent: #1f4e79;\n  --link: #1f4e79;\n}\n'],
  ])('writes the branding of %s as custom properties, list markers in its digits', (clinicId, css) => {
    expect(clinicCss(siteInput(clinicId).clinic)).toBe(css)
  })

  // The header text and the search button are --on-brand on --brand; links are --link on the page
  // (#ffffff) and on the footer's and evidence notes' wash (#f4f6f8). Each pair reaches WCAG AA's 4.5:1.
  it.each([
    // Mid-grey: neither white (4.29) nor the site's ink (4.30) reads on it; black does (4.89).
    ['#7A7A7A', {onBrand: '#000000', link: '#0b4f8a'}],
    // 4.54:1 with white, so white header text; but 4.19:1 on the footer's wash, so not for links.
    ['#767676', {onBrand: '#ffffff', link: '#0b4f8a'}],
    ['#5B2A86', {onBrand: '#ffffff', link: '#5b2a86'}],
    ['#F4D35E', {onBrand: '#111418', link: '#0b4f8a'}],
  ])('gives brand colour %s text colours that reach 4.5:1 on every background they are drawn on', (primaryColor, expected) => {
    const css = clinicCss({...siteInput('clinic.lulu-dubai').clinic, branding: {primaryColor}})
    const property = (name: string) => css.match(new RegExp(`--${name}: (#[0-9a-f]{6});`))![1]!
    const colours = {onBrand: property('on-brand'), link: property('link')}
    expect(colours).toEqual(expected)
    expect(contrastRatio(colours.onBrand, primaryColor)).toBeGreaterThanOrEqual(4.5)
    for (const background of ['#ffffff', '#f4f6f8']) expect(contrastRatio(colours.link, background), background).toBeGreaterThanOrEqual(4.5)
  })

  it.each([
    ['clinic.nour-cairo', '/images/nour-logo.png', undefined],
    ['clinic.rawda-riyadh', '/assets/icon.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#F2E8C9"/></svg>\n'],
    ['clinic.lulu-dubai', '/assets/icon.svg', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#1f4e79"/></svg>\n'],
  ])('gives every page of %s a tab icon: the logo, else a brand-colour square (%s)', (clinicId, href, generated) => {
    const site = rendered(renderClinicSite(siteInput(clinicId)))
    for (const page of htmlOf(site)) expect(page.contents, page.path).toContain(`<link rel="icon" href="${href}">`)
    expect(site.find((file) => file.path === 'assets/icon.svg')?.contents).toBe(generated)
  })

  it.each([
    [
      'clinic.nour-cairo',
      '<link rel="alternate" type="application/atom+xml" title="آخر مقالات عيادة نور (Atom)" href="/atom.xml">' +
        '<link rel="alternate" type="application/feed+json" title="آخر مقالات عيادة نور (JSON Feed)" href="/feed.json">',
    ],
    // No domain, so no feeds (renderFeeds) and nothing to link.
    ['clinic.rawda-riyadh', ''],
  ])('links every page of %s to the clinic\'s Atom and JSON feeds for autodiscovery', (clinicId, links) => {
    for (const page of htmlOf(renderClinicSite(siteInput(clinicId)))) {
      expect(page.contents, page.path).toContain(`<link rel="stylesheet" href="/assets/clinic.css">${links}`)
      expect(page.contents.includes('rel="alternate"'), page.path).toBe(links !== '')
    }
  })

  // A feed reader offers the feeds it finds by these titles.
  it.each([
    [
      'clinic.nour-cairo',
      '<link rel="alternate" type="application/atom+xml" title="آخر مقالات عيادة نور ٢٤ (Atom)" href="/atom.xml">' +
        '<link rel="alternate" type="application/feed+json" title="آخر مقالات عيادة نور ٢٤ (JSON Feed)" href="/feed.json">',
    ],
    [
      'clinic.lulu-dubai',
      '<link rel="alternate" type="application/atom+xml" title="آخر مقالات عيادة لؤلؤ 24 (Atom)" href="/atom.xml">' +
        '<link rel="alternate" type="application/feed+json" title="آخر مقالات عيادة لؤلؤ 24 (JSON Feed)" href="/feed.json">',
    ],
  ])('titles the feed links of %s in the digits of its pages', (clinicId, links) => {
    const raws = rawDocuments().map((raw) => {
      const document = raw as {_id: string; name?: string}
      return document._id === clinicId ? {...document, name: `${document.name} 24`} : raw
    })
    const [home] = htmlOf(renderClinicSite(siteInput(clinicId, {graph: graphOf(raws)})))
    expect(home!.contents).toContain(`<link rel="stylesheet" href="/assets/clinic.css">${links}`)
  })

  it('styles only classes the sanitizer lets through', () => {
    const selectors = new Set([...siteCss().matchAll(/(?<![\d\w])\.([a-zA-Z][\w-]*)/g)].map((match) => match[1]))
    expect([...selectors].filter((name) => !SITE_CLASSES.includes(name as string))).toEqual([])
  })

  it('styles with logical properties only', () => {
    expect(siteCss()).not.toMatch(/(margin|padding|border)-(left|right)|\b(left|right):|text-align:\s*(left|right)/)
  })
})
