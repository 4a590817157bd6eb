// Where each page lives: its file path inside the clinic folder and the URL path pages link to.
import {domainOrigin} from '../../content/clinicDomain.ts'
import type {Clinic} from '../../content/documents/clinic.ts'

export const HOME_URL = '/'
export const SITE_CSS_URL = '/assets/site.css'
export const CLINIC_CSS_URL = '/assets/clinic.css'
export const FONTS_URL = '/assets/fonts/'
export const ICON_URL = '/assets/icon.svg'
export const SEARCH_URL = '/search/'
export const SEARCH_SCRIPT_URL = '/assets/search.js'
export const SEARCH_INDEX_URL = '/search-index.json'

export const INDEX_FILE = 'index.html'
export const NOT_FOUND_FILE = '404.html'
export const SITE_CSS_FILE = 'assets/site.css'
export const CLINIC_CSS_FILE = 'assets/clinic.css'
export const FONTS_DIR = 'assets/fonts/'
export const ICON_FILE = 'assets/icon.svg'
export const SEARCH_FILE = 'search/index.html'
export const SEARCH_SCRIPT_FILE = 'assets/search.js'
export const SEARCH_INDEX_FILE = 'search-index.json'
/** One shard of the search index, named after its contents: a new shard is a new URL, so no cache mixes builds. */
export const searchShardFile = (shard: number, token: string): string => `search/shards/${shard}.${token}.json`
export const searchShardUrl = (shard: number, token: string): string => `/${searchShardFile(shard, token)}`

// Slugs are letters, digits and hyphens (zod), so they are safe as one path segment; Arabic
// letters stay raw on disk and are percent-encoded in URLs.
export const articleFile = (slug: string): string => `articles/${slug}/index.html`
export const articleUrl = (slug: string): string => `/articles/${encodeURIComponent(slug)}/`
export const procedureFile = (slug: string): string => `procedures/${slug}/index.html`
export const procedureUrl = (slug: string): string => `/procedures/${encodeURIComponent(slug)}/`
/** Page `number` of the home page's article list; the first is the home page itself. */
export const homePageFile = (number: number): string => (number === 1 ? INDEX_FILE : `page/${number}/index.html`)
export const homePageUrl = (number: number): string => (number === 1 ? HOME_URL : `/page/${number}/`)

/** The origin of the clinic's domain (clinicDomain.ts), or `undefined` when it has none usable. */
export const clinicOrigin = (clinic: Clinic): string | undefined => domainOrigin(clinic.domain)

export const canonicalUrl = (clinic: Clinic, urlPath: string): string | undefined => {
  const origin = clinicOrigin(clinic)
  return origin ? `${origin}${urlPath}` : undefined
}
