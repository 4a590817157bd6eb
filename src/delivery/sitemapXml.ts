// /sitemap.xml with lastmod per page, written by the `sitemap` package. Needs the clinic's domain:
// sitemap URLs are absolute.
import {Readable} from 'node:stream'
import {SitemapStream, streamToPromise, type SitemapItemLoose} from 'sitemap'
import {proceduresWithPages} from '../render/lib/siteContents.ts'
import {articleUrl, clinicOrigin, HOME_URL, procedureUrl} from '../render/lib/sitePaths.ts'
import type {RenderSiteInput} from '../render/lib/types.ts'
import {publishedSummaries} from './publishedSummaries.ts'
import type {ArticleSummary} from './apiShapes.ts'
import {oncePerObject} from '../memo/oncePerObject.ts'
import {latestTime, procedureUpdatedAt} from './contentDates.ts'

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
    lastmod: procedureUpdatedAt(procedure, site.graph),
  }))
  // The articles' times are parsed already (an article entry's lastmod is its summary's updatedAt).
  const home = latestTime([...summaries.map(({time}) => time), ...procedures.map((entry) => Date.parse(entry.lastmod))])
  return [{url: HOME_URL, ...(home ? {lastmod: home} : {})}, ...articles, ...procedures]
}

/** `undefined` when the clinic has no domain to make URLs absolute with. */
export const sitemapXml = async (site: RenderSiteInput, entries = sitemapEntries(site)): Promise<string | undefined> => {
  const hostname = clinicOrigin(site.clinic)
  if (!hostname) return undefined
  const stream = new SitemapStream({hostname, xmlns: {news: false, xhtml: false, image: false, video: false}})
  return (await streamToPromise(Readable.from(entries).pipe(stream))).toString('utf8')
}
