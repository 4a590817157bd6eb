// Open Graph (https://ogp.me) tags: what WhatsApp, Facebook, Telegram and X show when a page's link
// is shared, which is how a clinic's articles mostly travel. Only for a page with an absolute
// address (og:url and og:image must be absolute) that search engines may list.
import {h} from 'hastscript'
import type {Element} from 'hast'

export interface OpenGraph {
  type: 'website' | 'article'
  /** The page's own title, without the clinic's name, which og:site_name gives. */
  title: string
  /** The BCP 47 tag of the page's text (the article's variety on an article page). */
  locale: string
  /** Absolute, with its alt text. */
  image?: {url: string; alt: string} | undefined
}

/** og:locale is written language_TERRITORY: ar-EG is ar_EG. */
const openGraphLocale = (tag: string): string => tag.replaceAll('-', '_')

export const openGraphMeta = (page: OpenGraph, {url, siteName, description}: {url: string; siteName: string; description: string | undefined}): Element[] =>
  (
    [
      ['og:type', page.type],
      ['og:site_name', siteName],
      ['og:title', page.title],
      ['og:description', description],
      ['og:url', url],
      ['og:locale', openGraphLocale(page.locale)],
      ['og:image', page.image?.url],
      ['og:image:alt', page.image?.alt],
    ] as const
  ).flatMap(([property, content]) => (content ? [h('meta', {property, content})] : []))
