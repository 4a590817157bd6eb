// /feed.json in JSON Feed 1.1. The `feed` package writes only JSON Feed 1.0, and a JSON Feed is a
// plain JSON document, so it is built from a zod shape of the 1.1 spec rather than by hand-made text.
import {z} from 'zod'
import type {RenderSiteInput} from '../render/lib/types.ts'
import {entryId, fileUrlPath, JSON_FEED_FILE, siteUrl} from './deliveryPaths.ts'
import type {FeedEntry} from './feedItems.ts'

const author = z.object({name: z.string(), url: z.string().optional()})

/** The part of https://jsonfeed.org/version/1.1 Sanad emits, plus the `_sanad` extension. */
export const jsonFeedShape = z.object({
  version: z.literal('https://jsonfeed.org/version/1.1'),
  title: z.string(),
  home_page_url: z.string(),
  feed_url: z.string(),
  description: z.string(),
  language: z.string(),
  authors: z.array(author).min(1),
  items: z.array(
    z.object({
      id: z.string(),
      url: z.string(),
      title: z.string(),
      summary: z.string().optional(),
      content_html: z.string(),
      date_published: z.iso.datetime({offset: true}),
      date_modified: z.iso.datetime({offset: true}),
      language: z.string(),
      authors: z.array(author).min(1),
      tags: z.array(z.string()),
      _sanad: z.object({api_url: z.string(), markdown_url: z.string(), last_reviewed: z.string().nullable(), next_review_due: z.string().nullable(), medical_reviewer: z.string().nullable()}),
    }),
  ),
})
export type JsonFeed = z.infer<typeof jsonFeedShape>

export const jsonFeed = (site: RenderSiteInput, entries: readonly FeedEntry[]): JsonFeed => {
  const {clinic} = site
  return jsonFeedShape.parse({
    version: 'https://jsonfeed.org/version/1.1',
    title: clinic.name,
    home_page_url: siteUrl(clinic, '/'),
    feed_url: siteUrl(clinic, fileUrlPath(JSON_FEED_FILE)),
    description: `مقالات طبية راجعها أطباء مختصون — ${clinic.name}`,
    language: clinic.locale,
    authors: [{name: clinic.name, url: siteUrl(clinic, '/')}],
    items: entries.map(({article, summary, html, publishedAt, reviewerName, authorName}) => ({
      id: entryId(clinic, article._id),
      url: summary.url,
      title: summary.title,
      ...(summary.excerpt ? {summary: summary.excerpt} : {}),
      content_html: html,
      date_published: publishedAt,
      date_modified: summary.updatedAt,
      language: summary.language,
      authors: [{name: authorName ?? clinic.name}],
      tags: summary.procedures.map((procedure) => procedure.name),
      _sanad: {
        api_url: summary.apiUrl,
        markdown_url: summary.markdownUrl,
        last_reviewed: summary.lastReviewed,
        next_review_due: summary.nextReviewDue,
        medical_reviewer: reviewerName ?? null,
      },
    })),
  })
}
