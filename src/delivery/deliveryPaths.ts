// Where each delivery file lives in a clinic's site (file path) and the URL clients fetch it from.
// One list, so the pipeline, the server's cache rules, netlify.toml and the README agree.
import {v5 as uuidv5} from 'uuid'
import type {Article} from '../content/documents/article.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import type {RenderSiteInput} from '../render/lib/types.ts'
import {clinicOrigin} from '../render/lib/sitePaths.ts'

export const API_VERSION = 'v1'
/** Every version of the API lives under it: what netlify.toml's `/api/*` rules match. */
export const API_PREFIX = 'api/'
export const API_ROOT = `${API_PREFIX}${API_VERSION}/`

export const API_INDEX_FILE = `${API_ROOT}index.json`
export const apiArticleFile = (slug: string): string => `${API_ROOT}articles/${slug}.json`
export const apiProcedureFile = (slug: string): string => `${API_ROOT}procedures/${slug}.json`
/** What a missing path under /api/ answers with, status 404 (`sanad serve`, and netlify.toml's `[[redirects]]`). */
export const API_NOT_FOUND_FILE = `${API_ROOT}not-found.json`
export const API_SCHEMA_NAMES = ['index', 'article', 'procedure', 'error'] as const
export type ApiSchemaName = (typeof API_SCHEMA_NAMES)[number]
export const apiSchemaFile = (name: ApiSchemaName): string => `${API_ROOT}schema/${name}.json`

export const JSON_FEED_FILE = 'feed.json'
export const ATOM_FEED_FILE = 'atom.xml'
export const SITEMAP_FILE = 'sitemap.xml'
/** The sitemaps a sitemap index at SITEMAP_FILE lists, from 1, when one sitemap would pass the sitemaps.org limits. */
export const sitemapPartFile = (part: number): string => `sitemap-${part}.xml`
export const isSitemapPartFile = (path: string): boolean => /^sitemap-[1-9]\d*\.xml$/.test(path)
export const ROBOTS_FILE = 'robots.txt'
export const EXPORT_PREFIX = 'export/'
export const exportFile = (slug: string): string => `${EXPORT_PREFIX}${slug}.md`
/**
 * What a missing path under /export/ answers with, status 404 (`sanad serve`, and netlify.toml's
 * `[[redirects]]`): Markdown, as the path's headers say. The underscore is in no page slug
 * (slugRules.ts), so no article's export can take its name.
 */
export const EXPORT_NOT_FOUND_FILE = `${EXPORT_PREFIX}_not-found.md`

/** The URL path of a site file; slugs may be Arabic, so every segment is percent-encoded. */
export const fileUrlPath = (file: string): string => `/${file.split('/').map(encodeURIComponent).join('/')}`

/** Absolute when the clinic has a domain, else root-relative (the site still works, feeds less so). */
export const siteUrl = (clinic: Clinic, urlPath: string): string => `${clinicOrigin(clinic) ?? ''}${urlPath}`

/**
 * An image's address as documents read off the site give it (the API, the JSON Feed, JSON-LD): a file
 * the site serves (`/images/…`) on the clinic's domain (still a path without one), a CDN URL as it is.
 */
export const imageAddress = (clinic: Clinic, src: string): string => (src.startsWith('/') ? siteUrl(clinic, src) : src)

/** The article's hero image at that address; undefined without one, or when the source has no file for it. */
export const heroImageAddress = (site: Pick<RenderSiteInput, 'clinic' | 'imageUrl'>, article: Article): string | undefined => {
  const src = article.heroImage ? site.imageUrl(article.heroImage) : undefined
  return src === undefined ? undefined : imageAddress(site.clinic, src)
}

/** Whether the clinic's site has feeds: only with a public address, since a feed's links must be absolute. */
export const hasFeeds = (clinic: Clinic): boolean => clinicOrigin(clinic) !== undefined

// Sanad's own name-based UUID namespace (RFC 9562 §5.5): fixed for good, since every feed id is made from it.
const FEED_ID_NAMESPACE = 'b73e3e1c-65ce-4d5b-ba3a-44bdd6239707'

/**
 * A stable id for a feed and its entries, made from the clinic's and the document's ids: a new domain
 * or a new clinic slug must not re-announce every article to subscribers. A `urn:uuid:` (RFC 4287
 * asks for an IRI that never changes; a URN of an unregistered namespace such as `urn:sanad:` is not
 * a valid one, RFC 8141).
 */
export const entryId = (clinic: Clinic, documentId: string): string => `urn:uuid:${uuidv5(`${clinic._id}\n${documentId}`, FEED_ID_NAMESPACE)}`

/** Content types of the delivery files, by file name ending; the server and netlify.toml use the same. */
export const DELIVERY_CONTENT_TYPES: readonly (readonly [suffix: string, contentType: string])[] = [
  [JSON_FEED_FILE, 'application/feed+json; charset=utf-8'],
  [ATOM_FEED_FILE, 'application/atom+xml; charset=utf-8'],
  [SITEMAP_FILE, 'application/xml; charset=utf-8'],
  // The parts of a split sitemap (sitemap-N.xml); the feed's atom.xml is matched above.
  ['.xml', 'application/xml; charset=utf-8'],
  [ROBOTS_FILE, 'text/plain; charset=utf-8'],
  ['.md', 'text/markdown; charset=utf-8'],
  ['.json', 'application/json; charset=utf-8'],
]

export const deliveryContentType = (path: string): string | undefined =>
  DELIVERY_CONTENT_TYPES.find(([suffix]) => path.endsWith(suffix))?.[1]
