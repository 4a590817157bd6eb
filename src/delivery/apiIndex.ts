// /api/v1/index.json: what a clinic site polls. Lists every published article (newest review
// first, as the home page) and every procedure the clinic offers, with links to the rest of the API.
import {proceduresWithPages, publishedArticles} from '../render/lib/siteContents.ts'
import type {RenderSiteInput} from '../render/lib/types.ts'
import {oncePerObject} from '../memo/oncePerObject.ts'
import type {ApiIndex, ArticleSummary} from './apiShapes.ts'
import {apiSchemaUrl} from './apiJsonSchema.ts'
import {articleSummary} from './articleApi.ts'
import {latestInstant} from './contentDates.ts'
import {clinicSummary, procedureLink} from './credits.ts'
import {ATOM_FEED_FILE, fileUrlPath, JSON_FEED_FILE, SITEMAP_FILE, siteUrl} from './deliveryPaths.ts'
import {clinicOrigin} from '../render/lib/sitePaths.ts'

export const apiIndex = (site: RenderSiteInput): ApiIndex => {
  const hasOrigin = clinicOrigin(site.clinic) !== undefined
  const articles = publishedArticles(site).map((article) => articleSummary(site, article))
  return {
    $schema: apiSchemaUrl(site.clinic, 'index'),
    apiVersion: 'v1',
    clinic: clinicSummary(site.clinic),
    updatedAt: latestInstant(articles.map((article) => article.updatedAt)) ?? null,
    articles,
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

// Each summary's JSON, indented for its place in the index, made once per summary object: the index
// of a large site is megabytes, and after one edit all but a few of its summaries are the same
// (remembered) objects as in the build before.
const entryJson = oncePerObject((summary: ArticleSummary): string => JSON.stringify(summary, null, 2).replaceAll('\n', '\n    '))
const ARTICLES_SLOT = JSON.stringify('\u0000sanad:articles\u0000')

/** `JSON.stringify(apiIndex(site), null, 2)` and a newline, byte for byte, built from cached entries. */
export const apiIndexJson = (site: RenderSiteInput): string => {
  const index = apiIndex(site)
  const text = `${JSON.stringify(index.articles.length === 0 ? index : {...index, articles: JSON.parse(ARTICLES_SLOT) as string}, null, 2)}\n`
  if (index.articles.length === 0) return text
  const entries = index.articles.map(entryJson)
  // A function, so `$` in an article's text is never read as a replacement pattern.
  return text.replace(ARTICLES_SLOT, () => `[\n    ${entries.join(',\n    ')}\n  ]`)
}
