// A stand-in for the Sanity Content Lake HTTP API on 127.0.0.1, so tests drive the real @sanity/client
// over real HTTP: the query endpoint (GET and POST, evaluated with groq-js, honouring `perspective`)
// and the mutate endpoint (create, createOrReplace, createIfNotExists, delete, simple patches).
// Access follows Sanity's documented rules: `raw` returns drafts, release versions and published
// documents side by side, `published` hides the first two; a request without a token sees only
// documents on the root path (no "." in the _id), so never a draft; an unknown token is refused
// with 401, and a read-only one asked to write with 403.
import {randomUUID} from 'node:crypto'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {evaluate, parse} from 'groq-js'
import {isPublishedDocumentId} from '../../src/sources/publishedPerspective.ts'

export type StoredDocument = {_id: string; _type: string; [field: string]: unknown}

export interface SanityApiServerOptions {
  documents: readonly StoredDocument[]
  dataset?: string
  /** When set, every request must carry `Authorization: Bearer <token>` (or `readToken`). */
  token?: string
  /** A Viewer's token: it may query (drafts included) but its mutations are refused with 403. */
  readToken?: string
  /** Stamped as `_updatedAt` (and `_createdAt` of new documents) by mutations. */
  now?: Date
}

export interface RecordedRequest {
  method: string
  endpoint: string
  dataset: string
  apiVersion: string
  /** The query string, decoded. */
  search: URLSearchParams
  authorization: string | undefined
  body: unknown
}

export interface SanityApiServer {
  /** `http://127.0.0.1:<port>`: pass as SANITY_API_HOST. */
  url: string
  dataset: string
  requests: RecordedRequest[]
  /** The stored documents (drafts included), after any mutations. */
  documents(): StoredDocument[]
  close(): Promise<void>
}

const FIXED_NOW = new Date('2026-11-21T12:00:00Z')
// Before this API version, a query without `perspective` ran in `raw`; from it on, in `published`.
const PUBLISHED_BY_DEFAULT_FROM = '2025-02-19'
const ROUTE = /^\/v([^/]+)\/data\/(query|mutate)\/([^/]+)$/

class HttpError extends Error {
  readonly status: number
  readonly type: string
  constructor(status: number, type: string, description: string) {
    super(description)
    this.status = status
    this.type = type
  }
}

const send = (response: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body)
  response.writeHead(status, {'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text)})
  response.end(text)
}

const readJsonBody = async (request: IncomingMessage): Promise<unknown> => {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    throw new HttpError(400, 'invalidJson', 'Request body is not valid JSON')
  }
}

const documentsInPerspective = (
  documents: Iterable<StoredDocument>,
  perspective: string,
): StoredDocument[] => {
  if (perspective === 'raw') return [...documents]
  if (perspective === 'published') return [...documents].filter((document) => isPublishedDocumentId(document._id))
  throw new HttpError(400, 'validationError', `Perspective "${perspective}" is not supported by the test server`)
}

/** Without a token, Sanity serves only documents under the root path: drafts.* and a.b ids stay private. */
const ANONYMOUS = 'anonymous'
const isOnRootPath = (document: StoredDocument) => !document._id.includes('.')

const queryParamsFromSearch = (search: URLSearchParams): Record<string, unknown> => {
  const params: Record<string, unknown> = {}
  for (const [key, value] of search) {
    if (!key.startsWith('$')) continue
    try {
      params[key.slice(1)] = JSON.parse(value)
    } catch {
      throw new HttpError(400, 'queryParseError', `Parameter "${key}" is not valid JSON`)
    }
  }
  return params
}

// Per store (a mutation makes a new one) and perspective: a server asked the same store again and
// again (the bench's running server) should not rebuild its view of thousands of documents each time.
const perspectives = new WeakMap<Map<string, StoredDocument>, Map<string, {visible: StoredDocument[]; byId: Map<string, StoredDocument>}>>()
const perspectiveOf = (store: Map<string, StoredDocument>, perspective: string, anonymous: boolean) => {
  let views = perspectives.get(store)
  if (!views) perspectives.set(store, (views = new Map()))
  const key = anonymous ? `${ANONYMOUS}:${perspective}` : perspective
  let view = views.get(key)
  if (!view) {
    const inPerspective = documentsInPerspective(store.values(), perspective)
    const visible = anonymous ? inPerspective.filter(isOnRootPath) : inPerspective
    views.set(key, (view = {visible, byId: new Map(visible.map((document) => [document._id, document]))}))
  }
  return view
}

