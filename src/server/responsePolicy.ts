// How each delivered file is served: cache lifetime, content type and security headers. `sanad serve`
// applies this; netlify.toml states the same rules for Netlify (test/server/netlifyConfig.test.ts
// keeps the two in step).
import {API_NOT_FOUND_FILE, API_PREFIX, deliveryContentType, EXPORT_NOT_FOUND_FILE, EXPORT_PREFIX, isSitemapPartFile} from '../delivery/deliveryPaths.ts'
import {NOT_FOUND_FILE} from '../render/lib/sitePaths.ts'

/**
 * No inline script or style anywhere; JSON-LD is data. The one script is the search page's
 * same-origin /assets/search.js, which fetches /search-index.json and the shards it lists under
 * /search/shards/ (connect-src) and whose form
 * submits to /search/ (form-action). Images come from the site or Sanity's CDN.
 */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; connect-src 'self'; img-src 'self' https://cdn.sanity.io; style-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'X-Content-Type-Options': 'nosniff',
}

/**
 * The build report page on the report's port: every title and finding as writers typed them, escaped,
 * with its styles inline (one page, no files beside it) and a `data:` icon. No script, nothing from
 * elsewhere, no framing.
 */
export const REPORT_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  ...SECURITY_HEADERS,
  'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
}

export const IMMUTABLE = 'public, max-age=31536000, immutable'
export const FONTS = 'public, max-age=604800'
export const MACHINE_READABLE = 'public, max-age=60, must-revalidate'
export const REVALIDATE = 'public, max-age=0, must-revalidate'

/** `path` is the site path without a leading slash, e.g. `api/v1/index.json`. */
export const cacheControlFor = (path: string): string => {
  // Image files are named by Sanity after the hash of their bytes, search shards after theirs.
  if (path.startsWith('images/') || path.startsWith('search/shards/')) return IMMUTABLE
  if (path.startsWith('assets/fonts/')) return FONTS
  if (isMachineReadable(path)) return MACHINE_READABLE
  return REVALIDATE
}

/** Paths under /api/, every version: what netlify.toml's `/api/*` rules match. */
const isApiPath = (path: string): boolean => path.startsWith(API_PREFIX)

/** The API, feeds, sitemap and Markdown export: fetched by other sites, so CORS-open and short-cached. */
export const isMachineReadable = (path: string): boolean =>
  isApiPath(path) || path.startsWith(EXPORT_PREFIX) || ['feed.json', 'atom.xml', 'sitemap.xml'].includes(path) || isSitemapPartFile(path)

/** Lets code on another origin (a clinic's own website) read a machine-readable file, and its ETag for If-None-Match. */
export const CROSS_ORIGIN_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': 'ETag',
}

export const NOT_FOUND_CACHE_CONTROL = 'no-store'

export interface NotFoundAnswer {
  /** The release file sent as the body, with status 404. */
  file: string
  contentType: string
  crossOrigin: boolean
}

/**
 * What a missing path answers with. Under /api/ it is the API's JSON not-found document, under
 * /export/ a Markdown one, both CORS-open, since another origin's code fetches them and reads them
 * as what their type says; elsewhere the site's 404 page.
 */
export const notFoundFor = (path: string): NotFoundAnswer =>
  isApiPath(path)
    ? {file: API_NOT_FOUND_FILE, contentType: deliveryContentType(API_NOT_FOUND_FILE)!, crossOrigin: true}
    : path.startsWith(EXPORT_PREFIX)
      ? {file: EXPORT_NOT_FOUND_FILE, contentType: deliveryContentType(EXPORT_NOT_FOUND_FILE)!, crossOrigin: true}
      : {file: NOT_FOUND_FILE, contentType: 'text/html; charset=utf-8', crossOrigin: false}

export const contentTypeFor = (path: string): string | undefined => deliveryContentType(path)
