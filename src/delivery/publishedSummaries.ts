// The published articles of one clinic with their API summaries, newest review first: what the API
// index, both feeds and the sitemap list. Made once per build of a clinic (per published list,
// graph and memo) instead of once per list: on a large site each list asked for thousands of
// summaries, and after one edit that was most of the work left.
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Article} from '../content/documents/article.ts'
import type {GraphReadMemo} from '../content/graphReadMemo.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import {listVersions} from '../memo/listVersions.ts'
import {publishedArticles} from '../render/lib/siteContents.ts'
import type {RenderSiteInput} from '../render/lib/types.ts'
import type {ArticleSummary} from './apiShapes.ts'
import {articleSummaries} from './articleApi.ts'
import {latestTime} from './contentDates.ts'

export interface PublishedSummary {
  article: Article
  summary: ArticleSummary
  /** `summary.updatedAt` as a time value, for ordering and the latest update. */
  time: number
}

interface Made {
  graph: ContentGraph
  clinic: Clinic
  memo: GraphReadMemo | undefined
  summaries: readonly PublishedSummary[]
}

// By the sorted list, which is one object per (published set, articles) pair; the rest is checked.
const made = new WeakMap<readonly Article[], Made>()
// Per clinic, from build to build (listVersions.ts): an entry whose summary is the same object at the
// same position is kept as it is, so its time is parsed once and its identity lasts. A summary is
// made for one article object (articleSummaries), so the same summary means the same article.
const entryLists = listVersions<ArticleSummary, PublishedSummary>()

/** Shared between callers: do not change it. */
export const publishedSummaries = (site: RenderSiteInput): readonly PublishedSummary[] => {
  const articles = publishedArticles(site)
  const last = made.get(articles)
  if (last && last.graph === site.graph && last.clinic === site.clinic && last.memo === site.memo) return last.summaries
  const fresh = articleSummaries(site, articles)
  const summaries = Object.freeze(
    entryLists(site.clinic._id, fresh, (summary, index): PublishedSummary => ({article: articles[index]!, summary, time: Date.parse(summary.updatedAt)})),
  )
  made.set(articles, {graph: site.graph, clinic: site.clinic, memo: site.memo, summaries})
  return summaries
}

/** The latest `updatedAt` among the summaries, normalised as `latestInstant` does; undefined for none. */
export const latestSummaryUpdate = (summaries: readonly PublishedSummary[]): string | undefined => latestTime(summaries.map(({time}) => time))