const runQuery = async (
  store: Map<string, StoredDocument>,
  apiVersion: string,
  search: URLSearchParams,
  body: unknown,
  anonymous: boolean,
) => {
  const posted = (body ?? {}) as {query?: unknown; params?: unknown; perspective?: unknown}
  const query = typeof posted.query === 'string' ? posted.query : search.get('query')
  if (!query) throw new HttpError(400, 'queryParseError', 'Missing "query"')
  const params =
    typeof posted.params === 'object' && posted.params !== null
      ? (posted.params as Record<string, unknown>)
      : queryParamsFromSearch(search)
  const requested = search.get('perspective') ?? (typeof posted.perspective === 'string' ? posted.perspective : null)
  const perspective =
    requested ?? (apiVersion === 'X' || apiVersion >= PUBLISHED_BY_DEFAULT_FROM ? 'published' : 'raw')

  const {visible, byId} = perspectiveOf(store, perspective, anonymous)
  let tree
  try {
    tree = parse(query, {params})
  } catch (error) {
    throw new HttpError(400, 'queryParseError', error instanceof Error ? error.message : String(error))
  }
  const started = performance.now()
  const value = await evaluate(tree, {dataset: visible, params, dereference: ({_ref}) => byId.get(_ref)})
  const result = await value.get()
  const ms = Math.round(performance.now() - started)
  return search.get('returnQuery') === 'false' ? {ms, result} : {ms, query, result}
}

type Mutation = Record<string, unknown>
type MutationResult = {id: string; operation: 'create' | 'update' | 'delete' | 'none'; document?: StoredDocument}

const asDocument = (value: unknown, kind: string): StoredDocument => {
  const document = value as Partial<StoredDocument> | null
  if (typeof document !== 'object' || document === null || typeof document._type !== 'string') {
    throw new HttpError(400, 'mutationError', `${kind}: the document needs a _type`)
  }
  return document as StoredDocument
}

const withId = (document: StoredDocument, kind: string): StoredDocument => {
  if (typeof document._id !== 'string' || document._id === '') {
    throw new HttpError(400, 'mutationError', `${kind}: the document needs an _id`)
  }
  return document
}

const setAtPath = (target: Record<string, unknown>, path: string, value: unknown, onlyIfMissing: boolean) => {
  if (/[[\]]/.test(path)) throw new HttpError(400, 'mutationError', `Patch path "${path}" is not supported by the test server`)
  const segments = path.split('.')
  let node = target
  for (const segment of segments.slice(0, -1)) {
    const next = node[segment]
    if (typeof next !== 'object' || next === null || Array.isArray(next)) node[segment] = {}
    node = node[segment] as Record<string, unknown>
  }
  const last = segments.at(-1)!
  if (!onlyIfMissing || node[last] === undefined) node[last] = structuredClone(value)
}

const unsetAtPath = (target: Record<string, unknown>, path: string) => {
  if (/[[\]]/.test(path)) throw new HttpError(400, 'mutationError', `Patch path "${path}" is not supported by the test server`)
  const segments = path.split('.')
  let node: unknown = target
  for (const segment of segments.slice(0, -1)) node = (node as Record<string, unknown> | undefined)?.[segment]
  if (typeof node === 'object' && node !== null) delete (node as Record<string, unknown>)[segments.at(-1)!]
}

const SUPPORTED_PATCH_KEYS = new Set(['id', 'set', 'setIfMissing', 'unset', 'ifRevisionID'])

const applyMutations = (
  store: Map<string, StoredDocument>,
  mutations: readonly Mutation[],
  now: Date,
): MutationResult[] => {
  const stamp = (document: StoredDocument, previous: StoredDocument | undefined): StoredDocument => ({
    ...structuredClone(document),
    _createdAt: previous?._createdAt ?? document._createdAt ?? now.toISOString(),
    _updatedAt: now.toISOString(),
    _rev: randomUUID().replaceAll('-', '').slice(0, 22),
  })
  const results: MutationResult[] = []
  for (const mutation of mutations) {
    const [kind, argument] = Object.entries(mutation)[0] ?? []
    switch (kind) {
      case 'create': {
        const document = asDocument(argument, kind)
        const id =
          typeof document._id !== 'string' || document._id === ''
            ? randomUUID()
            : document._id.endsWith('.')
              ? `${document._id}${randomUUID()}`
              : document._id
        if (store.has(id)) throw new HttpError(409, 'mutationError', `Document by ID "${id}" already exists`)
        store.set(id, stamp({...document, _id: id}, undefined))
        results.push({id, operation: 'create', document: store.get(id)!})
        break
      }
      case 'createOrReplace': {
        const document = withId(asDocument(argument, kind), kind)
        const previous = store.get(document._id)
        store.set(document._id, stamp(document, previous))
        results.push({id: document._id, operation: previous ? 'update' : 'create', document: store.get(document._id)!})
        break
      }
      case 'createIfNotExists': {
        const document = withId(asDocument(argument, kind), kind)
        if (store.has(document._id)) {
          results.push({id: document._id, operation: 'none', document: store.get(document._id)!})
          break
        }
        store.set(document._id, stamp(document, undefined))
        results.push({id: document._id, operation: 'create', document: store.get(document._id)!})
        break
      }
      case 'delete': {
        const selection = (argument ?? {}) as {id?: unknown; query?: unknown}
        if (typeof selection.id !== 'string') {
          throw new HttpError(400, 'mutationError', 'delete: only {id} selections are supported by the test server')
        }
        store.delete(selection.id)
        results.push({id: selection.id, operation: 'delete'})
        break
      }
      case 'patch': {
        const patch = (argument ?? {}) as {id?: unknown; set?: unknown; setIfMissing?: unknown; unset?: unknown; ifRevisionID?: unknown}
        const unsupported = Object.keys(patch).filter((key) => !SUPPORTED_PATCH_KEYS.has(key))
        if (typeof patch.id !== 'string' || unsupported.length > 0) {
          throw new HttpError(400, 'mutationError', `patch: needs {id} and supports only set, setIfMissing, unset (got ${unsupported.join(', ')})`)
        }
        const previous = store.get(patch.id)
        if (!previous) throw new HttpError(409, 'mutationError', `Document by ID "${patch.id}" not found`)
        if (typeof patch.ifRevisionID === 'string' && patch.ifRevisionID !== previous._rev) {
          throw new HttpError(409, 'mutationError', `Document "${patch.id}" has unexpected revision ID`)
        }
        const next = structuredClone(previous)
        for (const [path, value] of Object.entries((patch.setIfMissing ?? {}) as object)) setAtPath(next, path, value, true)
        for (const [path, value] of Object.entries((patch.set ?? {}) as object)) setAtPath(next, path, value, false)
        for (const path of (patch.unset ?? []) as string[]) unsetAtPath(next, path)
        store.set(patch.id, stamp(next, previous))
        results.push({id: patch.id, operation: 'update', document: store.get(patch.id)!})
        break
      }
      default:
        throw new HttpError(400, 'mutationError', `Unknown mutation "${String(kind)}"`)
    }
  }
  return results
}

