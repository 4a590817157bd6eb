// Every SANITY_*, SANAD_* and NETLIFY_* environment variable Sanad reads (its code, `npm start` and
// netlify.toml's build command): the names a misspelled one is measured against. A test keeps the
// lists and the code's reads the same.

export const SANAD_ENV_VARIABLES = [
  'SANITY_PROJECT_ID',
  'SANITY_DATASET',
  'SANITY_API_VERSION',
  'SANITY_API_HOST',
  'SANITY_READ_TOKEN',
  'SANITY_WRITE_TOKEN',
  'SANITY_WEBHOOK_SECRET',
  'SANAD_BUILD_HOOKS',
  'SANAD_CLINIC',
  'SANAD_OUT',
] as const

/**
 * Read by the Studio (sanity.config.ts, sanity.cli.ts), which sends every SANITY_STUDIO_* to the
 * browser: names the Studio owns, never measured against Sanad's.
 */
export const STUDIO_ENV_PREFIX = 'SANITY_STUDIO_'

/** Read by `sanad deploy` (netlifyClient.ts). */
export const SANAD_NETLIFY_ENV_VARIABLES = ['NETLIFY_AUTH_TOKEN', 'NETLIFY_API_URL'] as const

/**
 * NETLIFY_* names Netlify itself sets or reads, from docs.netlify.com (build environment variables:
 * configuration and read-only; functions; the CLI): present wherever Netlify builds or runs the
 * webhook function, so never taken for a slip of Sanad's, however near one they come.
 */
export const NETLIFY_OWN_ENV_VARIABLES = [
  'NETLIFY',
  'NETLIFY_LOCAL',
  'NETLIFY_DEV',
  'NETLIFY_IMAGES_CDN_DOMAIN',
  'NETLIFY_BLOBS_CONTEXT',
  'NETLIFY_PURGE_API_TOKEN',
  'NETLIFY_USE_YARN',
  'NETLIFY_USE_PNPM',
  'NETLIFY_BUILD_DEBUG',
  'NETLIFY_NEXT_PLUGIN_SKIP',
  'NETLIFY_SKIP_GATSBY_BUILD_PLUGIN',
  'NETLIFY_EXPERIMENTAL_BUILD_GO_SOURCE',
  'NETLIFY_EXPERIMENTAL_BUILD_RUST_SOURCE',
  'NETLIFY_SITE_ID',
  'NETLIFY_API_HOST',
  'NETLIFY_WEB_UI',
] as const
