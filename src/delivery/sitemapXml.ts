// /sitemap.xml with lastmod per page, written by the `sitemap` package, split under a sitemap index
// past the sitemaps.org limits. Needs the clinic's domain: sitemap URLs are absolute.
import {Readable} from 'node:stream'
import {SitemapIndexStream, SitemapStream, streamToPromise, type SitemapItemLoose} from 'sitemap'
import {xmlItemPieces} from './xmlItemPieces.ts'
import {articlesAbout, proceduresWithPages} from '../render/lib/siteContents.ts'
import {articleUrl, clinicOrigin, HOME_URL, homePageUrl, procedureUrl} from '../render/lib/sitePaths.ts'
import {HOME_PAGE_SIZE} from '../render/lib/pages/indexPage.ts'
import type {RenderSiteInput} from '../render/lib/types.ts'
import {publishedSummaries} from './publishedSummaries.ts'
import type {ArticleSummary} from './apiShapes.ts'
import {oncePerObject} from '../memo/oncePerObject.ts'
import {latestTime, procedureUpdatedAt} from './contentDates.ts'
import {joinedRuns} from '../publish/spliceBytes.ts'
import {fileUrlPath, SITEMAP_FILE, sitemapPartFile, siteUrl} from './deliveryPaths.ts'

// Once per summary: remembered summaries outlive builds, and every build lists every article.
const articleEntry = oncePerObject((summary: ArticleSummary): SitemapItemLoose => ({url: articleUrl(summary.slug), lastmod: summary.updatedAt}))

export const sitemapEntries = (site: RenderSiteInput): SitemapItemLoose[] => {
  const summaries = publishedSummaries(site)
  const articles = articleEntry.each(
    summaries.map(({summary}) => summary),
    site.clinic._id,
  )
  const procedures = proceduresWithPages(site).map((procedure) => ({
    url: procedureUrl(procedure.slug.current),
    lastmod: procedureUpdatedAt(site, procedure, articlesAbout(site, procedure)),
  }))
  // The articles' times are parsed already (an article entry's lastmod is its summary's updatedAt).
  const home = latestTime([...summaries.map(({time}) => time), ...procedures.map((entry) => Date.parse(entry.lastmod))])
  return [{url: HOME_URL, ...(home ? {lastmod: home} : {})}, ...laterListPages(summaries), ...articles, ...procedures]
}

/**
 * The home page's later list pages (/page/2/ …), in the list's order, which is the summaries'
 * (pages/indexPage.ts): crawlers reach an article that has slid off the first page through them.
 * A page lists titles, excerpts and review dates, so it changed when the latest of its articles did.
 */
const laterListPages = (summaries: readonly {time: number}[]): SitemapItemLoose[] => {
  const entries: SitemapItemLoose[] = []
  for (let start = HOME_PAGE_SIZE; start < summaries.length; start += HOME_PAGE_SIZE) {
    const lastmod = latestTime(summaries.slice(start, start + HOME_PAGE_SIZE).map(({time}) => time))
    entries.push({url: homePageUrl(start / HOME_PAGE_SIZE + 1), ...(lastmod ? {lastmod} : {})})
  }
  return entries
}

const NAMESPACES = {news: false, xhtml: false, image: false, video: false}

/** The package's sitemap of `entries`. */
const librarySitemap = async (hostname: string, entries: readonly SitemapItemLoose[]): Promise<string> =>
  (await streamToPromise(Readable.from(entries).pipe(new SitemapStream({hostname, xmlns: NAMESPACES})))).toString('utf8')

// Each entry's element as bytes, per domain, for as long as the entry object lives. An article's
// entry is made once per remembered summary, so after a save only the saved article's entry, the home
// page and the procedure pages (a few dozen, made anew each build) go through the package again.
// Streaming ~2,700 entries through it on every build was the largest cost of an edit at 4,000
// articles (~65 ms for three clinics).
const written = new Map<string, {head: Uint8Array; tail: Uint8Array; elements: WeakMap<SitemapItemLoose, Uint8Array>}>()

