// /api/v1/index.json: what a clinic site polls. Lists every published article (newest review
// first, as the home page) and every procedure the clinic offers, each with its updatedAt and links
// to the rest of the API.
import {articlesAbout, proceduresWithPages} from '../render/lib/siteContents.ts'
import type {RenderSiteInput} from '../render/lib/types.ts'
import {oncePerObject} from '../memo/oncePerObject.ts'
import type {ApiIndex, ArticleSummary} from './apiShapes.ts'
import {apiSchemaUrl} from './apiJsonSchema.ts'
import {latestSummaryUpdate, publishedSummaries} from './publishedSummaries.ts'
import {clinicSummary, procedureLink} from './credits.ts'
import {procedureUpdatedAt} from './contentDates.ts'
import {ATOM_FEED_FILE, fileUrlPath, JSON_FEED_FILE, SITEMAP_FILE, siteUrl} from './deliveryPaths.ts'
import {clinicOrigin} from '../render/lib/sitePaths.ts'
import {jsonItemBytes, jsonWithListBytes} from './jsonListBytes.ts'

export const apiIndex = (site: RenderSiteInput): ApiIndex => {
  const hasOrigin = clinicOrigin(site.clinic) !== undefined
  const summaries = publishedSummaries(site)
  return {
    $schema: apiSchemaUrl(site.clinic, 'index'),
    apiVersion: 'v1',
    clinic: clinicSummary(site.clinic),
    updatedAt: latestSummaryUpdate(summaries) ?? null,
    articles: summaries.map(({summary}) => summary),
    // Dated as the procedure's own document and sitemap entry are, so a client refetches it when that date moves.
    procedures: proceduresWithPages(site).map((procedure) => ({...procedureLink(site, procedure), updatedAt: procedureUpdatedAt(site, procedure, articlesAbout(site, procedure))})),
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
// `articles` is a top-level key, so its items sit one level deep.
const entryBytes = oncePerObject((summary: ArticleSummary): Uint8Array => jsonItemBytes(summary, 1))

/** `JSON.stringify(apiIndex(site), null, 2)` and a newline, UTF-8 encoded byte for byte, built from cached entries. */
export const apiIndexJson = (site: RenderSiteInput): Uint8Array => {
  const index = apiIndex(site)
  return jsonWithListBytes((articles) => ({...index, articles}), entryBytes.each(index.articles, site.clinic._id), 1, site.memo && `api-index:${site.clinic._id}`)
}
