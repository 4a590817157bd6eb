// Every delivery file of one clinic's release. Per-article files (API document, Markdown export)
// are rendered with the article page and reused with it by the incremental build; the rest is
// site-wide, like index.html, and rendered on every build.
import {todayFor} from '../presets/index.ts'
import type {Article} from '../content/documents/article.ts'
import {articlesAbout, proceduresWithPages} from '../render/lib/siteContents.ts'
import type {RenderedFile, RenderSiteInput} from '../render/lib/types.ts'
import {articleDetailShape} from './apiShapes.ts'
import {apiIndexJson} from './apiIndex.ts'
import {apiSchemaFiles} from './apiJsonSchema.ts'
import {apiNotFoundFile} from './apiNotFound.ts'
import {exportNotFoundFile} from './exportNotFound.ts'
import {articleDetail} from './articleApi.ts'
import {articleContentTree} from './articleContent.ts'
import {articleContentUpdatedAt} from './contentDates.ts'
import {articleDescription} from '../render/lib/pages/articlePage.ts'
import {reuseOrMake} from './reusedFrameFiles.ts'
import {rememberedFile} from '../render/lib/rememberedFile.ts'
import {atomFeed} from './atomFeed.ts'
import {
  API_INDEX_FILE,
  apiArticleFile,
  apiProcedureFile,
  ATOM_FEED_FILE,
  exportFile,
  hasFeeds,
  JSON_FEED_FILE,
  ROBOTS_FILE,
} from './deliveryPaths.ts'
import {feedEntries, latestFeedArticles, type ArticleHtml} from './feedItems.ts'
import {jsonFeedBytes} from './jsonFeed.ts'
import {articleMarkdown} from './markdownExport.ts'
import {procedureDetailJson} from './procedureApi.ts'
import {robotsTxt} from './robotsTxt.ts'
import {sitemapEntries, sitemapFiles} from './sitemapXml.ts'
import {clinicOrigin} from '../render/lib/sitePaths.ts'

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`

/**
 * Of the article's delivery files, those made from its own content alone: the Markdown export
 * does not list related articles, so another article's new title leaves it as it was.
 */
export const contentOnlyDeliveryPaths = (article: Article): string[] => [exportFile(article.slug.current)]

export const articleDeliveryPaths = (article: Article): string[] => [apiArticleFile(article.slug.current), ...contentOnlyDeliveryPaths(article)]

/**
 * The article's API document and Markdown export, and its content HTML for the feeds.
 * `withContentOnlyFiles: false` leaves out the files contentOnlyDeliveryPaths names, when the
 * release carries them over instead.
 */
export const renderArticleDeliveryFiles = (site: RenderSiteInput, article: Article, {withContentOnlyFiles = true} = {}): {files: RenderedFile[]; html: string} => {
  const tree = articleContentTree(site, article)
  // Typed by the same zod shape the JSON Schema is generated from; the delivery tests validate the
  // real output against the published schema, so builds skip re-parsing every article (a hot spot).
  const detail = articleDetail(site, article, tree)
  const api: RenderedFile = {path: apiArticleFile(article.slug.current), contents: json(detail)}
  return {
    files: withContentOnlyFiles ? [api, {path: exportFile(article.slug.current), contents: articleMarkdown(detail, tree, {updatedAt: articleContentUpdatedAt(site, article), description: articleDescription(article)})}] : [api],
    html: detail.article.html,
  }
}

/** Reads an article's content HTML back from the API document an earlier release holds. */
export const articleHtmlFromApiDocument = (contents: string): string => articleDetailShape.shape.article.shape.html.parse(JSON.parse(contents).article?.html)

/**
 * The site-wide delivery files made from the content alone: the API index and procedure documents,
 * the API's JSON Schemas and not-found document, robots.txt and the sitemap. None needs an
 * article's rendering, so a release yields them before the articles and their bytes are hashed and
 * written while the articles render: the API index is the largest file an edit writes (it lists
 * every article).
 */
export const renderDeliveryLists = async (site: RenderSiteInput): Promise<RenderedFile[]> => {
  const files: RenderedFile[] = [
    // Typed by the shape the JSON Schema is made from; test/delivery validates the real file against
    // the published schema, so the build does not re-parse a megabyte index on every edit.
    {path: API_INDEX_FILE, contents: apiIndexJson(site)},
    ...proceduresWithPages(site).map((procedure) => {
      // The article list is worked out here, on the real graph, and is part of the key: the
      // document then reads only the procedure and its safety information through the recorder.
      const articles = articlesAbout(site, procedure)
      // Typed by the shape the JSON Schema is made from and validated against it in test/delivery, like the index.
      return rememberedFile(site, procedure, 'procedure-api', articles, (input) => ({
        path: apiProcedureFile(procedure.slug.current),
        contents: procedureDetailJson(input, procedure, articles),
      }))
    }),
    ...apiSchemaFiles(site.clinic),
    apiNotFoundFile(site.clinic),
    exportNotFoundFile(site.clinic),
    {path: ROBOTS_FILE, contents: robotsTxt(site.clinic)},
  ]
  if (clinicOrigin(site.clinic)) {
    // Compared by value: the URL and date of every page, which is all a sitemap says.
    const entries = sitemapEntries(site)
    files.push(
      ...(await reuseOrMake(site.clinic, 'sitemap', entries.flatMap((entry) => [entry.url, entry.lastmod]), () => sitemapFiles(site, entries))),
    )
  }
  return files
}

/**
 * Both feeds, which carry their entries' content: `articleHtml` gives it (the incremental build takes
 * it from this build's rendering or the last release's API documents instead of rendering again).
 * Only a clinic with a public address has feeds, since their links must be absolute.
 */
export const renderFeeds = async (site: RenderSiteInput, articleHtml?: ArticleHtml): Promise<RenderedFile[]> => {
  // One condition with the pages' <head> (layout.ts), which links them.
  if (!hasFeeds(site.clinic)) return []
  // The clinic's calendar day, the one the disclaimer in force is chosen by.
  const today = todayFor(site.clinic.jurisdiction, site.now)
  const latest = latestFeedArticles(site)
  // The feeds show their entries' content, which depends on what each summary depends on
  // (articleDependencies) and on the disclaimer in force, read from all disclaimers.
  return reuseOrMake(site.clinic, 'feeds', [site.graph.disclaimers, today, ...latest.map((entry) => entry.summary)], async () => {
    const entries = await feedEntries(site, articleHtml, latest)
    return [
      {path: JSON_FEED_FILE, contents: jsonFeedBytes(site, entries)},
      {path: ATOM_FEED_FILE, contents: atomFeed(site, entries)},
    ]
  })
}
