// /feed.json in JSON Feed 1.1. The `feed` package writes only JSON Feed 1.0, and a JSON Feed is a
// plain JSON document, so it is built from a zod shape of the 1.1 spec rather than by hand-made text.
import {z} from 'zod'
import type {RenderSiteInput} from '../render/lib/types.ts'
import {digitsAsWrittenIn} from '../locale/localDigits.ts'
import {entryId, fileUrlPath, heroImageAddress, JSON_FEED_FILE, siteUrl} from './deliveryPaths.ts'
import type {FeedEntry} from './feedItems.ts'
import {contentPlaceholder, withFeedContent, type FeedContentFormat} from './feedContentSlots.ts'

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
      /** The article's hero image (JSON Feed 1.1 `image`), absolute. */
      image: z.string().optional(),
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

/** The feed, each item's `content_html` given by `content` (the entry's HTML unless told). */
export const jsonFeed = (site: RenderSiteInput, entries: readonly FeedEntry[], content = (entry: FeedEntry, _index: number) => entry.html): JsonFeed => {
  const {clinic} = site
  return jsonFeedShape.parse({
    version: 'https://jsonfeed.org/version/1.1',
    title: clinic.name,
    home_page_url: siteUrl(clinic, '/'),
    feed_url: siteUrl(clinic, fileUrlPath(JSON_FEED_FILE)),
    description: `مقالات طبية راجعها أطباء مختصون — ${clinic.name}`,
    language: clinic.locale,
    authors: [{name: clinic.name, url: siteUrl(clinic, '/')}],
    items: entries.map((entry, index) => ({
      id: entryId(clinic, entry.article._id),
      url: entry.summary.url,
      // What a reader sees takes the digits the clinic's locale writes, as content_html does.
      title: digitsAsWrittenIn(clinic.locale, entry.summary.title),
      ...(entry.summary.excerpt ? {summary: digitsAsWrittenIn(clinic.locale, entry.summary.excerpt)} : {}),
      content_html: content(entry, index),
      // JSON.stringify leaves the key out without an image.
      image: heroImageAddress(site, entry.article),
      date_published: entry.publishedAt,
      date_modified: entry.summary.updatedAt,
      language: entry.summary.language,
      authors: [{name: entry.authorName ?? clinic.name}],
      tags: entry.summary.procedures.map((procedure) => procedure.name),
      _sanad: {
        api_url: entry.summary.apiUrl,
        markdown_url: entry.summary.markdownUrl,
        last_reviewed: entry.summary.lastReviewed,
        next_review_due: entry.summary.nextReviewDue,
        medical_reviewer: entry.reviewerName ?? null,
      },
    })),
  })
}

// The placeholder is a JSON string in the serialised feed, and so is the content.
const JSON_CONTENT: FeedContentFormat = {written: (placeholder) => JSON.stringify(placeholder), encode: (html) => JSON.stringify(html)}

/** feed.json as `JSON.stringify(jsonFeed(…), null, 2)` and a newline writes it, UTF-8 encoded, entries' content spliced in (feedContentSlots.ts). */
export const jsonFeedBytes = (site: RenderSiteInput, entries: readonly FeedEntry[]): Uint8Array => {
  const contents = entries.map((entry, index) => ({placeholder: contentPlaceholder(index), html: entry.html}))
  return withFeedContent(
    `${JSON.stringify(jsonFeed(site, entries, (_entry, index) => contents[index]!.placeholder), null, 2)}\n`,
    contents,
    JSON_CONTENT,
    site.memo && `json:${site.clinic._id}`,
  )
}
