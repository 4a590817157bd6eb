// The sitemap and the two feeds are assembled from per-entry bytes kept between builds (the sitemap's
// <url> elements, the feeds' entry content). Each must be byte for byte what its package writes for
// the whole file at once, on the first build and after an edit, and nothing kept may leak from one
// build's content into the next.
import {Readable} from 'node:stream'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {SitemapStream, streamToPromise, type SitemapItemLoose} from 'sitemap'
import {describe, expect, it} from 'vitest'
import {createGraphReadMemo} from '../../src/content/graphReadMemo.ts'
import {atomFeed} from '../../src/delivery/atomFeed.ts'
import {entryId} from '../../src/delivery/deliveryPaths.ts'
import {feedEntries} from '../../src/delivery/feedItems.ts'
import {jsonFeed, jsonFeedBytes} from '../../src/delivery/jsonFeed.ts'
import {sitemapEntries, sitemapFiles, type SitemapLimits} from '../../src/delivery/sitemapXml.ts'
import {xmlItemPieces} from '../../src/delivery/xmlItemPieces.ts'
import {contentPlaceholder, withFeedContent} from '../../src/delivery/feedContentSlots.ts'
import type {RenderSiteInput} from '../../src/render/index.ts'
import {clinicOrigin} from '../../src/render/lib/sitePaths.ts'
import {manyArticlesSite, withRetitled, copyId} from '../search/manyArticlesSite.ts'

// Decoding strictly also proves no entry was cut mid-character.
const text = (bytes: Uint8Array | undefined) => new TextDecoder('utf-8', {fatal: true}).decode(bytes)

/** What the `sitemap` package writes for the site's entries (or `entries` of it) in one go. */
const packageSitemap = async (site: RenderSiteInput, entries: readonly SitemapItemLoose[] = sitemapEntries(site)) =>
  (
    await streamToPromise(
      Readable.from(entries).pipe(new SitemapStream({hostname: clinicOrigin(site.clinic)!, xmlns: {news: false, xhtml: false, image: false, video: false}})),
    )
  ).toString('utf8')

/** The site's sitemap files by path, as text. */
const sitemapTexts = async (site: RenderSiteInput, limits?: SitemapLimits): Promise<Record<string, string>> =>
  Object.fromEntries((await sitemapFiles(site, undefined, limits)).map((file) => [file.path, text(file.contents)]))
const sitemapXml = async (site: RenderSiteInput): Promise<string> => {
  const files = await sitemapTexts(site)
  expect(Object.keys(files)).toEqual(['sitemap.xml'])
  return files['sitemap.xml']!
}

/** A save: the article's title and its update time change, as a real save changes both. */
const saved = (site: RenderSiteInput, id: string): RenderSiteInput => {
  const retitled = withRetitled(site, id, (title) => `${title} — مُحدَّث <b>&</b> ]]> $&`)
  const article = retitled.graph.articles.get(id)!
  return {...retitled, graph: {...retitled.graph, articles: new Map(retitled.graph.articles).set(id, {...article, _updatedAt: '2026-11-21T11:00:00Z'})}}
}

// 300 articles: more than one run of joined entries (spliceBytes.ts), and more than the feeds carry.
const first = {...manyArticlesSite(300), memo: createGraphReadMemo()}
const second = saved(first, copyId(7))

describe('sitemapXml', () => {
  it('is what the package writes for every entry at once, before and after a save', async () => {
    for (const site of [first, second, first]) expect(await sitemapXml(site)).toBe(await packageSitemap(site))
    const after = await sitemapXml(second)
    expect(after).toContain('copy-7/</loc><lastmod>2026-11-21T11:00:00.000Z</lastmod>')
  })

  it('is the same with or without a running process memory', async () => {
    const {memo: _memo, ...oneOff} = second
    expect(await sitemapXml(oneOff)).toBe(await sitemapXml(second))
  })

  // sitemaps.org allows 50,000 URLs and 50 MiB in one sitemap; the limits are lowered here to split 300 articles.
  it.each<[name: string, limits: SitemapLimits, parts: number]>([
    ['URLs', {urls: 100, bytes: 50 * 1024 * 1024}, 4],
    ['bytes', {urls: 50_000, bytes: 20_000}, 0],
  ])('past its limit of %s, is a sitemap index of sitemaps the package writes for each run of entries in order', async (_, limits, parts) => {
    const entries = sitemapEntries(second)
    const files = await sitemapTexts(second, limits)
    const partPaths = Object.keys(files).slice(1)
    expect(Object.keys(files)[0]).toBe('sitemap.xml')
    if (parts > 0) expect(partPaths).toHaveLength(parts)
    expect(partPaths).toEqual(partPaths.map((__, index) => `sitemap-${index + 1}.xml`))
    expect(partPaths.length).toBeGreaterThan(1)
    const index = new XMLParser({isArray: (name) => name === 'sitemap'}).parse(files['sitemap.xml']!)
    expect(index.sitemapindex.sitemap.map((entry: {loc: string}) => entry.loc)).toEqual(partPaths.map((path) => `https://nour.example/${path}`))
    let start = 0
    for (const [number, path] of partPaths.entries()) {
      const urls = (files[path]!.match(/<url>/g) ?? []).length
      expect(urls).toBeLessThanOrEqual(limits.urls)
      expect(Buffer.byteLength(files[path]!)).toBeLessThanOrEqual(limits.bytes)
      const run = entries.slice(start, start + urls)
      expect(files[path], path).toBe(await packageSitemap(second, run))
      const lastmod = new Date(Math.max(...run.flatMap((entry) => (entry.lastmod ? [Date.parse(entry.lastmod)] : [])))).toISOString()
      expect(index.sitemapindex.sitemap[number].lastmod).toBe(lastmod)
      start += urls
    }
    expect(start).toBe(entries.length)
  })
})

