// When delivered content last changed: the latest `_updatedAt` of a document and of everything it
// shows. Feeds, the API, sitemap lastmod and the article page's JSON-LD all use this, so a
// reviewer's re-approval of a claim marks the articles that cite it as updated.
import {articleDependencies} from '../content/articleDependencies.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Article} from '../content/documents/article.ts'
import type {Procedure} from '../content/documents/procedure.ts'
import {liveRelatedArticles} from '../render/lib/liveRelatedArticles.ts'
import type {RenderSiteInput} from '../render/lib/types.ts'

type Dated = {_id: string; _updatedAt?: string | undefined; _createdAt?: string | undefined}

/** Used only when no document carries a timestamp (hand-written fixtures); keeps output deterministic. */
export const UNKNOWN_TIME = '1970-01-01T00:00:00.000Z'

/** When the document was last edited, as the content source stamps it. */
export const documentStamp = (document: Dated): string | undefined => document._updatedAt ?? document._createdAt

/** The latest of the time values, NaN when there is none; NaN (an unreadable date) is skipped. */
const latestTimeValue = (times: Iterable<number>): number => {
  let latest = Number.NaN
  for (const time of times) if (!Number.isNaN(time) && (Number.isNaN(latest) || time > latest)) latest = time
  return latest
}

/** The latest of the time values as an ISO instant; NaN (an unreadable date) is skipped. */
export const latestTime = (times: Iterable<number>): string | undefined => {
  const latest = latestTimeValue(times)
  return Number.isNaN(latest) ? undefined : new Date(latest).toISOString()
}

const timeOf = (value: string | undefined): number => (value === undefined ? Number.NaN : Date.parse(value))

// Every procedure's page and API document, and its entries in the API index and the sitemap, take the
// latest of these over all the clinic's articles about it (~2,700 in three clinics at 4,000 articles),
// on every edit: each article's is worked out once per article object (they never change once parsed)
// and kept as a number, where parsing both dates and writing an ISO string per article took ~20 ms of
// each edit's ~170.
const shownTimes = new WeakMap<Article, number>()

/**
 * When an article last changed as the site shows it, as epoch milliseconds (NaN without a date): its
 * last save, or its `publishAt` when later. Saved and then scheduled, it appears then, and so does
 * its link on the pages that list it.
 */
const articleShownTime = (article: Article): number => {
  let time = shownTimes.get(article)
  if (time === undefined) shownTimes.set(article, (time = latestTimeValue([timeOf(documentStamp(article)), timeOf(article.publishAt)])))
  return time
}

/** articleShownTime as an ISO instant. */
const articleShownStamp = (article: Article): string | undefined => latestTime([articleShownTime(article)])

/** ISO instants compare as dates only once normalised (`…Z` vs `….000Z`). */
export const latestInstant = (values: readonly (string | undefined)[]): string | undefined => latestTime(values.map(timeOf))

// Every clinic's index, pages and exports ask for the same article's content stamp; a graph and its
// documents never change once built, so each answer is computed once per graph.
const contentStampByGraph = new WeakMap<ContentGraph, WeakMap<Article, string | undefined>>()

/** The latest stamp of the article and of the documents its own content shows; other articles are not among them. */
const articleContentStamp = (article: Article, graph: ContentGraph): string | undefined => {
  let byArticle = contentStampByGraph.get(graph)
  if (!byArticle) contentStampByGraph.set(graph, (byArticle = new WeakMap()))
  if (byArticle.has(article)) return byArticle.get(article)
  const latest = latestInstant([
    documentStamp(article),
    ...articleDependencies(article, graph)
      .filter((document) => !graph.articles.has(document._id))
      .map((document) => documentStamp(document as Dated)),
  ])
  byArticle.set(article, latest)
  return latest
}

type DatedSite = Pick<RenderSiteInput, 'clinic' | 'graph'>

/**
 * When the article's own content on this clinic's site last changed: the clinic (every document
 * names it and links its address), the article, and every document the content shows (people,
 * claims, procedures with their risks and contraindications, disclaimers). The Markdown export's
 * date: it lists no related articles, and the release carries it over when only they change.
 * Never before its `publishAt`: an article saved and then scheduled appears on the site then, and
 * dated by its last save it would be updated before it was published (articlePublishedAt), and left
 * out of feeds that carry the most recently updated articles.
 */
export const articleContentUpdatedAt = (site: DatedSite, article: Article): string =>
  latestInstant([documentStamp(site.clinic), articleContentStamp(article, site.graph), articleShownStamp(article)]) ?? UNKNOWN_TIME

/**
 * `articleContentUpdatedAt` and the related articles listed on this site (a new title shows
 * there): the date of the article's page, API document, index entry and sitemap entry. A related
 * article that is not published here is not shown, so its edits do not count.
 */
export const articleUpdatedAt = (site: DatedSite & Pick<RenderSiteInput, 'publishedArticleIds'>, article: Article): string =>
  latestInstant([articleContentUpdatedAt(site, article), ...liveRelatedArticles(site, article).map(articleShownStamp)]) ?? UNKNOWN_TIME

/**
 * The date of a procedure's page and API document: the clinic, the procedure, its risks,
 * contraindications and alternatives, and `articles`, the clinic's articles it lists (by title), each
 * from its publishAt on at the latest, when the page began to list it.
 */
export const procedureUpdatedAt = (site: DatedSite, procedure: Procedure, articles: readonly Article[]): string => {
  const {graph} = site
  const shown = [
    site.clinic,
    procedure,
    ...procedure.risks.map((entry) => graph.risks.get(entry.risk._ref)),
    ...procedure.contraindications.map((entry) => graph.contraindications.get(entry.contraindication._ref)),
    ...procedure.alternatives.map((ref) => graph.procedures.get(ref._ref)),
  ].map((document) => timeOf(document ? documentStamp(document) : undefined))
  for (const article of articles) shown.push(articleShownTime(article))
  return latestTime(shown) ?? UNKNOWN_TIME
}

/** When the article first went live: its scheduled publish time, else when it was created. */
export const articlePublishedAt = (article: Article, graph: ContentGraph): string =>
  latestInstant([article.publishAt ?? article._createdAt]) ?? articleContentStamp(article, graph) ?? UNKNOWN_TIME
