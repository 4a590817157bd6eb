// The entries both feeds carry: the most recently updated published articles, each with the
// content the page shows. Capped, so a large site's feeds stay small and cheap to rebuild.
import type {Article} from '../content/documents/article.ts'
import {compareText} from '../locale/intlCache.ts'
import type {RenderSiteInput} from '../render/lib/types.ts'
import type {ArticleSummary} from './apiShapes.ts'
import {articleContentHtml} from './articleContent.ts'
import {articlePublishedAt} from './contentDates.ts'
import {firstInOrder} from './firstInOrder.ts'
import {oncePerObject} from '../memo/oncePerObject.ts'
import {publishedSummaries, type PublishedSummary} from './publishedSummaries.ts'

// Twenty full articles are ~0.5 MB per feed. A feed reader polls it again and again, and every save
// rewrites both feeds for every clinic: at fifty entries they were 1.3 MB each, the largest files an
// edit wrote after the API index. (WordPress and jekyll-feed default to ten.)
export const FEED_ITEM_LIMIT = 20

export interface FeedEntry {
  article: Article
  summary: ArticleSummary
  publishedAt: string
  html: string
  reviewerName: string | undefined
  authorName: string | undefined
}

/**
 * The article's content HTML. The incremental build passes one that reads it back from the API
 * document it reused, so an unchanged article is not rendered again just for the feeds.
 */
export type ArticleHtml = (article: Article) => string | Promise<string>

// Once per list of published summaries (one per clinic build): the release asks which articles the
// feeds show before it renders, and the feeds ask again; each asking was a pass over the whole site.
const latestOf = oncePerObject(
  (summaries: readonly PublishedSummary[]): readonly PublishedSummary[] =>
    firstInOrder(summaries, FEED_ITEM_LIMIT, (a, b) => b.time - a.time || compareText(a.summary.slug, b.summary.slug)),
)

/** The newest published articles with their summaries, newest first: which entries the feeds carry. Shared: do not change it. */
export const latestFeedArticles = (site: RenderSiteInput): readonly PublishedSummary[] => latestOf(publishedSummaries(site))

/**
 * The content with its in-page links (the claim marks' `#cite-N`) made absolute: a feed reader
 * resolves `#cite-1` against the feed's own address, where there is no such anchor. Only inside
 * an <a> tag: a `<` in text is always escaped, so text never matches.
 */
const withAbsoluteFragments = (html: string, pageUrl: string): string => html.replace(/(<a\s[^>]*?href=")#/g, `$1${pageUrl}#`)

// Per clinic in a running process: each feed entry's content as withAbsoluteFragments made it, with
// the content it was made from. An unchanged article's content is the same string build after build
// (renderClinicRelease keeps it), so its entry keeps the same result instead of a new copy of a
// long text per entry per build, which the garbage collector then had to carry.
const lastAbsolute = new Map<string, Map<string, {html: string; absolute: string}>>()

export const feedEntries = async (
  site: RenderSiteInput,
  articleHtml: ArticleHtml = (article) => articleContentHtml(site, article),
  latest = latestFeedArticles(site),
): Promise<FeedEntry[]> => {
  const last = site.memo ? lastAbsolute.get(site.clinic._id) : undefined
  const made = new Map<string, {html: string; absolute: string}>()
  const entries = await Promise.all(
    latest.map(async ({article, summary}) => {
      const html = await articleHtml(article)
      const known = last?.get(summary.url)
      const absolute = known?.html === html ? known.absolute : withAbsoluteFragments(html, summary.url)
      made.set(summary.url, {html, absolute})
      return {
        article,
        summary,
        publishedAt: articlePublishedAt(article, site.graph),
        html: absolute,
        reviewerName: site.graph.people.get(article.medicalReviewer?._ref ?? '')?.name,
        authorName: site.graph.people.get(article.author?._ref ?? '')?.name,
      }
    }),
  )
  if (site.memo) lastAbsolute.set(site.clinic._id, made)
  return entries
}
