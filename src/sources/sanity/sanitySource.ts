// The Content Lake source: runs GROQ through @sanity/client in the published perspective, straight
// from the API (no CDN) so a build never publishes a stale approval or disclaimer.
import {createClient} from '@sanity/client'
import type {ContentSource} from '../contentSource.ts'
import {shareRepeatedStrings} from '../shareRepeatedStrings.ts'
import {createSanityImageResolver} from './sanityImageUrl.ts'
import {toSanityRequestError} from './sanityRequestError.ts'
import type {SanityConfig} from './sanityEnv.ts'

/** The API URL for messages: a proxy host given as https://user:secret@… must not print its password. */
const withoutCredentials = (url: string): string => {
  try {
    const parsed = new URL(url)
    parsed.username = ''
    parsed.password = ''
    return parsed.href
  } catch {
    return url
  }
}

export interface SanitySourceOptions {
  /** Retries on network errors and 5xx for idempotent requests; the client's default is 5. */
  maxRetries?: number
  timeoutMs?: number
}

export const createSanitySource = (config: SanityConfig, options: SanitySourceOptions = {}): ContentSource => {
  const client = createClient({
    projectId: config.projectId,
    dataset: config.dataset,
    apiVersion: config.apiVersion,
    perspective: 'published',
    useCdn: false,
    ...(config.token ? {token: config.token} : {}),
    // A custom host (tests, proxies) is addressed as given, without the `<projectId>.` subdomain.
    ...(config.apiHost ? {apiHost: config.apiHost, useProjectHostname: false} : {}),
    ...(options.maxRetries !== undefined ? {maxRetries: options.maxRetries} : {}),
    ...(options.timeoutMs !== undefined ? {timeout: options.timeoutMs} : {}),
  })
  const target = {projectId: config.projectId, dataset: config.dataset, url: withoutCredentials(client.config().url ?? '')}

  return {
    kind: 'sanity',
    fetch: async <Result>(query: string, params: Record<string, unknown> = {}): Promise<Result> => {
      try {
        // A pool per response: the content query's documents end up in the graph for the whole build.
        return shareRepeatedStrings(await client.fetch<Result>(query, params), new Map())
      } catch (error) {
        throw toSanityRequestError(error, target)
      }
    },
    resolveImage: createSanityImageResolver(config),
    describe: () =>
      `Sanity project ${config.projectId}, dataset ${config.dataset} (API v${config.apiVersion}, published perspective${config.token ? ', with read token' : ''})`,
    findings: [],
    draftsIgnored: null,
    close: async () => {},
  }
}
