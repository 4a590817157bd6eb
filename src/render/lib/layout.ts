// The document every page shares: <html lang dir="rtl">, head (meta, canonical, icon, stylesheets,
// feed links, optional JSON-LD and module scripts), skip link, branded header with the search link,
// main and the contact footer with the clinic's disclaimer. The whole body goes through the
// sanitizer; the head holds no content markup.
import {h} from 'hastscript'
import {ATOM_FEED_FILE, fileUrlPath, hasFeeds, JSON_FEED_FILE} from '../../delivery/deliveryPaths.ts'
import {presetFor} from '../../presets/index.ts'
import {clinicDisclaimer} from './clinicDisclaimer.ts'
import type {Element, ElementContent, Root} from 'hast'
import {pageStringifier, spliceFragments, type PageFragments} from './fragments.ts'
import {latinRunsInTree} from './latinRunsInTree.ts'
import {localDigitsInTree} from './localDigitsInTree.ts'
import {digitsAsWrittenIn} from '../../locale/localDigits.ts'
import {paragraphs} from './paragraphs.ts'
import {PRELOADED_FONT_URL} from './fontFiles.ts'
import {safeLinkHref, telHref, whatsappHref} from './linkHref.ts'
import {siteIconHref} from './siteIcon.ts'
import {sanitizeSiteContent} from './siteSchema.ts'
import {canonicalUrl, CLINIC_CSS_URL, HOME_URL, SEARCH_URL, SITE_CSS_URL} from './sitePaths.ts'
import {openGraphMeta, type OpenGraph} from './openGraph.ts'
import type {RenderedFile, RenderSiteInput, TextFile} from './types.ts'

export interface PageShell {
  /** URL path of the page, for the canonical link. */
  urlPath?: string
  /** Pages search engines should not list (the 404 page). */
  noindex?: boolean
  title: string
  description?: string | undefined
  main: ElementContent[]
  /** Already serialised with `serializeJsonLd`. */
  jsonLd?: string
  /** Same-origin module scripts (the CSP allows no inline script); only the search page has one. */
  scripts?: string[]
  /** The page shows the clinic's disclaimer itself (an article's box), so the footer does not repeat it. */
  showsDisclaimer?: boolean
  /** How a shared link to the page is shown; without it, a website titled `title` in the clinic's locale. */
  openGraph?: OpenGraph
}

/** A page before it is serialised: where it goes and what it shows. */
export interface Page {
  path: string
  shell: PageShell
}

/** A page that lists many items pre-rendered once each (fragments.ts); it is written as bytes. */
export interface ListPage extends Page {
  /** Encoded HTML of the sanitized items, by the placeholder token `shell.main` holds for them. */
  fragments: PageFragments
}

export const MAIN_ID = 'main'

type LayoutInput = Pick<RenderSiteInput, 'clinic' | 'graph' | 'imageUrl' | 'now'>

const contactLine = (label: string, text: string, href: string | undefined, external = false): Element =>
  h('p', [`${label}: `, href ? h('a', {href, rel: external ? ['noopener'] : undefined, dir: 'ltr'}, text) : h('span', {dir: 'ltr'}, text)])

const siteHeader = ({clinic, imageUrl}: LayoutInput): Element => {
  const logo = clinic.branding?.logo ? imageUrl(clinic.branding.logo) : undefined
  return h('header', {className: ['site-header']}, [
    h('a', {className: ['brand'], href: HOME_URL}, [
      // The name follows the logo, so the logo itself is decorative.
      logo ? h('img', {className: ['brand-logo'], src: logo, alt: ''}) : [],
      h('span', {className: ['brand-name']}, clinic.name),
    ]),
    h('a', {className: ['search-link'], href: SEARCH_URL}, 'البحث في المقالات'),
  ])
}

const siteFooter = ({clinic, graph, now}: LayoutInput, withDisclaimer: boolean): Element => {
  const contact = clinic.contact ?? {}
  const place = [contact.address, contact.city].filter(Boolean).join('، ')
  // The disclaimer the gate requires of every article here, not the clinic's own reference, which
  // can name another country's text or a superseded version; every page then says the same one.
  const disclaimer = withDisclaimer ? clinicDisclaimer({graph, clinic, now}) : undefined
  return h('footer', {className: ['site-footer']}, [
    h('address', {className: ['contact']}, [
      h('p', h('strong', clinic.name)),
      place ? h('p', place) : [],
      contact.phone ? contactLine('الهاتف', contact.phone, telHref(contact.phone)) : [],
      contact.whatsapp ? contactLine('واتساب', contact.whatsapp, whatsappHref(contact.whatsapp, presetFor(clinic.jurisdiction).callingCode), true) : [],
      contact.email ? contactLine('البريد الإلكتروني', contact.email, safeLinkHref(`mailto:${contact.email}`)) : [],
    ]),
    disclaimer ? h('div', {className: ['footer-disclaimer']}, paragraphs(disclaimer.text)) : [],
  ])
}

