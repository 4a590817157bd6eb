// The sitemap and the two feeds are assembled from per-entry bytes kept between builds (the sitemap's
// <url> elements, the feeds' entry content). Each must be byte for byte what its package writes for
// the whole file at once, on the first build and after an edit, and nothing kept may leak from one
// build's content into the next.
import {Readable} from 'node:stream'
import {XMLParser, XMLValidator} from 'fast-xml-parser'
import {SitemapStream, streamToPromise} from 'sitemap'
import {describe, expect, it} from 'vitest'
import {createGraphReadMemo} from '../../src/content/graphReadMemo.ts'
import {atomFeed} from '../../src/delivery/atomFeed.ts'
import {entryId} from '../../src/delivery/deliveryPaths.ts'
import {feedEntries} from '../../src/delivery/feedItems.ts'
import {jsonFeed, jsonFeedBytes} from '../../src/delivery/jsonFeed.ts'
import {sitemapEntries, sitemapXml} from '../../src/delivery/sitemapXml.ts'
import {xmlItemPieces} from '../../src/delivery/xmlItemPieces.ts'
import {contentPlaceholder, withFeedContent} from '../../src/delivery/feedContentSlots.ts'
import type {RenderSiteInput} from '../../src/render/index.ts'
import {clinicOrigin} from '../../src/render/lib/sitePaths.ts'
import {manyArticlesSite, withRetitled, copyId} from '../search/manyArticlesSite.ts'

// Decoding strictly also proves no entry was cut mid-character.
const text = (bytes: Uint8Array | undefined) => new TextDecoder('utf-8', {fatal: true}).decode(bytes)

/** What the `sitemap` package writes for the site's entries in one go. */
const packageSitemap = async (site: RenderSiteInput) =>
  (
    await streamToPromise(
      Readable.from(sitemapEntries(site)).pipe(new SitemapStream({hostname: clinicOrigin(site.clinic)!, xmlns: {news: false, xhtml: false, image: false, video: false}})),
    )
  ).toString('utf8')

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
    for (const site of [first, second, first]) expect(text(await sitemapXml(site))).toBe(await packageSitemap(site))
    const after = text(await sitemapXml(second))
    expect(after).toContain('copy-7/</loc><lastmod>2026-11-21T11:00:00.000Z</lastmod>')
  })

  it('is the same with or without a running process memory', async () => {
    const {memo: _memo, ...oneOff} = second
    expect(text(await sitemapXml(oneOff))).toBe(text(await sitemapXml(second)))
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