export const startSanityApiServer = async (options: SanityApiServerOptions): Promise<SanityApiServer> => {
  const dataset = options.dataset ?? 'production'
  const now = options.now ?? FIXED_NOW
  let store = new Map(options.documents.map((document) => [document._id, structuredClone(document)]))
  const requests: RecordedRequest[] = []

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    const route = ROUTE.exec(url.pathname)
    if (!route) throw new HttpError(404, 'httpNotFound', `No route for ${request.method} ${url.pathname}`)
    const [, apiVersion, endpoint, requestedDataset] = route as unknown as [string, string, string, string]
    const body = request.method === 'POST' ? await readJsonBody(request) : undefined
    requests.push({
      method: request.method ?? 'GET',
      endpoint,
      dataset: requestedDataset,
      apiVersion,
      search: url.searchParams,
      authorization: request.headers.authorization,
      body,
    })

    const authorization = request.headers.authorization
    const tokens = [options.token, options.readToken].filter((token) => token !== undefined)
    if (tokens.length > 0 && !tokens.some((token) => authorization === `Bearer ${token}`)) {
      send(response, 401, {statusCode: 401, error: 'Unauthorized', message: 'Session not found'})
      return
    }
    if (requestedDataset !== dataset) {
      throw new HttpError(404, 'httpNotFound', `Dataset "${requestedDataset}" not found`)
    }

    if (endpoint === 'query') {
      if (request.method !== 'GET' && request.method !== 'POST') throw new HttpError(405, 'httpMethodNotAllowed', 'Use GET or POST')
      send(response, 200, await runQuery(store, apiVersion, url.searchParams, body, authorization === undefined))
      return
    }

    if (request.method !== 'POST') throw new HttpError(405, 'httpMethodNotAllowed', 'Use POST')
    if (options.readToken !== undefined && authorization === `Bearer ${options.readToken}`) {
      send(response, 403, {statusCode: 403, error: 'Forbidden', message: 'Insufficient permissions; permission "create" required'})
      return
    }
    const mutations = (body as {mutations?: unknown} | undefined)?.mutations
    if (!Array.isArray(mutations)) throw new HttpError(400, 'mutationError', 'Body must be {mutations: [...]}')
    // A transaction applies completely or not at all. A shallow copy is enough: mutations put new
    // document objects in the store and never change a stored one in place.
    const draft = new Map(store)
    const results = applyMutations(draft, mutations as Mutation[], now)
    store = draft
    const transactionId =
      typeof (body as {transactionId?: unknown}).transactionId === 'string'
        ? (body as {transactionId: string}).transactionId
        : url.searchParams.get('transactionId') ?? randomUUID()
    const returnDocuments = url.searchParams.get('returnDocuments') === 'true'
    send(response, 200, {
      transactionId,
      results: results.map(({document, ...result}) => (returnDocuments && document ? {...result, document} : result)),
    })
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof HttpError) send(response, error.status, {error: {description: error.message, type: error.type}})
      else send(response, 500, {error: {description: String(error), type: 'internalError'}})
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const {port} = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    dataset,
    requests,
    documents: () => [...store.values()].map((document) => structuredClone(document)),
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
