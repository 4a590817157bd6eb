// /atom.xml, written by the `feed` package. Every date is passed in, so the XML depends only on content.
import {Feed} from 'feed'
import {toHtml} from 'hast-util-to-html'
import type {RenderSiteInput} from '../render/lib/types.ts'
import {latestInstant, UNKNOWN_TIME} from './contentDates.ts'
import {ATOM_FEED_FILE, entryId, fileUrlPath, JSON_FEED_FILE, siteUrl} from './deliveryPaths.ts'
import type {FeedEntry} from './feedItems.ts'
import {contentPlaceholder, withFeedContent, type FeedContentFormat} from './feedContentSlots.ts'
import {SYNDICATION_LICENCE} from './syndicationLicence.ts'

// The feed package writes titles and content as CDATA without splitting a literal `]]>`; in HTML
// `]]&gt;` reads the same.
const cdataSafe = (html: string): string => html.replaceAll(']]>', ']]&gt;')

// It also marks an entry's title and summary `type="html"`, while ours are plain text: escaped, a
// `<` in a title is shown as written instead of being read as markup by the feed reader.
const textAsHtml = (text: string): string => cdataSafe(toHtml({type: 'text', value: text}))

// The package writes content as CDATA, the placeholder as it is.
const ATOM_CONTENT: FeedContentFormat = {written: (placeholder) => placeholder, encode: cdataSafe}

/** The feed's XML as UTF-8 bytes, entries' content spliced in (feedContentSlots.ts). */
export const atomFeed = (site: RenderSiteInput, entries: readonly FeedEntry[]): Uint8Array => {
  const {clinic} = site
  const updated = latestInstant(entries.map((entry) => entry.summary.updatedAt)) ?? latestInstant([clinic._updatedAt]) ?? UNKNOWN_TIME
  const feed = new Feed({
    id: entryId(clinic, clinic._id),
    title: clinic.name,
    description: `مقالات طبية راجعها أطباء مختصون — ${clinic.name}`,
    link: siteUrl(clinic, '/'),
    language: clinic.locale,
    updated: new Date(updated),
    generator: 'Sanad',
    feedLinks: {atom: siteUrl(clinic, fileUrlPath(ATOM_FEED_FILE)), json: siteUrl(clinic, fileUrlPath(JSON_FEED_FILE))},
    author: {name: clinic.name, link: siteUrl(clinic, '/')},
    copyright: SYNDICATION_LICENCE.name,
  })
  for (const [index, {article, summary, publishedAt, authorName}] of entries.entries()) {
    feed.addItem({
      id: entryId(clinic, article._id),
      title: textAsHtml(summary.title),
      link: summary.url,
      ...(summary.excerpt ? {description: textAsHtml(summary.excerpt)} : {}),
      content: contentPlaceholder(index),
      date: new Date(summary.updatedAt),
      published: new Date(publishedAt),
      author: [{name: authorName ?? clinic.name}],
      category: summary.procedures.map((procedure) => ({name: procedure.name, term: procedure.slug})),
    })
  }
  return withFeedContent(
    feed.atom1(),
    entries.map((entry) => entry.html),
    ATOM_CONTENT,
    site.memo && `atom:${clinic._id}`,
  )
}
