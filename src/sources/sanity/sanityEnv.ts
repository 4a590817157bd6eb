// Reads the Sanity connection settings from environment variables, validated once with zod. Pure:
// the caller passes the env in. Every message names the variable and says what to put in it.
import {z} from 'zod'
import {SanadError} from '../../errors/catalog.ts'
import {tokenCharacterProblem} from '../../errors/tokenCharacterProblem.ts'

/** A fixed API version, so a Content Lake change can't alter results underneath a build. */
export const DEFAULT_SANITY_API_VERSION = '2025-02-19'

export interface SanityConfig {
  projectId: string
  dataset: string
  /** Without a leading `v`: `2025-02-19` or `X`. */
  apiVersion: string
  /** Only needed for private datasets. */
  token?: string
  /**
   * Replaces `https://api.sanity.io` for tests and proxies; requests then go to
   * `<apiHost>/v<apiVersion>/data/...` without the `<projectId>.` subdomain.
   */
  apiHost?: string
}

export type Env = Readonly<Record<string, string | undefined>>

// Perspectives, which keep drafts out of query results, exist from this API version on.
const FIRST_VERSION_WITH_PERSPECTIVES = '2021-03-25'

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value)

// A value pasted with a space or line break around it is right apart from that: said as such,
// since «must be lowercase a-z…» sends the operator looking for a wrong character in the id.
const required = (name: string, example: string) =>
  z.preprocess(
    blankToUndefined,
    z.string({error: `${name} is not set: set it to ${example}.`}).refine((value) => value === value.trim(), {
      error: `${name} has a space or line break before or after it: set it to ${example}, with nothing around it.`,
      abort: true,
    }),
  )

const isRealDate = (value: string): boolean => {
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

const apiVersion = z.preprocess(
  blankToUndefined,
  z
    .string()
    .transform((value) => value.replace(/^v/, ''))
    // Sanity's first API version, still answered: said apart, since «must be a date» reads as a typo.
    .refine((value) => value !== '1', {
      error: `SANITY_API_VERSION=v1 is Sanity's first API version, which cannot keep drafts out of query results: set a date version such as ${DEFAULT_SANITY_API_VERSION}, or leave it unset to use that one.`,
      abort: true,
    })
    .refine((value) => value === 'X' || (/^\d{4}-\d{2}-\d{2}$/.test(value) && isRealDate(value)), {
      error: `SANITY_API_VERSION must be a date YYYY-MM-DD (e.g. ${DEFAULT_SANITY_API_VERSION}) or "vX"; leave it unset to use ${DEFAULT_SANITY_API_VERSION}.`,
      abort: true,
    })
    .refine((value) => value === 'X' || value >= FIRST_VERSION_WITH_PERSPECTIVES, {
      error: `SANITY_API_VERSION must be ${FIRST_VERSION_WITH_PERSPECTIVES} or later: older API versions cannot keep drafts out of query results.`,
    })
    .default(DEFAULT_SANITY_API_VERSION),
)

const apiHost = z.preprocess(
  blankToUndefined,
  z
    .url({
      protocol: /^https?$/,
      error: 'SANITY_API_HOST must be an http(s) URL such as http://127.0.0.1:3333 (only for tests and proxies; leave it unset otherwise).',
      // Not a URL Sanad could use at all: whether it has a path is beside the point.
      abort: true,
    })
    .refine((value) => /^https?:\/\/[^/?#]+\/?$/.test(value), {
      error: 'SANITY_API_HOST must be only a scheme, host and port, without a path (e.g. http://127.0.0.1:3333).',
    })
    .transform((value) => value.replace(/\/$/, ''))
    .optional(),
)

const sanityEnvSchema = z.object({
  SANITY_PROJECT_ID: required('SANITY_PROJECT_ID', 'the project id shown at sanity.io/manage').pipe(
    z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
      error: 'SANITY_PROJECT_ID must be lowercase a-z, 0-9 and dashes (the project id shown at sanity.io/manage, e.g. "a1b2c3d4").',
    }),
  ),
  SANITY_DATASET: required('SANITY_DATASET', 'the dataset name, e.g. "production"').pipe(
    // A leading "~" names a dataset alias, which @sanity/client and the query API take as a dataset.
    z.string().regex(/^~?[a-z0-9][a-z0-9_-]{0,63}$/, {
      error: 'SANITY_DATASET must be a dataset name: lowercase a-z, 0-9, "_" and "-", at most 64 characters (e.g. "production"), or an alias written "~name".',
    }),
  ),
  SANITY_API_VERSION: apiVersion,
  SANITY_READ_TOKEN: z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\S+$/, {error: 'SANITY_READ_TOKEN must be a single token without spaces (create a Viewer token at sanity.io/manage → API → Tokens).', abort: true})
      .superRefine((token, context) => {
        const problem = tokenCharacterProblem('SANITY_READ_TOKEN', token, 'sanity.io/manage → API → Tokens')
        if (problem) context.addIssue({code: 'custom', message: problem})
      })
      .optional(),
  ),
  SANITY_API_HOST: apiHost,
})

/**
 * The config, or one message per invalid variable. For callers whose ENV_INVALID says something
 * else to do than reading does (`sanad import --to-sanity` has no bundled dataset to fall back to).
 */
export const checkSanityEnv = (env: Env): {config: SanityConfig} | {issues: string[]} => {
  const result = sanityEnvSchema.safeParse(env)
  if (!result.success) return {issues: result.error.issues.map((issue) => issue.message)}
  const {SANITY_PROJECT_ID, SANITY_DATASET, SANITY_API_VERSION, SANITY_READ_TOKEN, SANITY_API_HOST} = result.data
  return {
    config: {
      projectId: SANITY_PROJECT_ID,
      dataset: SANITY_DATASET,
      apiVersion: SANITY_API_VERSION,
      ...(SANITY_READ_TOKEN ? {token: SANITY_READ_TOKEN} : {}),
      ...(SANITY_API_HOST ? {apiHost: SANITY_API_HOST} : {}),
    },
  }
}

/** @throws SanadError ENV_INVALID listing every invalid variable. */
export const parseSanityEnv = (env: Env): SanityConfig => {
  const checked = checkSanityEnv(env)
  if ('issues' in checked) throw new SanadError('ENV_INVALID', checked.issues.join('\n'))
  return checked.config
}
