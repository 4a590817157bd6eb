// Every SANITY_* and SANAD_* environment variable Sanad reads (its code, `npm start` and
// netlify.toml's build command): the names a misspelled one is measured against. A test keeps the
// list and the code's reads the same.

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
