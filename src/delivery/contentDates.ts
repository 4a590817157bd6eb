// When delivered content last changed: the latest `_updatedAt` of a document and of everything it
// shows. Feeds, the API and sitemap lastmod all use this, so a reviewer's re-approval of a claim
// marks the articles that cite it as updated.
import {articleDependencies} from '../content/articleDependencies.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Article} from '../content/documents/article.ts'
import type {Procedure} from '../content/documents/procedure.ts'

type Dated = {_id: string; _updatedAt?: string | undefined; _createdAt?: string | undefined}

/** Used only when no document carries a timestamp (hand-written fixtures); keeps output deterministic. */
export const UNKNOWN_TIME = '1970-01-01T00:00:00.000Z'

const stamp = (document: Dated): string | undefined => document._updatedAt ?? document._createdAt

/** The latest of the time values as an ISO instant; NaN (an unreadable date) is skipped. */
export const latestTime = (times: Iterable<number>): string | undefined => {
  let latest: number | undefined
  for (const time of times) if (!Number.isNaN(time) && (latest === undefined || time > latest)) latest = time
  return latest === undefined ? undefined : new Date(latest).toISOString()
}

/** ISO instants compare as dates only once normalised (`…Z` vs `….000Z`). */
export const latestInstant = (values: readonly (string | undefined)[]): string | undefined =>
  latestTime(values.map((value) => (value === undefined ? Number.NaN : Date.parse(value))))

// The API index, the feeds and the sitemap of every clinic all ask for the same article's date; a
// graph and its documents never change once built, so each answer is computed once per graph.
const updatedAtByGraph = new WeakMap<ContentGraph, WeakMap<Article, string>>()

export const articleUpdatedAt = (article: Article, graph: ContentGraph): string => {
  let byArticle = updatedAtByGraph.get(graph)
  if (!byArticle) updatedAtByGraph.set(graph, (byArticle = new WeakMap()))
  let updatedAt = byArticle.get(article)
  if (updatedAt === undefined) {
    updatedAt =
      latestInstant([
        stamp(article),
        // Related articles are linked by title only; their edits do not change what this article says.
        ...articleDependencies(article, graph)
          .filter((document) => !graph.articles.has(document._id))
          .map((document) => stamp(document as Dated)),
      ]) ?? UNKNOWN_TIME
    byArticle.set(article, updatedAt)
  }
  return updatedAt
}

export const procedureUpdatedAt = (procedure: Procedure, graph: ContentGraph): string =>
  latestInstant([
    stamp(procedure),
    ...procedure.risks.map((entry) => graph.risks.get(entry.risk._ref)).map((risk) => (risk ? stamp(risk) : undefined)),
    ...procedure.contraindications
      .map((entry) => graph.contraindications.get(entry.contraindication._ref))
      .map((contraindication) => (contraindication ? stamp(contraindication) : undefined)),
  ]) ?? UNKNOWN_TIME

/** When the article first went live: its scheduled publish time, else when it was created. */
export const articlePublishedAt = (article: Article, graph: ContentGraph): string =>
  latestInstant([article.publishAt ?? article._createdAt]) ?? articleUpdatedAt(article, graph)
