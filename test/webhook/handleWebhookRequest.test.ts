// The Netlify Function's handler: a signed change triggers the build hooks of exactly the affected
// clinic sites (hooks answered by a server on 127.0.0.1); unsigned, oversized, misconfigured or
// replayed requests trigger nothing, replays to another function instance included (Netlify Blobs
// on 127.0.0.1), and a replay store that cannot answer lets nothing through.
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {encodeSignatureHeader} from '@sanity/webhook'
import {afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi} from 'vitest'
import type {ContentGraph} from '../../src/content/contentGraph.ts'
import {loadContent} from '../../src/content/loadContent.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {createBlobsReplayGuard} from '../../src/webhook/blobsReplayGuard.ts'
import {SanadError} from '../../src/errors/catalog.ts'
import {handleWebhookRequest} from '../../src/webhook/handleWebhookRequest.ts'
import {createReplayGuard, MAX_WEBHOOK_BODY_BYTES, type ReplayGuard} from '../../src/webhook/index.ts'
import {openNetlifyDeliveryStore} from '../../src/webhook/netlifyDeliveryStore.ts'
import {startLocalBlobs, type LocalBlobs} from '../support/blobsServer.ts'
import {BUNDLED_DATASET, readBundledDocuments} from '../support/bundledDataset.ts'
import {startSanityApiServer, type SanityApiServer} from '../support/sanityApiServer.ts'

const SECRET = 'function-secret'
const NOW = new Date('2026-11-21T12:00:00Z')
let graph: ContentGraph
let hookServer: Server
let hookBase: string
const hits: {path: string; title: string | null}[] = []

beforeAll(async () => {
  const source = await openLocalSource(BUNDLED_DATASET)
  graph = (await loadContent(source)).graph
  await source.close()
  hookServer = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1')
    hits.push({path: url.pathname, title: url.searchParams.get('trigger_title')})
    request.resume()
    // A hook that never answers, or answers its headers and then never ends its body.
    if (url.pathname.includes('hanging')) return
    if (url.pathname.includes('stalling')) return void response.writeHead(200).write('{')
    response.writeHead(url.pathname.includes('broken') ? 500 : url.pathname.includes('refused') ? 400 : 200).end()
  })
  await new Promise<void>((resolve) => hookServer.listen(0, '127.0.0.1', resolve))
  hookBase = `http://127.0.0.1:${(hookServer.address() as AddressInfo).port}/build_hooks`
})
afterAll(async () => {
  hookServer.closeAllConnections()
  await new Promise((resolve) => hookServer.close(resolve))
})

const env = (overrides: Record<string, string | undefined> = {}) => ({
  SANITY_WEBHOOK_SECRET: SECRET,
  SANAD_BUILD_HOOKS: JSON.stringify({'nour-cairo': `${hookBase}/cairo`, 'rawda-riyadh': `${hookBase}/riyadh`, 'lulu-dubai': `${hookBase}/dubai`}),
  ...overrides,
})

const request = async (payload: unknown, options: {sign?: boolean; at?: Date} = {}) => {
  const body = JSON.stringify(payload)
  const headers: Record<string, string> = {'content-type': 'application/json'}
  if (options.sign !== false) headers['sanity-webhook-signature'] = await encodeSignatureHeader(body, (options.at ?? NOW).getTime(), SECRET)
  return new Request('https://hooks.example/hooks/sanity', {method: 'POST', body, headers})
}

const handle = async (req: Request, environment = env(), replayGuard: ReplayGuard = createReplayGuard(600_000), log: (line: string) => void = () => {}) =>
  handleWebhookRequest(req, {env: environment, now: NOW, replayGuard, loadGraph: async () => graph, log})

