// A stand-in for the Netlify API on 127.0.0.1 answering the documented file digest deploy endpoints,
// so tests drive the real @netlify/api client over HTTP: create a deploy with a `files` digest map
// (answering with the SHA1s it lacks as `required`), upload one file, get a deploy, delete one;
// and, asked to, its rate limit: 429 with the headers Netlify's API guide documents. A deploy
// created with `async: true` is `preparing`, with no `required`, for a few GETs, then `prepared`.
// Functions as Netlify's CLI deploys them: a `functions` map of name → SHA256 of its zip, answered
// with the SHA256s it lacks as `required_functions`, each uploaded to /deploys/{id}/functions/{name}.
import {createHash, randomUUID} from 'node:crypto'
import {createServer, type IncomingMessage, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'

export interface NetlifyApiServerOptions {
  token: string
  siteIds: readonly string[]
  /** Content digests Netlify already holds from earlier deploys. */
  knownDigests?: Iterable<string>
  /** How many GETs of a fully uploaded deploy answer `processing` before `ready`. */
  processingPolls?: number
  /** Digests every new deploy also asks for, though the deploy never listed them (a misbehaving answer). */
  alsoRequired?: readonly string[]
  /** Function SHA256s every new deploy also asks for, though the deploy never listed them. */
  alsoRequiredFunctions?: readonly string[]
  /** How long each upload takes to be answered, so uploads overlap. */
  uploadDelayMs?: number
  /** Site path → how many of its uploads are answered 503 before one is accepted (Infinity: all). */
  failingUploads?: Readonly<Record<string, number>>
  /**
   * Function name → how many uploads of its archive are answered 503 before one is accepted, or how
   * each is failed in turn: 503, 429 (Retry-After: 1), or `drop` (the connection closed unanswered).
   */
  failingFunctionUploads?: Readonly<Record<string, number | readonly (503 | 429 | 'drop')[]>>
  /** How many GETs of a deploy are answered 502 before the deploy is shown (Netlify's passing trouble). */
  failingPolls?: number
  /** Site id → its custom domain (GET /sites/{id}); a site without one serves only <id>.netlify.app. */
  customDomains?: Readonly<Record<string, string>>
  /** How many GETs of a deploy created with `async: true` answer `preparing` (default 2); Infinity: it never is prepared. */
  preparingPolls?: number
  /** A deploy created with `async: true` ends in `error` with this message instead of being prepared. */
  preparingError?: string
  /** How many requests of each method (POST create, PUT upload, GET deploy) are answered 429 before the rest are served. */
  rateLimited?: Readonly<Partial<Record<'POST' | 'PUT' | 'GET', number>>>
  /** The headers of each 429, given the time it is answered (Date.now(), which tests may fake). */
  rateLimitHeaders?: (nowMs: number) => Record<string, string>
}

interface Deploy {
  id: string
  siteId: string
  files: Record<string, string>
  required: string[]
  uploaded: Set<string>
  /** Function name → SHA256 of its zip, as the deploy was created with. */
  functions: Record<string, string>
  /** The creation body's `functions_config` and `function_schedules`, as sent. */
  functionsConfig: unknown
  functionSchedules: unknown
  requiredFunctions: string[]
  polls: number
  /** Created with `async: true`. */
  async: boolean
  /** GETs left that answer `preparing`. */
  preparing: number
}

export interface NetlifyApiServer {
  /** Pass as NETLIFY_API_URL. */
  url: string
  uploads: {deployId: string; path: string; sha1: string}[]
  /** Function archives uploaded, with the query Netlify's uploadDeployFunction takes and its X-Nf-Retry-Count header. */
  functionUploads: {deployId: string; name: string; sha256: string; bytes: Buffer; runtime: string | null; invocationMode: string | null; size: string | null; retryCount: string | null}[]
  /** Uploads answered 503 (failingUploads), by site path. */
  refusedUploads: string[]
  /** Function uploads failed (failingFunctionUploads), how, and their X-Nf-Retry-Count header. */
  refusedFunctionUploads: {name: string; retryCount: string | null; failure: 503 | 429 | 'drop'}[]
  /** Requests answered 429, with the time of each answer. */
  rateLimitedRequests: {method: string; path: string}[]
  /** The most uploads the server was handling at one moment. */
  maxUploadsInFlight(): number
  requests: {method: string; path: string; authorization: string | undefined}[]
  deploys(): Deploy[]
  close(): Promise<void>
}

const send = (response: ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body)
  response.writeHead(status, {'content-type': 'application/json', 'content-length': Buffer.byteLength(text)})
  response.end(text)
}