/** sitemaps.org: one sitemap lists at most 50,000 URLs and is at most 50 MiB uncompressed; past either, a sitemap index lists several. */
export const SITEMAP_LIMITS = {urls: 50_000, bytes: 50 * 1024 * 1024}
export type SitemapLimits = typeof SITEMAP_LIMITS

/** The `<url>` elements of `entries` with the urlset's head and tail: kept ones as they were, the others through the package. */
const urlElements = async (hostname: string, entries: readonly SitemapItemLoose[]) => {
  const known = written.get(hostname)
  const missing = known ? entries.filter((entry) => !known.elements.has(entry)) : entries
  // With none missing, every entry was written for this domain before, and so were head and tail.
  const made = missing.length > 0 || !known ? xmlItemPieces(await librarySitemap(hostname, missing), '<url>', '</urlset>') : undefined
  const record = made ? {head: Buffer.from(made.head), tail: Buffer.from(made.tail), elements: known?.elements ?? new WeakMap()} : known!
  for (const [index, entry] of missing.entries()) record.elements.set(entry, Buffer.from(made!.items[index]!))
  written.set(hostname, record)
  return {head: record.head, tail: record.tail, elements: entries.map((entry) => record.elements.get(entry)!)}
}

/**
 * Where each sitemap of the index begins and ends in `elements`, in order, none past `limits` with its
 * head and tail. Made here on the kept elements: the package's SitemapAndIndexStream splits by URL
 * count alone, and would write every entry through the package again.
 */
const sitemapRanges = (elements: readonly Uint8Array[], frameBytes: number, limits: SitemapLimits): [start: number, end: number][] => {
  const ranges: [number, number][] = []
  let start = 0
  let bytes = frameBytes
  for (const [index, element] of elements.entries()) {
    if (index > start && (index - start >= limits.urls || bytes + element.length > limits.bytes)) {
      ranges.push([start, index])
      start = index
      bytes = frameBytes
    }
    bytes += element.length
  }
  ranges.push([start, elements.length])
  return ranges
}

/** The package's sitemap index of `sitemaps`, each an absolute URL with the latest lastmod of its entries. */
const librarySitemapIndex = async (sitemaps: readonly SitemapItemLoose[]): Promise<Uint8Array> =>
  streamToPromise(Readable.from(sitemaps).pipe(new SitemapIndexStream()))

/**
 * The sitemap files: none when the clinic has no domain to make URLs absolute with; `sitemap.xml`
 * alone while every entry fits in one (the same bytes as the package writes for all entries at once:
 * test/delivery holds it to that); past `limits`, `sitemap-1.xml`, `sitemap-2.xml`… in the entries'
 * order and `sitemap.xml` as the sitemap index listing them. `sitemap.xml` stays the one address that
 * robots.txt and the API index give, whichever it holds, and a site within the limits, which every
 * clinic's is by far, keeps the single file crawlers already read, with no index to fetch first.
 */
export const sitemapFiles = async (site: RenderSiteInput, entries = sitemapEntries(site), limits: SitemapLimits = SITEMAP_LIMITS): Promise<{path: string; contents: Uint8Array}[]> => {
  const hostname = clinicOrigin(site.clinic)
  if (!hostname) return []
  const {head, tail, elements} = await urlElements(hostname, entries)
  const ranges = sitemapRanges(elements, head.length + tail.length, limits)
  const urlset = ([start, end]: [number, number], part: number): Uint8Array =>
    Buffer.concat([head, ...joinedRuns(elements.slice(start, end), new Uint8Array(0), site.memo && `sitemap:${site.clinic._id}:${part}`), tail])
  if (ranges.length === 1) return [{path: SITEMAP_FILE, contents: urlset(ranges[0]!, 0)}]
  const parts = ranges.map((range, part) => ({path: sitemapPartFile(part + 1), contents: urlset(range, part)}))
  const index = await librarySitemapIndex(
    ranges.map(([start, end], part) => {
      const lastmod = latestTime(entries.slice(start, end).flatMap((entry) => (entry.lastmod ? [Date.parse(entry.lastmod)] : [])))
      return {url: siteUrl(site.clinic, fileUrlPath(sitemapPartFile(part + 1))), ...(lastmod ? {lastmod} : {})}
    }),
  )
  return [{path: SITEMAP_FILE, contents: index}, ...parts]
}