describe('handleWebhookRequest (Netlify Function)', () => {
  it('triggers only the build hook of the clinic the changed claim affects', async () => {
    hits.length = 0
    const response = await handle(await request({_id: 'claim.microneedling-hair-count', _type: 'claim'}))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      documentId: 'claim.microneedling-hair-count',
      clinics: ['lulu-dubai'],
      triggered: [{clinic: 'lulu-dubai', status: 200}],
    })
    expect(hits).toEqual([{path: '/build_hooks/dubai', title: 'Sanity: claim claim.microneedling-hair-count'}])
  })

  it('includes the clinics an article was moved away from', async () => {
    hits.length = 0
    const response = await handle(await request({_id: 'article.prp-hair-intro', _type: 'article', targetClinics: ['clinic.rawda-riyadh'], previousTargetClinics: ['clinic.nour-cairo']}))
    expect((await response.json()).clinics).toEqual(['nour-cairo', 'rawda-riyadh'])
    expect(hits.map((hit) => hit.path).sort()).toEqual(['/build_hooks/cairo', '/build_hooks/riyadh'])
  })

  it.each([
    ['an unsigned request', async () => handle(await request({_id: 'claim.x', _type: 'claim'}, {sign: false})), 401],
    ['an oversized body', async () => handle(await request({_id: 'claim.x', _type: 'claim', padding: 'x'.repeat(300_000)})), 413],
    // 140,000 Arabic letters are 280,000 bytes: the limit counts bytes, not characters.
    ['an Arabic body over the limit in bytes, under it in characters', async () => handle(await request({_id: 'claim.x', _type: 'claim', padding: 'ث'.repeat(140_000)})), 413],
    ['a GET', async () => handle(new Request('https://hooks.example/hooks/sanity')), 405],
    ['missing build hooks', async () => handle(await request({_id: 'claim.x', _type: 'claim'}), env({SANAD_BUILD_HOOKS: undefined})), 500],
    ['a missing secret', async () => handle(await request({_id: 'claim.x', _type: 'claim'}), env({SANITY_WEBHOOK_SECRET: undefined})), 500],
    ['a secret of spaces only', async () => handle(await request({_id: 'claim.x', _type: 'claim'}), env({SANITY_WEBHOOK_SECRET: '   '})), 500],
  ])('triggers nothing for %s', async (_name, send, status) => {
    hits.length = 0
    expect((await send()).status).toBe(status)
    expect(hits).toEqual([])
  })

  it('accepts a body of exactly the size limit, as its Content-Length declares', async () => {
    const payload = {_id: 'claim.microneedling-hair-count', _type: 'claim', padding: ''}
    const padding = 'x'.repeat(MAX_WEBHOOK_BODY_BYTES - Buffer.byteLength(JSON.stringify(payload)))
    const signed = await request({...payload, padding})
    const body = await signed.text()
    expect(Buffer.byteLength(body)).toBe(MAX_WEBHOOK_BODY_BYTES)
    const headers = new Headers(signed.headers)
    headers.set('content-length', String(MAX_WEBHOOK_BODY_BYTES))
    const response = await handle(new Request(signed.url, {method: 'POST', body, headers}))
    expect(response.status).toBe(200)
  })

  it('reads a secret pasted with a line break after it as the secret', async () => {
    const response = await handle(await request({_id: 'claim.microneedling-hair-count', _type: 'claim'}), env({SANITY_WEBHOOK_SECRET: `${SECRET}\n`}))
    expect(response.status).toBe(200)
  })

  it('answers 502 so Sanity retries when a build hook refuses the request (400) or cannot be reached', async () => {
    for (const [hook, status] of [[`${hookBase}/refused`, 400], ['http://127.0.0.1:1/build_hooks/closed', 'network-error']] as const) {
      const response = await handle(await request({_id: 'claim.microneedling-hair-count', _type: 'claim'}), env({SANAD_BUILD_HOOKS: JSON.stringify({'lulu-dubai': hook})}))
      expect(response.status).toBe(502)
      expect((await response.json()).triggered).toEqual([{clinic: 'lulu-dubai', status}])
    }
  })

  it('answers within its own limit, 502, when a build hook hangs or stalls mid-answer, and still triggers and reports the others', async () => {
    for (const hanging of ['hanging', 'stalling']) {
      hits.length = 0
      const hooks = {'lulu-dubai': `${hookBase}/${hanging}`, 'nour-cairo': `${hookBase}/cairo`}
      const started = Date.now()
      // An article for all three clinics; Riyadh has no hook here.
      const response = await handleWebhookRequest(await request({_id: 'article.meso-realistic', _type: 'article'}), {
        env: env({SANAD_BUILD_HOOKS: JSON.stringify(hooks)}),
        now: NOW,
        replayGuard: createReplayGuard(600_000),
        loadGraph: async () => graph,
        hookTimeoutMs: 300,
      })
      expect(Date.now() - started).toBeLessThan(5_000)
      expect(response.status).toBe(502)
      expect((await response.json()).triggered.toSorted((a: {clinic: string}, b: {clinic: string}) => a.clinic.localeCompare(b.clinic))).toEqual([
        {clinic: 'lulu-dubai', status: 'timeout'},
        {clinic: 'nour-cairo', status: 200},
        {clinic: 'rawda-riyadh', status: 'no-hook'},
      ])
      expect(hits.map((hit) => hit.path).toSorted()).toEqual(['/build_hooks/cairo', `/build_hooks/${hanging}`])
    }
  })

  it('answers 502 so Sanity retries when a build hook fails', async () => {
    const response = await handle(await request({_id: 'claim.microneedling-hair-count', _type: 'claim'}), env({SANAD_BUILD_HOOKS: JSON.stringify({'lulu-dubai': `${hookBase}/broken`})}))
    expect(response.status).toBe(502)
    expect((await response.json()).triggered).toEqual([{clinic: 'lulu-dubai', status: 500}])
  })

  it('answers 200, listing it, for an affected clinic with no build hook: a retry would only rebuild the others again', async () => {
    const response = await handle(await request({_id: 'claim.microneedling-hair-count', _type: 'claim'}), env({SANAD_BUILD_HOOKS: JSON.stringify({'nour-cairo': `${hookBase}/cairo`})}))
    expect(response.status).toBe(200)
    expect((await response.json()).triggered).toEqual([{clinic: 'lulu-dubai', status: 'no-hook'}])
  })

  it('rejects build hooks that are not a slug → URL map: the answer gives the code, the log what to fix', async () => {
    const logged: string[] = []
    const hooks = JSON.stringify({'Nour Cairo': 'ftp://hooks.internal.example/secret-hook-id'})
    const response = await handleWebhookRequest(await request({_id: 'claim.x', _type: 'claim'}), {
      env: env({SANAD_BUILD_HOOKS: hooks}),
      now: NOW,
      replayGuard: createReplayGuard(600_000),
      loadGraph: async () => graph,
      log: (line) => logged.push(line),
    })
    expect(response.status).toBe(500)
    const answer = await response.text()
    expect(JSON.parse(answer)).toEqual({error: 'WEBHOOK_CONFIG_INVALID', log: 'see the function log for what to fix'})
    expect(answer).not.toMatch(/SANAD_BUILD_HOOKS|Nour Cairo|hooks\.internal/)
    expect(logged).toHaveLength(1)
    expect(logged[0]).toMatch(/^WEBHOOK_CONFIG_INVALID: SANAD_BUILD_HOOKS is not a map of clinic slug to build hook URL: Nour Cairo: .* Set SANITY_WEBHOOK_SECRET/)
  })

  it('refuses a chunked body over the limit as it arrives, without reading the rest', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(64 * 1024))
    const chunks = Math.ceil((4 * MAX_WEBHOOK_BODY_BYTES) / chunk.byteLength)
    let pulled = 0
    let cancelled = false
    // No Content-Length: a chunked upload says nothing of its size until it ends.
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled === chunks) return controller.close()
        pulled += 1
        controller.enqueue(chunk)
      },
      cancel() {
        cancelled = true
      },
    })
    const response = await handle(new Request('https://hooks.example/hooks/sanity', {method: 'POST', body, duplex: 'half'} as RequestInit))
    expect(response.status).toBe(413)
    expect(pulled * chunk.byteLength).toBeLessThanOrEqual(MAX_WEBHOOK_BODY_BYTES + 2 * chunk.byteLength)
    expect(cancelled).toBe(true)
  })
})

