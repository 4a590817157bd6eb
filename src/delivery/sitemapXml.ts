// /sitemap.xml with lastmod per page, written by the `sitemap` package. Needs the clinic's domain:
// sitemap URLs are absolute.
import {Readable} from 'node:stream'
import {SitemapStream, streamToPromise, type SitemapItemLoose} from 'sitemap'
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

/**
 * `undefined` when the clinic has no domain to make URLs absolute with. The same bytes as the
 * package writes for all entries at once (test/delivery holds it to that): entries written before
 * are taken as they were, and only the others go through the package.
 */
export const sitemapXml = async (site: RenderSiteInput, entries = sitemapEntries(site)): Promise<Uint8Array | undefined> => {
  const hostname = clinicOrigin(site.clinic)
  if (!hostname) return undefined
  const known = written.get(hostname)
  const missing = known ? entries.filter((entry) => !known.elements.has(entry)) : entries
  // With none missing, every entry was written for this domain before, and so were head and tail.
  const made = missing.length > 0 || !known ? xmlItemPieces(await librarySitemap(hostname, missing), '<url>', '</urlset>') : undefined
  const record = made ? {head: Buffer.from(made.head), tail: Buffer.from(made.tail), elements: known?.elements ?? new WeakMap()} : known!
  for (const [index, entry] of missing.entries()) record.elements.set(entry, Buffer.from(made!.items[index]!))
  written.set(hostname, record)
  const elements = entries.map((entry) => record.elements.get(entry)!)
  return Buffer.concat([record.head, ...joinedRuns(elements, new Uint8Array(0), site.memo && `sitemap:${site.clinic._id}`), record.tail])
}