const readBody = async (request: IncomingMessage): Promise<Buffer> => {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

export const startNetlifyApiServer = async (options: NetlifyApiServerOptions): Promise<NetlifyApiServer> => {
  const store = new Set(options.knownDigests ?? [])
  const deploys = new Map<string, Deploy>()
  const uploads: NetlifyApiServer['uploads'] = []
  const functionUploads: NetlifyApiServer['functionUploads'] = []
  const refusedUploads: string[] = []
  const refusedFunctionUploads: NetlifyApiServer['refusedFunctionUploads'] = []
  const rateLimitedRequests: NetlifyApiServer['rateLimitedRequests'] = []
  let pollsRefused = 0
  let inFlight = 0
  let maxInFlight = 0
  const requests: NetlifyApiServer['requests'] = []
  const deployView = (deploy: Deploy) => {
    if (deploy.preparing > 0) return {id: deploy.id, site_id: deploy.siteId, state: 'preparing'}
    if (deploy.async && options.preparingError !== undefined) return {id: deploy.id, site_id: deploy.siteId, state: 'error', error_message: options.preparingError}
    const done = [...deploy.required, ...deploy.requiredFunctions].every((sha) => deploy.uploaded.has(sha))
    const state = !done ? (deploy.async && deploy.uploaded.size === 0 ? 'prepared' : 'uploading') : deploy.polls <= (options.processingPolls ?? 1) ? 'processing' : 'ready'
    return {
      id: deploy.id,
      site_id: deploy.siteId,
      state,
      required: deploy.required.filter((sha) => !deploy.uploaded.has(sha)),
      required_functions: deploy.requiredFunctions.filter((sha) => !deploy.uploaded.has(sha)),
      ssl_url: `https://${deploy.siteId}.netlify.app`,
      deploy_ssl_url: `https://${deploy.id}--${deploy.siteId}.netlify.app`,
    }
  }

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    requests.push({method: request.method ?? 'GET', path: decodeURIComponent(url.pathname), authorization: request.headers.authorization})
    if (request.headers.authorization !== `Bearer ${options.token}`) return send(response, 401, {code: 401, message: 'Access Denied'})
    const method = request.method as 'POST' | 'PUT' | 'GET'
    if (rateLimitedRequests.filter((limited) => limited.method === method).length < (options.rateLimited?.[method] ?? 0)) {
      await readBody(request)
      rateLimitedRequests.push({method, path: decodeURIComponent(url.pathname)})
      const text = JSON.stringify({code: 429, message: 'Too Many Requests'})
      response.writeHead(429, {'content-type': 'application/json', 'content-length': Buffer.byteLength(text), ...options.rateLimitHeaders?.(Date.now())})
      response.end(text)
      return
    }

    const create = /^\/api\/v1\/sites\/([^/]+)\/deploys$/.exec(url.pathname)
    if (create && request.method === 'POST') {
      const siteId = decodeURIComponent(create[1]!)
      if (!options.siteIds.includes(siteId)) return send(response, 404, {code: 404, message: 'Not Found'})
      const body = JSON.parse((await readBody(request)).toString('utf8')) as {files?: Record<string, string>; async?: boolean; functions?: Record<string, string>; functions_config?: unknown; function_schedules?: unknown}
      if (!body.files) return send(response, 422, {code: 422, message: 'files required'})
      const required = [...new Set(Object.values(body.files))].filter((sha) => !store.has(sha)).concat(options.alsoRequired ?? [])
      const functions = body.functions ?? {}
      const requiredFunctions = [...new Set(Object.values(functions))].filter((sha) => !store.has(sha)).concat(options.alsoRequiredFunctions ?? [])
      const isAsync = body.async === true
      const deploy: Deploy = {
        id: randomUUID().replaceAll('-', '').slice(0, 24),
        siteId,
        files: body.files,
        required,
        uploaded: new Set(),
        functions,
        functionsConfig: body.functions_config,
        functionSchedules: body.function_schedules,
        requiredFunctions,
        polls: 0,
        async: isAsync,
        preparing: isAsync ? (options.preparingPolls ?? 2) : 0,
      }
      deploys.set(deploy.id, deploy)
      return send(response, 200, deployView(deploy))
    }

    const upload = /^\/api\/v1\/deploys\/([^/]+)\/files\/(.+)$/.exec(url.pathname)
    if (upload && request.method === 'PUT') {
      const deploy = deploys.get(upload[1]!)
      if (!deploy) return send(response, 404, {code: 404, message: 'Not Found'})
      if (deploy.preparing > 0) return send(response, 422, {code: 422, message: 'deploy is still preparing'})
      if (request.headers['content-type'] !== 'application/octet-stream') return send(response, 415, {code: 415, message: 'octet-stream expected'})
      const path = `/${decodeURIComponent(upload[2]!)}`
      inFlight += 1
      maxInFlight = Math.max(maxInFlight, inFlight)
      const bytes = await readBody(request).finally(async () => {
        if (options.uploadDelayMs) await new Promise((resolve) => setTimeout(resolve, options.uploadDelayMs))
        inFlight -= 1
      })
      if (refusedUploads.filter((refused) => refused === path).length < (options.failingUploads?.[path] ?? 0)) {
        refusedUploads.push(path)
        return send(response, 503, {code: 503, message: 'Service Unavailable'})
      }
      const sha1 = createHash('sha1').update(bytes).digest('hex')
      if (deploy.files[path] !== sha1) return send(response, 422, {code: 422, message: `digest mismatch for ${path}`})
      deploy.uploaded.add(sha1)
      store.add(sha1)
      uploads.push({deployId: deploy.id, path, sha1})
      return send(response, 200, {id: sha1, path, sha: sha1, size: bytes.length})
    }

    const functionUpload = /^\/api\/v1\/deploys\/([^/]+)\/functions\/([^/]+)$/.exec(url.pathname)
    if (functionUpload && request.method === 'PUT') {
      const deploy = deploys.get(functionUpload[1]!)
      if (!deploy) return send(response, 404, {code: 404, message: 'Not Found'})
      if (deploy.preparing > 0) return send(response, 422, {code: 422, message: 'deploy is still preparing'})
      if (request.headers['content-type'] !== 'application/octet-stream') return send(response, 415, {code: 415, message: 'octet-stream expected'})
      const name = decodeURIComponent(functionUpload[2]!)
      const bytes = await readBody(request)
      const retryCount = (request.headers['x-nf-retry-count'] as string | undefined) ?? null
      const failing = options.failingFunctionUploads?.[name] ?? 0
      const failures = typeof failing === 'number' ? Array.from({length: failing}, () => 503 as const) : failing
      const failure = failures[refusedFunctionUploads.filter((refused) => refused.name === name).length]
      if (failure !== undefined) {
        refusedFunctionUploads.push({name, retryCount, failure})
        if (failure === 'drop') return void request.socket.destroy()
        if (failure === 429) {
          response.writeHead(429, {'content-type': 'application/json', 'retry-after': '1'})
          return void response.end(JSON.stringify({code: 429, message: 'Too Many Requests'}))
        }
        return send(response, 503, {code: 503, message: 'Service Unavailable'})
      }
      const sha256 = createHash('sha256').update(bytes).digest('hex')
      if (deploy.functions[name] !== sha256) return send(response, 422, {code: 422, message: `digest mismatch for function ${name}`})
      deploy.uploaded.add(sha256)
      store.add(sha256)
      const query = url.searchParams
      functionUploads.push({deployId: deploy.id, name, sha256, bytes, runtime: query.get('runtime'), invocationMode: query.get('invocation_mode'), size: query.get('size'), retryCount})
      return send(response, 200, {id: sha256, name, sha: sha256})
    }

    // getSite: the fields sanad deploy reads to check the site serves the clinic's domain.
    const site = /^\/api\/v1\/sites\/([^/]+)$/.exec(url.pathname)
    if (site && request.method === 'GET') {
      const siteId = decodeURIComponent(site[1]!)
      if (!options.siteIds.includes(siteId)) return send(response, 404, {code: 404, message: 'Not Found'})
      const host = `${siteId}.netlify.app`
      return send(response, 200, {id: siteId, name: siteId, url: `http://${options.customDomains?.[siteId] ?? host}`, ssl_url: `https://${options.customDomains?.[siteId] ?? host}`, custom_domain: options.customDomains?.[siteId] ?? null, domain_aliases: []})
    }

    const get = /^\/api\/v1\/deploys\/([^/]+)$/.exec(url.pathname)
    // deleteDeploy: the deploy is gone, as when someone deletes it in the Netlify UI.
    if (get && request.method === 'DELETE') {
      if (!deploys.delete(get[1]!)) return send(response, 404, {code: 404, message: 'Not Found'})
      response.writeHead(204).end()
      return
    }
    if (get && request.method === 'GET') {
      const deploy = deploys.get(get[1]!)
      if (!deploy) return send(response, 404, {code: 404, message: 'Not Found'})
      if (pollsRefused < (options.failingPolls ?? 0)) {
        pollsRefused += 1
        return send(response, 502, {code: 502, message: 'Bad Gateway'})
      }
      if (deploy.preparing > 0) {
        const view = deployView(deploy)
        deploy.preparing -= 1
        return send(response, 200, view)
      }
      if ([...deploy.required, ...deploy.requiredFunctions].every((sha) => deploy.uploaded.has(sha))) deploy.polls += 1
      return send(response, 200, deployView(deploy))
    }
    send(response, 404, {code: 404, message: `No route for ${request.method} ${url.pathname}`})
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => send(response, 500, {code: 500, message: String(error)}))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/v1`,
    uploads,
    functionUploads,
    refusedUploads,
    refusedFunctionUploads,
    rateLimitedRequests,
    maxUploadsInFlight: () => maxInFlight,
    requests,
    deploys: () => [...deploys.values()],
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