/** The sanitised <body> children of a page; exported so tests can compare them with the raw tree. */
export const pageBodyTree = (input: LayoutInput, main: ElementContent[], showsDisclaimer = false): Element[] => [
  h('a', {className: ['skip-link'], href: `#${MAIN_ID}`}, 'انتقل إلى المحتوى'),
  siteHeader(input),
  h('main', {id: MAIN_ID}, main),
  siteFooter(input, !showsDisclaimer),
]

// Feed autodiscovery: readers and browsers look for these in any page's head, not only the home
// page's. Root-relative like the stylesheets, so a preview deploy links its own feeds.
const feedLinks = ({clinic}: LayoutInput): Element[] =>
  hasFeeds(clinic)
    ? [
        h('link', {rel: ['alternate'], type: 'application/atom+xml', title: `آخر مقالات ${clinic.name} (Atom)`, href: fileUrlPath(ATOM_FEED_FILE)}),
        h('link', {rel: ['alternate'], type: 'application/feed+json', title: `آخر مقالات ${clinic.name} (JSON Feed)`, href: fileUrlPath(JSON_FEED_FILE)}),
      ]
    : []

const head = (input: LayoutInput, page: PageShell): Element => {
  const canonical = page.urlPath === undefined ? undefined : canonicalUrl(input.clinic, page.urlPath)
  return h('head', [
    h('meta', {charSet: 'utf-8'}),
    h('meta', {name: 'viewport', content: 'width=device-width, initial-scale=1'}),
    h('title', page.title),
    page.description ? h('meta', {name: 'description', content: page.description}) : [],
    canonical ? h('link', {rel: ['canonical'], href: canonical}) : [],
    page.noindex ? h('meta', {name: 'robots', content: 'noindex'}) : [],
    canonical && !page.noindex
      ? openGraphMeta(page.openGraph ?? {type: 'website', title: page.title, locale: input.clinic.locale}, {url: canonical, siteName: input.clinic.name, description: page.description})
      : [],
    input.clinic.branding ? h('meta', {name: 'theme-color', content: input.clinic.branding.primaryColor}) : [],
    h('link', {rel: ['icon'], href: siteIconHref(input)}),
    h('link', {rel: ['preload'], href: PRELOADED_FONT_URL, as: 'font', type: 'font/woff2', crossOrigin: 'anonymous'}),
    h('link', {rel: ['stylesheet'], href: SITE_CSS_URL}),
    h('link', {rel: ['stylesheet'], href: CLINIC_CSS_URL}),
    ...localDigitsInTree(input.clinic.locale, feedLinks(input)),
    page.jsonLd ? h('script', {type: 'application/ld+json'}, page.jsonLd) : [],
    (page.scripts ?? []).map((src) => h('script', {type: 'module', src})),
  ])
}

// What a reader sees of a page (its title, description, the feed titles a feed reader offers and,
// below, its body) takes the digits the clinic's locale writes (localDigitsInTree.ts); the head's
// machine-read parts (JSON-LD, URLs) do not.
// The body's Latin words (an article's title, a procedure's or the clinic's name) are marked English
// too (latinRunsInTree.ts): every clinic locale is Arabic. Attributes and the head cannot hold a
// span, so they stay as typed.
const withLocalDigits = ({clinic}: LayoutInput, page: PageShell): PageShell => {
  const local = (text: string) => digitsAsWrittenIn(clinic.locale, text)
  const {openGraph} = page
  return {
    ...page,
    title: local(page.title),
    description: page.description === undefined ? undefined : local(page.description),
    ...(openGraph ? {openGraph: {...openGraph, title: local(openGraph.title), image: openGraph.image && {...openGraph.image, alt: local(openGraph.image.alt)}}} : {}),
  }
}

export const renderDocument = (input: LayoutInput, shell: PageShell): string => {
  const page = withLocalDigits(input, shell)
  const tree: Root = {
    type: 'root',
    children: [
      {type: 'doctype'},
      h('html', {lang: input.clinic.locale, dir: 'rtl'}, [
        head(input, page),
        h('body', sanitizeSiteContent(latinRunsInTree(localDigitsInTree(input.clinic.locale, pageBodyTree(input, page.main, page.showsDisclaimer))))),
      ]),
    ],
  }
  return `${pageStringifier.stringify(tree)}\n`
}

export const renderPage = (input: LayoutInput, page: Page): TextFile => ({path: page.path, contents: renderDocument(input, page.shell)})

/** A list page's bytes: the document with its items spliced in. */
export const renderListPage = (input: LayoutInput, page: ListPage): RenderedFile => ({
  path: page.path,
  contents: spliceFragments(renderDocument(input, page.shell), page.fragments),
})