describe('handleWebhookRequest with the Netlify Function\'s Blobs replay guard', () => {
  const CLAIM = {_id: 'claim.microneedling-hair-count', _type: 'claim'}
  let blobs: LocalBlobs
  let hangingStore: Server
  const logged: string[] = []
  // Each guard stands for one function instance: cold, warm or running in parallel.
  const functionInstance = (timeoutMs?: number) =>
    createBlobsReplayGuard({openStore: openNetlifyDeliveryStore, lifetimeMs: 600_000, ...(timeoutMs === undefined ? {} : {timeoutMs})})
  const deliver = async (payload: unknown, guard: ReplayGuard) => handle(await request(payload), env(), guard, (line) => logged.push(line))

  beforeAll(async () => {
    blobs = await startLocalBlobs()
    // Takes the connection and never answers.
    hangingStore = createServer(() => {})
    await new Promise<void>((resolve) => hangingStore.listen(0, '127.0.0.1', resolve))
  })
  afterAll(async () => {
    await blobs.close()
    hangingStore.closeAllConnections()
    await new Promise((resolve) => hangingStore.close(resolve))
  })
  beforeEach(() => {
    hits.length = 0
    logged.length = 0
    process.env.NETLIFY_BLOBS_CONTEXT = blobs.context()
  })
  afterEach(() => {
    delete process.env.NETLIFY_BLOBS_CONTEXT
  })

  it('triggers the hooks for the first delivery, and refuses its replay to the same and to another instance', async () => {
    const first = functionInstance()
    const payload = {...CLAIM, replayCase: 'sequential'}
    expect((await deliver(payload, first)).status).toBe(200)
    for (const instance of [first, functionInstance()]) {
      const replay = await deliver(payload, instance)
      expect(replay.status).toBe(401)
      expect(await replay.json()).toEqual({error: 'replayed'})
    }
    expect(hits.map((hit) => hit.path)).toEqual(['/build_hooks/dubai'])
  })

  it.each([
    // Environments made when the test runs: the hook server's address is known only then.
    ['a build hook fails (502)', () => env({SANAD_BUILD_HOOKS: JSON.stringify({'lulu-dubai': `${hookBase}/broken`})}), async () => graph, 502],
    [
      'the content cannot be read (500)',
      () => env(),
      async () => {
        throw new SanadError('SANITY_UNREACHABLE', 'the Content Lake did not answer')
      },
      500,
    ],
  ] as const)('takes a delivery back when %s, so Sanity\'s retry with the same signature is accepted, by another instance too', async (_name, environment, loadGraph, status) => {
    // Signed at the same instant, the same payload carries the same signature header: Sanity's retry.
    const payload = {...CLAIM, replayCase: `failed ${status}`}
    const failed = await handleWebhookRequest(await request(payload), {env: environment(), now: NOW, replayGuard: functionInstance(), loadGraph, log: (line) => logged.push(line)})
    expect(failed.status).toBe(status)
    expect((await deliver(payload, functionInstance())).status).toBe(200)
    // Accepted and answered, it is a replay again.
    expect((await deliver(payload, functionInstance())).status).toBe(401)
  })

  it('triggers the hooks once for the same delivery sent to two instances at once', async () => {
    const payload = {...CLAIM, replayCase: 'concurrent'}
    const answers = await Promise.all([deliver(payload, functionInstance()), deliver(payload, functionInstance())])
    expect(answers.map((answer) => answer.status).toSorted()).toEqual([200, 401])
    expect(hits.map((hit) => hit.path)).toEqual(['/build_hooks/dubai'])
  })

  it.each([
    ['cannot be reached', () => blobs.context({url: 'http://127.0.0.1:1'}), /^REPLAY_STORE_UNAVAILABLE: Netlify Blobs could not tell whether this delivery was accepted before \(.+\), so it was refused\. No build hook was triggered/],
    ['does not answer', () => blobs.context({url: `http://127.0.0.1:${(hangingStore.address() as AddressInfo).port}`}), /^REPLAY_STORE_UNAVAILABLE: .*\(no answer within 300 ms\)/],
    ['refuses the token', () => blobs.context({token: 'revoked-token'}), /^REPLAY_STORE_UNAVAILABLE: .*\(the store did not confirm writing [0-9a-f]{64}\/0\)/],
  ])('answers 503 and triggers nothing when the replay store %s, so Sanity sends the delivery again', async (_name, context, log) => {
    process.env.NETLIFY_BLOBS_CONTEXT = context()
    const started = Date.now()
    const response = await deliver({...CLAIM, replayCase: String(_name)}, functionInstance(300))
    expect(Date.now() - started).toBeLessThan(5_000)
    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({error: 'REPLAY_STORE_UNAVAILABLE', log: 'see the function log for what to fix'})
    expect(logged).toEqual([expect.stringMatching(log)])
    expect(hits).toEqual([])
  })

  it('answers 500 and triggers nothing when Netlify Blobs is not configured, and the log names its context', async () => {
    delete process.env.NETLIFY_BLOBS_CONTEXT
    const response = await deliver({...CLAIM, replayCase: 'unconfigured'}, functionInstance())
    expect(response.status).toBe(500)
    expect(await response.json()).toEqual({error: 'REPLAY_STORE_NOT_CONFIGURED', log: 'see the function log for what to fix'})
    expect(logged).toEqual([expect.stringMatching(/^REPLAY_STORE_NOT_CONFIGURED: Netlify Blobs is not configured for this function \(no NETLIFY_BLOBS_CONTEXT in its environment/)])
    expect(hits).toEqual([])
  })
})

describe('the Netlify Function as deployed (netlify/functions/sanity-webhook.ts)', () => {
  let blobs: LocalBlobs
  let sanity: SanityApiServer
  // A fresh import is a fresh function instance, as a cold start or a parallel one loads it.
  const coldInstance = async () => {
    vi.resetModules()
    return (await import('../../netlify/functions/sanity-webhook.ts')).default
  }

  beforeAll(async () => {
    blobs = await startLocalBlobs()
    sanity = await startSanityApiServer({documents: await readBundledDocuments(), token: 'sk-function'})
  })
  afterAll(async () => {
    await blobs.close()
    await sanity.close()
  })
  // What Netlify gives the function: the site's variables and the Blobs context.
  const functionEnv = () => ({
    ...env(),
    SANITY_PROJECT_ID: 'sanad42',
    SANITY_DATASET: sanity.dataset,
    SANITY_READ_TOKEN: 'sk-function',
    SANITY_API_HOST: sanity.url,
    NETLIFY_BLOBS_CONTEXT: blobs.context(),
  })
  beforeEach(() => {
    hits.length = 0
    Object.assign(process.env, functionEnv())
  })
  afterEach(() => {
    for (const name of Object.keys(functionEnv())) delete process.env[name]
    vi.restoreAllMocks()
  })

  it('refuses a delivery replayed to a cold instance within the tolerance: its builds run once', async () => {
    const payload = {_id: 'claim.microneedling-hair-count', _type: 'claim'}
    const at = new Date()
    const first = await (await coldInstance())(await request(payload, {at}))
    expect(first.status).toBe(200)
    const replay = await (await coldInstance())(await request(payload, {at}))
    expect(replay.status).toBe(401)
    expect(await replay.json()).toEqual({error: 'replayed'})
    expect(hits.map((hit) => hit.path)).toEqual(['/build_hooks/dubai'])
  })

  it('refuses every delivery, 500, rather than guard each instance alone when Netlify Blobs is not configured', async () => {
    delete process.env.NETLIFY_BLOBS_CONTEXT
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const response = await (await coldInstance())(await request({_id: 'claim.microneedling-hair-count', _type: 'claim', unconfigured: true}, {at: new Date()}))
    expect(response.status).toBe(500)
    expect(await response.json()).toEqual({error: 'REPLAY_STORE_NOT_CONFIGURED', log: 'see the function log for what to fix'})
    expect(logged.mock.calls).toEqual([[expect.stringContaining('no NETLIFY_BLOBS_CONTEXT in its environment')]])
    expect(hits).toEqual([])
  })
})