describe('feeds', () => {
  it('carry each entry`s content as the packages write it, before and after a save', async () => {
    for (const site of [first, second, first]) {
      const entries = await feedEntries(site)
      // The Atom feed: what the package writes for every entry at once (summaries it has not seen).
      const unseen = entries.map((entry) => ({...entry, summary: {...entry.summary}}))
      expect(text(atomFeed(site, entries))).toBe(text(atomFeed({...site, memo: createGraphReadMemo()}, unseen)))
      // The README's «the 20 most recently updated articles», of this site's many.
      expect(entries.length).toBe(20)
      // The JSON feed: exactly JSON.stringify of the feed with its content.
      expect(text(jsonFeedBytes(site, entries))).toBe(`${JSON.stringify(jsonFeed(site, entries), null, 2)}\n`)
      // Well-formed, every entry's content the entry's HTML.
      const atom = text(atomFeed(site, entries))
      expect(XMLValidator.validate(atom)).toBe(true)
      const parsed = new XMLParser({ignoreAttributes: false, isArray: (name) => name === 'entry'}).parse(atom)
      expect(parsed.feed.entry.map((entry: {content: {'#text': string}}) => entry.content['#text'])).toEqual(
        entries.map((entry) => entry.html.replaceAll(']]>', ']]&gt;')),
      )
    }
  })

  it('show the saved article first with its new content, and the other entries unchanged', async () => {
    const before = JSON.parse(text(jsonFeedBytes(first, await feedEntries(first))))
    const after = JSON.parse(text(jsonFeedBytes(second, await feedEntries(second))))
    const savedId = entryId(second.clinic, copyId(7))
    expect(after.items[0].id).toBe(savedId)
    expect(after.items[0].title).toContain('مُحدَّث')
    const unchanged = (feed: {items: {id: string}[]}) => feed.items.filter((item) => item.id !== savedId)
    expect(unchanged(after)).toEqual(unchanged(before).slice(0, unchanged(after).length))
  })

  it('are the same with or without a running process memory', async () => {
    const {memo: _memo, ...oneOff} = second
    const entries = await feedEntries(second)
    expect(text(atomFeed(oneOff, entries))).toBe(text(atomFeed(second, entries)))
    expect(text(jsonFeedBytes(oneOff, entries))).toBe(text(jsonFeedBytes(second, entries)))
  })
})

describe('when a package writes its output differently', () => {
  it('the build fails instead of cutting the sitemap or losing a feed entry`s content', () => {
    expect(xmlItemPieces('<urlset><url><loc>x</loc></url></urlset>', '<url>', '</urlset>').items).toEqual(['<url><loc>x</loc></url>'])
    expect(() => xmlItemPieces('<urlset><url><loc>x</loc></url>', '<url>', '</urlset>')).toThrow(/has the package's output format changed/)
    const format = {written: (placeholder: string) => placeholder, encode: (html: string) => html}
    expect(text(withFeedContent(`<a>${contentPlaceholder(1)}</a>`, [{placeholder: contentPlaceholder(1), html: '<p>نص</p>'}], format))).toBe('<a><p>نص</p></a>')
    expect(() => withFeedContent('<a>escaped</a>', [{placeholder: contentPlaceholder(1), html: '<p>نص</p>'}], format)).toThrow(/lacks the placeholder/)
  })
})
