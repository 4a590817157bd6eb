// /sitemap.xml with lastmod per page, written by the `sitemap` package. Needs the clinic's domain:
// sitemap URLs are absolute.
import {Readable} from 'node:stream'
import {SitemapStream, streamToPromise, type SitemapItemLoose} from 'sitemap'
import {proceduresWithPages} from '../render/lib/siteContents.ts'
import {articleUrl, clinicOrigin, HOME_URL, procedureUrl} from '../render/lib/sitePaths.ts'
import type {RenderSiteInput} from '../render/lib/types.ts'
import {publishedSummaries} from './publishedSummaries.ts'
import {latestInstant, procedureUpdatedAt} from './contentDates.ts'

export const sitemapEntries = (site: RenderSiteInput): SitemapItemLoose[] => {
  const articles = publishedSummaries(site).map(({article, summary}) => ({url: articleUrl(article.slug.current), lastmod: summary.updatedAt}))
  const procedures = proceduresWithPages(site).map((procedure) => ({
    url: procedureUrl(procedure.slug.current),
    lastmod: procedureUpdatedAt(procedure, site.graph),
  }))
  const home = latestInstant([...articles, ...procedures].map((entry) => entry.lastmod))
  return [{url: HOME_URL, ...(home ? {lastmod: home} : {})}, ...articles, ...procedures]
}

/** `undefined` when the clinic has no domain to make URLs absolute with. */
export const sitemapXml = async (site: RenderSiteInput, entries = sitemapEntries(site)): Promise<string | undefined> => {
  const hostname = clinicOrigin(site.clinic)
  if (!hostname) return undefined
  const stream = new SitemapStream({hostname, xmlns: {news: false, xhtml: false, image: false, video: false}})
  return (await streamToPromise(Readable.from(entries).pipe(stream))).toString('utf8')
}
