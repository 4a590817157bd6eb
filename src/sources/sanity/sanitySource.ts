// The Content Lake source: runs GROQ through @sanity/client in the published perspective, straight
// from the API (no CDN) so a build never publishes a stale approval or disclaimer. With a token it
// also lists the drafts that perspective leaves out, as a dataset export does.
import {createClient} from '@sanity/client'
import {unpublishedDocumentsQuery} from '../../queries.ts'
import type {ContentSource} from '../contentSource.ts'
import {draftSummary, type DraftFields} from '../draftSummary.ts'
import {notADocumentList} from '../fetchDocumentList.ts'
import {shareRepeatedStrings} from '../shareRepeatedStrings.ts'
import {sanitySourceLabel} from '../arabicSourceLabel.ts'
import {createSanityImageResolver} from './sanityImageUrl.ts'
import {toSanityRequestError, withoutAddressCredentials} from './sanityRequestError.ts'
import type {SanityConfig} from './sanityEnv.ts'


export interface SanitySourceOptions {
  /** Retries on network errors and 5xx for idempotent requests; the client's default is 5. */
  maxRetries?: number
  /** How long a connection may wait to open, or a response go silent, before the request fails. */
  timeoutMs?: number
}

// The client's own default is 5 minutes, retried 5 times: a host that accepts connections and never
// answers held a build, or a server's rebuild queue, for half an hour. A silence, not a total: the
// content query streams tens of megabytes and never goes quiet this long while it does.
const DEFAULT_TIMEOUT_MS = 30_000

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
    timeout: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
  })
  const target = {
    projectId: config.projectId,
    dataset: config.dataset,
    url: withoutAddressCredentials(client.config().url ?? ''),
    token: {variable: 'SANITY_READ_TOKEN', set: config.token !== undefined},
  } as const
  const describe = () =>
    `Sanity project ${config.projectId}, dataset ${config.dataset} (API v${config.apiVersion}, published perspective${config.token ? ', with read token' : ''})`

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
    describe,
    describeInArabic: () => sanitySourceLabel({...config, withToken: config.token !== undefined}),
    findings: [],
    // Drafts live under the `drafts.` path, which the Content Lake shows to no request without a
    // token: without one, asking would answer "none" for drafts that are there.
    listDrafts: async () => {
      if (!config.token) return null
      let answer: unknown
      try {
        answer = await client.fetch<unknown>(unpublishedDocumentsQuery, {}, {perspective: 'raw'})
      } catch (error) {
        throw toSanityRequestError(error, target)
      }
      if (!Array.isArray(answer)) throw notADocumentList({kind: 'sanity', describe}, 'drafts', answer)
      return (answer as DraftFields[]).map(draftSummary)
    },
    close: async () => {},
  }
}
