// /api/v1/index.json: what a clinic site polls. Lists every published article (newest review
// first, as the home page) and every procedure the clinic offers, with links to the rest of the API.
import {proceduresWithPages} from '../render/lib/siteContents.ts'
import type {RenderSiteInput} from '../render/lib/types.ts'
import {oncePerObject} from '../memo/oncePerObject.ts'
import type {ApiIndex, ArticleSummary} from './apiShapes.ts'
import {apiSchemaUrl} from './apiJsonSchema.ts'
import {latestSummaryUpdate, publishedSummaries} from './publishedSummaries.ts'
import {clinicSummary, procedureLink} from './credits.ts'
import {ATOM_FEED_FILE, fileUrlPath, JSON_FEED_FILE, SITEMAP_FILE, siteUrl} from './deliveryPaths.ts'
import {clinicOrigin} from '../render/lib/sitePaths.ts'
import {joinedRuns, spliceBytes} from '../publish/spliceBytes.ts'

export const apiIndex = (site: RenderSiteInput): ApiIndex => {
  const hasOrigin = clinicOrigin(site.clinic) !== undefined
  const summaries = publishedSummaries(site)
  return {
    $schema: apiSchemaUrl(site.clinic, 'index'),
    apiVersion: 'v1',
    clinic: clinicSummary(site.clinic),
    updatedAt: latestSummaryUpdate(summaries) ?? null,
    articles: summaries.map(({summary}) => summary),
    procedures: proceduresWithPages(site).map((procedure) => procedureLink(site, procedure)),
    links: {
      schema: {
        index: apiSchemaUrl(site.clinic, 'index'),
        article: apiSchemaUrl(site.clinic, 'article'),
        procedure: apiSchemaUrl(site.clinic, 'procedure'),
      },
      jsonFeed: hasOrigin ? siteUrl(site.clinic, fileUrlPath(JSON_FEED_FILE)) : null,
      atomFeed: hasOrigin ? siteUrl(site.clinic, fileUrlPath(ATOM_FEED_FILE)) : null,
      sitemap: hasOrigin ? siteUrl(site.clinic, fileUrlPath(SITEMAP_FILE)) : null,
    },
  }
}

// Each summary's JSON, indented for its place in the index and UTF-8 encoded, made once per summary
// object: the index of a large site is megabytes, and after one edit all but a few of its summaries
// are the same (remembered) objects as in the build before. Joining bytes costs a copy; joining the
// text and encoding megabytes of Arabic again cost more than the rest of the edit.
const entryBytes = oncePerObject((summary: ArticleSummary): Uint8Array => Buffer.from(JSON.stringify(summary, null, 2).replaceAll('\n', '\n    ')))
const ENTRY_SEPARATOR = Buffer.from(',\n    ')
const OPEN = Buffer.from('[\n    ')
const CLOSE = Buffer.from('\n  ]')
const ARTICLES_SLOT = '\u0000sanad:articles\u0000'

/** `JSON.stringify(apiIndex(site), null, 2)` and a newline, UTF-8 encoded byte for byte, built from cached entries. */
export const apiIndexJson = (site: RenderSiteInput): Uint8Array => {
  const index = apiIndex(site)
  if (index.articles.length === 0) return Buffer.from(`${JSON.stringify(index, null, 2)}\n`)
  const text = `${JSON.stringify({...index, articles: ARTICLES_SLOT}, null, 2)}\n`
  return spliceBytes(text, [{token: JSON.stringify(ARTICLES_SLOT), parts: [OPEN, ...joinedRuns(entryBytes.each(index.articles, site.clinic._id), ENTRY_SEPARATOR, site.memo && `api-index:${site.clinic._id}`), CLOSE]}])
}
