// The published articles of one clinic with their API summaries, newest review first: what the API
// index, both feeds and the sitemap list. Made once per build of a clinic (per published list,
// graph and memo) instead of once per list: on a large site each list asked for thousands of
// summaries, and after one edit that was most of the work left.
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Article} from '../content/documents/article.ts'
import type {GraphReadMemo} from '../content/graphReadMemo.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import {oncePerObject} from '../memo/oncePerObject.ts'
import {publishedArticles} from '../render/lib/siteContents.ts'
import type {RenderSiteInput} from '../render/lib/types.ts'
import type {ArticleSummary} from './apiShapes.ts'
import {articleSummaries} from './articleApi.ts'
import {latestTime} from './contentDates.ts'

export interface PublishedSummary {
  article: Article
  summary: ArticleSummary
}

interface Made {
  graph: ContentGraph
  clinic: Clinic
  memo: GraphReadMemo | undefined
  summaries: readonly PublishedSummary[]
}

// By the sorted list, which is one object per (published set, articles) pair; the rest is checked.
const made = new WeakMap<readonly Article[], Made>()

/** Shared between callers: do not change it. */
export const publishedSummaries = (site: RenderSiteInput): readonly PublishedSummary[] => {
  const articles = publishedArticles(site)
  const last = made.get(articles)
  if (last && last.graph === site.graph && last.clinic === site.clinic && last.memo === site.memo) return last.summaries
  const summaries = Object.freeze(articleSummaries(site, articles).map((summary, index) => ({article: articles[index]!, summary})))
  made.set(articles, {graph: site.graph, clinic: site.clinic, memo: site.memo, summaries})
  return summaries
}

/** A summary's `updatedAt` as a time value, parsed once per summary (remembered summaries outlive builds). */
export const summaryTime = oncePerObject((summary: ArticleSummary): number => Date.parse(summary.updatedAt))

/** The latest `updatedAt` among the summaries, normalised as `latestInstant` does; undefined for none. */
export const latestSummaryUpdate = (summaries: readonly PublishedSummary[]): string | undefined =>
  latestTime(summaries.map(({summary}) => summaryTime(summary)))
