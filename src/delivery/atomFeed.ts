// /atom.xml, written by the `feed` package. Every date is passed in, so the XML depends only on content.
import {randomUUID} from 'node:crypto'
import {Feed} from 'feed'
import {toHtml} from 'hast-util-to-html'
import type {RenderSiteInput} from '../render/lib/types.ts'
import {articleLanguage} from '../render/lib/articleLanguage.ts'
import {digitsAsWrittenIn} from '../locale/localDigits.ts'
import {latestInstant, UNKNOWN_TIME} from './contentDates.ts'
import {ATOM_FEED_FILE, entryId, fileUrlPath, JSON_FEED_FILE, siteUrl} from './deliveryPaths.ts'
import type {FeedEntry} from './feedItems.ts'
import type {ArticleSummary} from './apiShapes.ts'
import {xmlItemPieces} from './xmlItemPieces.ts'
import {contentPlaceholder, withFeedContent, type FeedContentFormat} from './feedContentSlots.ts'
import {SYNDICATION_LICENCE} from './syndicationLicence.ts'
import {withoutNonXmlCharacters} from './xmlCharacters.ts'

// The feed package writes titles and content as CDATA without splitting a literal `]]>`; in HTML
// `]]&gt;` reads the same. Nor does it leave out characters XML does not allow (xmlCharacters.ts).
const cdataSafe = (html: string): string => withoutNonXmlCharacters(html).replaceAll(']]>', ']]&gt;')

// It also marks an entry's title and summary `type="html"`, while ours are plain text: escaped, a
// `<` in a title is shown as written instead of being read as markup by the feed reader.
const textAsHtml = (text: string): string => cdataSafe(toHtml({type: 'text', value: text}))

// The package writes content as CDATA, the placeholder as it is.
const ATOM_CONTENT: FeedContentFormat = {written: (placeholder) => placeholder, encode: cdataSafe}

interface WrittenEntry {
  /** What the element was written from besides the summary. */
  inputs: string
  /** The <entry> element as the package wrote it, with `placeholder` where the content goes. */
  xml: string
  placeholder: string
}

// Per summary object, for as long as it lives: its entry as the package wrote it. A remembered
// summary is the same object while its article is unchanged, so after a save only the saved
// article's entry goes through the package again (xml-js writing every entry of every clinic's feed
// was the feeds' largest cost left per edit).
const writtenEntries = new WeakMap<ArticleSummary, WrittenEntry>()
let placeholders = 0

const ENTRY_START = '\n    <entry>'
const FEED_END = '\n</feed>'
const FEED_START = '<feed xmlns="http://www.w3.org/2005/Atom">'

// The package escapes `&` and `"` in attribute values but not `<`: a procedure named «تركيز <5%» ended
// the XML in its category's label, and one holding «\n    <entry>» cut the feed apart. A `<` goes in
// as a marker no text holds (a fresh UUID per process) and comes out as `&lt;`.
const LESS_THAN = `sanad-lt-${randomUUID()}`
const attributeText = (text: string): string => text.replaceAll('<', LESS_THAN)

// Atom (RFC 4287) states a feed's language as xml:lang on <feed>; the package writes `language` into
// RSS only and takes no root attributes, so it is added here. A locale is a CLINIC_LOCALES tag: no
// character in it needs escaping.
const withLanguage = (head: string, language: string): string => {
  if (!head.includes(FEED_START)) throw new Error(`atomFeed: no ${FEED_START} in the package's output; has its format changed?`)
  return head.replace(FEED_START, `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`)
}

// An entry written in another variety than the clinic's (an Egyptian-dialect article on a Saudi site)
// says so with its own xml:lang, as the page's <article lang> and JSON Feed's item `language` do;
// otherwise it inherits the feed's. Tags are ARTICLE_LANGUAGES values: nothing to escape.
const withEntryLanguage = (entry: string, language: string, feedLanguage: string): string => {
  if (language === feedLanguage) return entry
  if (!entry.startsWith(ENTRY_START)) throw new Error(`atomFeed: an entry does not start with ${ENTRY_START.trim()}; has the package's format changed?`)
  return `${ENTRY_START.slice(0, -1)} xml:lang="${language}">${entry.slice(ENTRY_START.length)}`
}

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
  const inputsOf = ({article, publishedAt, authorName}: FeedEntry) =>
    JSON.stringify([entryId(clinic, article._id), publishedAt, authorName ?? clinic.name, articleLanguage(article, clinic), clinic.locale])
  const inputs = entries.map(inputsOf)
  const kept = entries.map((entry, index) => {
    const written = writtenEntries.get(entry.summary)
    return written?.inputs === inputs[index] ? written : undefined
  })
  const missing = entries.flatMap((entry, index) => (kept[index] ? [] : [{entry, inputs: inputs[index]!, placeholder: contentPlaceholder(placeholders++)}]))
  for (const {entry: {article, summary, publishedAt, authorName}, placeholder} of missing) {
    feed.addItem({
      id: entryId(clinic, article._id),
      // What a reader sees takes the digits the clinic's locale writes, as the entry's content does.
      title: textAsHtml(digitsAsWrittenIn(clinic.locale, summary.title)),
      link: summary.url,
      ...(summary.excerpt ? {description: textAsHtml(digitsAsWrittenIn(clinic.locale, summary.excerpt))} : {}),
      content: placeholder,
      date: new Date(summary.updatedAt),
      published: new Date(publishedAt),
      author: [{name: authorName ?? clinic.name}],
      category: summary.procedures.map((procedure) => ({name: attributeText(procedure.name), term: procedure.slug})),
    })
  }
  // The clinic's name and each author's are written by the package as they are.
  const {head, items, tail} = xmlItemPieces(withoutNonXmlCharacters(feed.atom1()).replaceAll(LESS_THAN, '&lt;'), ENTRY_START, FEED_END)
  for (const [index, {entry, inputs, placeholder}] of missing.entries()) {
    writtenEntries.set(entry.summary, {inputs, xml: withEntryLanguage(items[index]!, articleLanguage(entry.article, clinic), clinic.locale), placeholder})
  }
  const written = entries.map((entry, index) => kept[index] ?? writtenEntries.get(entry.summary)!)
  return withFeedContent(
    withLanguage(head, clinic.locale) + written.map((entry) => entry.xml).join('') + tail,
    written.map(({placeholder}, index) => ({placeholder, html: entries[index]!.html})),
    ATOM_CONTENT,
    site.memo && `atom:${clinic._id}`,
  )
}
