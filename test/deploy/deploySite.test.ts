// The Netlify deploy client against a local stand-in of Netlify's API: only files whose content
// Netlify lacks are uploaded, a second deploy of an unchanged site uploads nothing, and failures
// are operational errors that name what happened.
import {createHash} from 'node:crypto'
import {renameSync, writeFileSync} from 'node:fs'
import {mkdir, rm, symlink, writeFile} from 'node:fs/promises'
import {createServer, type AddressInfo} from 'node:net'
import {join} from 'node:path'
import {setTimeout as pause} from 'node:timers/promises'
import {afterEach, describe, expect, it, vi} from 'vitest'
import {collectFileDigests} from '../../src/deploy/fileDigests.ts'
import {deploySite} from '../../src/deploy/deploySite.ts'
import {createNetlifyClient} from '../../src/deploy/netlifyClient.ts'
import {SanadError} from '../../src/errors/catalog.ts'
import type {SiteFunction} from '../../src/deploy/siteFunctions.ts'
import {startNetlifyApiServer, type NetlifyApiServer, type NetlifyApiServerOptions} from '../support/netlifyApiServer.ts'
import {tempDir} from '../support/bundledDataset.ts'

const TOKEN = 'netlify-test-token'
const SITE_ID = '3f6c2a1e-8b4d-4c1a-9e27-5d0b7a6c1f01'
const cleanup: (() => Promise<void>)[] = []
afterEach(async () => {
  for (const clean of cleanup.splice(0).reverse()) await clean()
})

/** A site laid out like dist/<clinic>: a symlink to a release folder. */
const site = async (files: Record<string, string>): Promise<string> => {
  const outDir = await tempDir('sanad-deploy-')
  cleanup.push(() => rm(outDir, {recursive: true, force: true}))
  const release = join(outDir, '.releases', 'nour-cairo', 'r1')
  for (const [path, contents] of Object.entries(files)) {
    await mkdir(join(release, path, '..'), {recursive: true})
    await writeFile(join(release, path), contents)
  }
  await symlink('.releases/nour-cairo/r1', join(outDir, 'nour-cairo'))
  return join(outDir, 'nour-cairo')
}

const server = async (knownDigests: string[] = []): Promise<NetlifyApiServer> => {
  const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], knownDigests})
  cleanup.push(() => api.close())
  return api
}

const FILES = {
  'index.html': '<!doctype html><html lang="ar-EG" dir="rtl"><title>عيادة نور</title></html>',
  'articles/mesotherapy-hair-skin-realistic-results/index.html': '<p>الميزوثيرابي</p>',
  'articles/روتين-منزلي/index.html': '<p>روتين منزلي</p>',
  'api/v1/index.json': '{"apiVersion":"v1"}',
  // Same bytes as another file: one digest, uploaded under both paths only if missing.
  'assets/fonts/LICENSE.txt': 'SIL Open Font License',
  'LICENSE-copy.txt': 'SIL Open Font License',
}

const deploy = (api: NetlifyApiServer, siteDir: string, extra: {dryRun?: boolean} = {}) =>
  deploySite({client: createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url}), siteId: SITE_ID, siteDir, pollIntervalMs: 1, ...extra})

describe('deploySite', () => {
  it('uploads every file on a first deploy and waits until the deploy is ready', async () => {
    const api = await server()
    const siteDir = await site(FILES)
    const result = await deploy(api, siteDir)
    expect(result).toMatchObject({files: 6, state: 'ready', url: expect.stringContaining('.netlify.app')})
    expect(result.uploaded.sort()).toEqual(Object.keys(FILES).map((path) => `/${path}`).sort())
    expect(api.uploads.map((upload) => upload.path)).toContain('/articles/روتين-منزلي/index.html')
  })

  it.each([
    [false, /^deploy [0-9a-f]{24} is live$/],
    [true, /^draft deploy ([0-9a-f]{24}) is ready at https:\/\/\1--[-0-9a-f]+\.netlify\.app; the live site is unchanged$/],
  ])('says last whether the deploy is live or a draft (draft: %s)', async (draft, last) => {
    const api = await server()
    const messages: string[] = []
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
    await deploySite({client, siteId: SITE_ID, siteDir: await site(FILES), pollIntervalMs: 1, draft, onProgress: (message) => messages.push(message)})
    expect(messages.at(-1)).toMatch(last)
  })

  it('uploads only the files whose content Netlify does not have', async () => {
    const siteDir = await site(FILES)
    const digests = await collectFileDigests(siteDir)
    const changed = new Set(['/api/v1/index.json', '/articles/mesotherapy-hair-skin-realistic-results/index.html'])
    const api = await server(digests.filter((digest) => !changed.has(digest.path)).map((digest) => digest.sha1))
    const result = await deploy(api, siteDir)
    expect(result.uploaded.sort()).toEqual([...changed].sort())
    expect(api.uploads.map((upload) => upload.path).sort()).toEqual([...changed].sort())
    const [created] = api.deploys()
    expect(Object.keys(created!.files)).toHaveLength(6)
  })

  it('uploads nothing when redeploying an unchanged site', async () => {
    const api = await server()
    const siteDir = await site(FILES)
    await deploy(api, siteDir)
    const before = api.uploads.length
    const second = await deploy(api, siteDir)
    expect(second.uploaded).toEqual([])
    expect(api.uploads.length).toBe(before)
  })

  it('uploads five files at once, as Netlify\'s own deploy client does, and each exactly once', async () => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], uploadDelayMs: 40})
    cleanup.push(() => api.close())
    const many = Object.fromEntries(Array.from({length: 17}, (_, index) => [`articles/مقال-${index + 1}/index.html`, `<p>المقال ${index + 1}</p>`]))
    const result = await deploy(api, await site(many))
    expect(result.state).toBe('ready')
    expect(api.maxUploadsInFlight()).toBe(5)
    expect(api.uploads.map((upload) => upload.path).toSorted()).toEqual(Object.keys(many).map((path) => `/${path}`).toSorted())
  })

  it('tries an upload Netlify answers 503 again after a growing pause, and goes live', async () => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], failingUploads: {'/articles/روتين-منزلي/index.html': 2}})
    cleanup.push(() => api.close())
    const pauses: number[] = []
    const sleep = async (ms: number) => void pauses.push(ms)
    const result = await deploySite({client: createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url}), siteId: SITE_ID, siteDir: await site(FILES), pollIntervalMs: 1, sleep})
    expect(result.state).toBe('ready')
    expect(api.refusedUploads).toEqual(['/articles/روتين-منزلي/index.html', '/articles/روتين-منزلي/index.html'])
    expect(api.uploads.filter((upload) => upload.path === '/articles/روتين-منزلي/index.html')).toHaveLength(1)
    // The two retry pauses, then the status polls' 1 ms each.
    expect(pauses.filter((ms) => ms > 1)).toEqual([5_000, 10_000])
  })

  it('gives up on a file Netlify answers 503 five times, naming it, and the deploy never goes live', async () => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], failingUploads: {'/api/v1/index.json': Infinity}})
    cleanup.push(() => api.close())
    const sleep = async () => {}
    await expect(deploySite({client: createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url}), siteId: SITE_ID, siteDir: await site(FILES), pollIntervalMs: 1, sleep})).rejects.toMatchObject({
      code: 'NETLIFY_DEPLOY_FAILED',
      message: expect.stringMatching(/^Netlify refused uploading \/api\/v1\/index\.json to deploy [0-9a-f]{24} \(attempt 5 of 5\) \(HTTP 503\)/),
    })
    expect(api.refusedUploads).toHaveLength(5)
    // Never polled: the deploy was left uploading.
    expect(api.requests.filter(({method}) => method === 'GET')).toEqual([])
  })

  // Synchronously Netlify compares every digest before it answers, which a clinic of thousands of
  // articles can keep past the connection; Netlify's CLI creates a deploy of more than 100 files
  // asynchronously and polls it until prepared.
  const manyFiles = (count: number) => Object.fromEntries(Array.from({length: count}, (_, index) => [`articles/مقال-${index + 1}/index.html`, `<p>المقال ${index + 1}</p>`]))
  it.each<[string, number, Partial<NetlifyApiServerOptions>, boolean, number]>([
    ['100 files: at once', 100, {}, false, 0],
    // Three answers `preparing`, then `prepared`.
    ['101 files: asynchronously, polled while preparing', 101, {preparingPolls: 3}, true, 4],
    // Two 502s, one `preparing`, then `prepared`.
    ['101 files, Netlify answering 502 to two polls while preparing', 101, {preparingPolls: 1, failingPolls: 2}, true, 4],
  ])('creates a deploy of %s, then uploads what Netlify lacks and goes live', async (_name, count, answers, expectAsync, pollsBeforeUploads) => {
    const files = manyFiles(count)
    const siteDir = await site(files)
    const known = (await collectFileDigests(siteDir)).slice(0, 1).map((digest) => digest.sha1)
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], knownDigests: known, ...answers})
    cleanup.push(() => api.close())
    const messages: string[] = []
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
    const result = await deploySite({client, siteId: SITE_ID, siteDir, pollIntervalMs: 1, onProgress: (message) => messages.push(message)})
    expect(result.state).toBe('ready')
    expect(result.uploaded).toHaveLength(count - 1)
    expect(api.deploys().map((deploy) => deploy.async)).toEqual([expectAsync])
    // Uploads begin once Netlify has named what it lacks.
    const firstUpload = api.requests.findIndex(({method}) => method === 'PUT')
    expect(api.requests.slice(0, firstUpload).filter(({method}) => method === 'GET')).toHaveLength(pollsBeforeUploads)
    expect(messages[0]).toMatch(new RegExp(`^deploy [0-9a-f]{24}: ${count - 1} of ${count} files to upload$`))
  })

  it.each([
    ['still preparing when the wait runs out', {preparingPolls: Infinity}, /^Deploy [0-9a-f]{24} was still "preparing" \(Netlify comparing its 101 file digests with those it has\) when the wait ran out\. Nothing was uploaded, and it will not go live\.$/],
    ['ends preparing in error', {preparingError: 'Too many files'}, /^Deploy [0-9a-f]{24} failed on Netlify: Too many files$/],
  ])('fails a deploy Netlify %s, uploading nothing', async (_name, answers, message) => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], ...answers})
    cleanup.push(() => api.close())
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
    const failure = await deploySite({client, siteId: SITE_ID, siteDir: await site(manyFiles(101)), pollIntervalMs: 1, timeoutMs: 50}).catch((error: unknown) => error)
    // The catalog's hint: nothing was uploaded, so the previous deploy stays live.
    expect(failure).toMatchObject({code: 'NETLIFY_DEPLOY_FAILED', message: expect.stringMatching(message), hint: expect.stringContaining('previous deploy stays live')})
    expect(api.requests.filter(({method}) => method === 'PUT')).toEqual([])
  })

  // One wait in all, as Netlify's CLI gives a deploy: the minutes Netlify spends preparing come out
  // of the 20 the deploy then waits to go live. Polls a minute apart, on a faked clock.
  it.each([
    ['5 minutes preparing, then 12 processing: goes live', 5, 'ready'],
    ['10 minutes preparing, then 12 processing: the wait runs out', 10, 'Deploy [0-9a-f]{24} has every file, but was still "processing" when the wait ran out: see it in the Netlify UI, where it may yet go live\\.'],
  ])('counts the time a deploy was preparing against its wait: %s', async (_name, preparingPolls, outcome) => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], preparingPolls, processingPolls: 11})
    cleanup.push(() => api.close())
    const siteDir = await site(manyFiles(101))
    vi.useFakeTimers({toFake: ['Date']})
    try {
      const sleep = async (ms: number) => void vi.setSystemTime(Date.now() + ms)
      const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
      const result = await deploySite({client, siteId: SITE_ID, siteDir, pollIntervalMs: 60_000, sleep}).then(
        (done) => done.state,
        (error: unknown) => (error as Error).message,
      )
      expect(result).toMatch(new RegExp(`^${outcome}$`))
    } finally {
      vi.useRealTimers()
    }
  })

  // Netlify's rate limit answers 429: the pause it asks for is waited (a minute at most at a time),
  // on the deploy's clock, which tests fake; before, @netlify/api waited 5 s of its own per 429
  // whatever Retry-After said, X-RateLimit-Reset however far off, and no deploy wait counted it.
  const NOW = Date.UTC(2026, 10, 24, 12, 0, 0)
  /** Runs `test` on a faked clock that each sleep moves on, recording every pause. */
  const onFakeClock = async (test: (sleep: (ms: number) => Promise<void>, pauses: number[]) => Promise<void>): Promise<void> => {
    vi.useFakeTimers({toFake: ['Date'], now: NOW})
    const pauses: number[] = []
    try {
      await test(async (ms) => {
        pauses.push(ms)
        vi.setSystemTime(Date.now() + ms)
      }, pauses)
    } finally {
      vi.useRealTimers()
    }
  }
  it.each<[string, Partial<Record<'POST' | 'PUT' | 'GET', number>>, (nowMs: number) => Record<string, string>, number[]]>([
    ['creating the deploy, Retry-After in seconds', {POST: 2}, () => ({'retry-after': '7'}), [7_000, 7_000]],
    ['uploading a file, Retry-After in seconds', {PUT: 2}, () => ({'retry-after': '7'}), [7_000, 7_000]],
    ['polling the deploy, Retry-After in seconds', {GET: 2}, () => ({'retry-after': '7'}), [7_000, 7_000]],
    ['Retry-After as an HTTP date', {PUT: 1}, (now) => ({'retry-after': new Date(now + 9_000).toUTCString()}), [9_000]],
    ['X-RateLimit-Reset, the Unix time Netlify documents', {PUT: 1}, (now) => ({'x-ratelimit-limit': '500', 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 12)}), [12_000]],
    ['an hour asked: a minute at a time', {PUT: 1}, () => ({'retry-after': '3600'}), [60_000]],
    ['no time named: 5 s', {PUT: 1}, () => ({}), [5_000]],
  ])('waits out a rate limit while %s, then goes live', async (_name, rateLimited, rateLimitHeaders, expectedPauses) =>
    onFakeClock(async (sleep, pauses) => {
      const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], rateLimited, rateLimitHeaders})
      cleanup.push(() => api.close())
      const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
      const result = await deploySite({client, siteId: SITE_ID, siteDir: await site(FILES), pollIntervalMs: 1, uploadConcurrency: 1, sleep})
      expect(result.state).toBe('ready')
      // The status polls sleep 1 ms each.
      expect(pauses.filter((ms) => ms > 1)).toEqual(expectedPauses)
      expect(api.rateLimitedRequests.length).toBe(expectedPauses.length)
      expect(api.uploads.map((upload) => upload.path).toSorted()).toEqual(Object.keys(FILES).map((path) => `/${path}`).toSorted())
    }),
  )

  it('gives up when the pauses a rate limit asks for would outlast the deploy\'s wait, and never polls', () =>
    onFakeClock(async (sleep, pauses) => {
      const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], rateLimited: {PUT: Infinity}, rateLimitHeaders: () => ({'retry-after': '4'})})
      cleanup.push(() => api.close())
      const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
      await expect(deploySite({client, siteId: SITE_ID, siteDir: await site({'index.html': '<p>نور</p>'}), pollIntervalMs: 1, timeoutMs: 10_000, sleep})).rejects.toMatchObject({
        code: 'NETLIFY_DEPLOY_FAILED',
        message: expect.stringMatching(/^Netlify refused uploading \/index\.html to deploy [0-9a-f]{24} \(HTTP 429\): rate limited, and asked to wait 4 s, longer than what is left of the deploy's wait$/),
      })
      expect(pauses).toEqual([4_000, 4_000])
      expect(api.rateLimitedRequests.map(({method}) => method)).toEqual(['PUT', 'PUT', 'PUT'])
      expect(api.requests.filter(({method}) => method === 'GET')).toEqual([])
    }),
  )

  // Real time, 1 s: five uploads refused at once wait one pause, not five of the deploy's wait.
  it('pauses every upload together for a rate limit, spending the pause once from the deploy\'s wait', async () => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], rateLimited: {PUT: 5}, rateLimitHeaders: () => ({'retry-after': '1'}), uploadDelayMs: 20})
    cleanup.push(() => api.close())
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
    const result = await deploySite({client, siteId: SITE_ID, siteDir: await site(FILES), pollIntervalMs: 1, timeoutMs: 2_500})
    // The five uploads in flight (UPLOAD_CONCURRENCY) are all refused; five pauses of a second
    // each, spent one by one, would have outlasted the 2.5 s wait and failed the deploy. Judged by
    // the wait's accounting, not the clock, which a loaded host stretches (the refusals of one
    // wave arrived 1.1 s apart once, with the whole suite running twice on two cores).
    expect(result.state).toBe('ready')
    expect(api.rateLimitedRequests).toHaveLength(5)
    expect(api.requests.filter(({method}) => method === 'PUT')).toHaveLength(5 + 6)
  })

  // Every file is uploaded by then: the deploy goes live whatever one status answer said.
  it('keeps polling a deploy through Netlify answering 5xx, and reports it live', async () => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], failingPolls: 3})
    cleanup.push(() => api.close())
    const result = await deploy(api, await site(FILES))
    expect(result.state).toBe('ready')
    expect(api.requests.filter(({method}) => method === 'GET').length).toBeGreaterThan(3)
  })

  // Someone deleted the deploy in the Netlify UI meanwhile: the site is there, its deploy is not.
  it('says the deploy is gone, not the site, when Netlify no longer knows it mid-upload', async () => {
    const api = await server()
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
    let deleted: Promise<unknown> | undefined
    const onProgress = (message: string) => {
      const id = /^deploy ([0-9a-f]{24}): .* to upload$/.exec(message)?.[1]
      if (id) deleted = client.deleteDeploy({deploy_id: id})
    }
    const sleep = async () => void (await deleted)
    const result = deploySite({client, siteId: SITE_ID, siteDir: await site(FILES), pollIntervalMs: 1, uploadConcurrency: 1, onProgress, sleep})
    await expect(result).rejects.toMatchObject({
      code: 'NETLIFY_DEPLOY_FAILED',
      message: expect.stringMatching(new RegExp(`^Netlify no longer knows deploy [0-9a-f]{24} of site ${SITE_ID} \\(HTTP 404\\) while (uploading /\\S+ to deploy [0-9a-f]{24}|waiting for deploy [0-9a-f]{24} to go live): it was cancelled or deleted meanwhile, and will not go live\\. Run \`sanad deploy\` again\\.$`)),
    })
  })

  // The Studio takes a domain with its scheme, in capitals or in Arabic letters (clinicDomain.ts);
  // Netlify lists the same host bare, in lower case, an Arabic label in punycode.
  it.each([
    ['with its scheme and a slash', 'https://nour-cairo.example/', 'nour-cairo.example'],
    ['in capitals, with a space', ' Nour-Cairo.example ', 'nour-cairo.example'],
    ['in Arabic letters', 'نور-القاهرة.example', new URL('https://نور-القاهرة.example').hostname],
    ['in punycode, Netlify listing it in Arabic letters', new URL('https://نور-القاهرة.example').hostname, 'نور-القاهرة.example'],
  ])('deploys to the site serving the clinic\'s domain typed %s', async (_name, expectedDomain, customDomain) => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], customDomains: {[SITE_ID]: customDomain}})
    cleanup.push(() => api.close())
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
    const result = await deploySite({client, siteId: SITE_ID, siteDir: await site(FILES), pollIntervalMs: 1, expectedDomain})
    expect(result.state).toBe('ready')
  })

  it('deploys nothing to a site serving another domain, whatever the domain\'s spelling', async () => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], customDomains: {[SITE_ID]: 'lulu-dubai.example'}})
    cleanup.push(() => api.close())
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
    await expect(deploySite({client, siteId: SITE_ID, siteDir: await site(FILES), pollIntervalMs: 1, expectedDomain: 'https://Nour-Cairo.example/'})).rejects.toMatchObject({
      code: 'NETLIFY_CONFIG_INVALID',
      message: `Netlify site ${SITE_ID} serves lulu-dubai.example, not https://Nour-Cairo.example/, the clinic's domain: nothing was deployed. Check the clinic's netlifySiteId and domain in the Studio, or pass --site to deploy to that site anyway.`,
    })
    expect(api.requests.map(({method}) => method)).toEqual(['GET'])
  })

  // A clinic of thousands of articles can stay "processing" for minutes after its last upload.
  it('waits as long as Netlify\'s CLI does for a deploy Netlify is still processing', async () => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], processingPolls: 11})
    cleanup.push(() => api.close())
    vi.useFakeTimers({toFake: ['Date']})
    try {
      const sleep = async (ms: number) => void vi.setSystemTime(Date.now() + ms)
      const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
      // Twelve polls a minute apart: twelve minutes.
      const result = await deploySite({client, siteId: SITE_ID, siteDir: await site(FILES), pollIntervalMs: 60_000, sleep})
      expect(result.state).toBe('ready')
    } finally {
      vi.useRealTimers()
    }
  })

  it.each([
    ['Netlify answering 5xx to every poll', {failingPolls: Infinity}, "Netlify's last answer about its state, when the wait ran out, was HTTP 502"],
    ['the deploy still processing', {processingPolls: Infinity}, 'was still "processing" when the wait ran out'],
    ['Netlify rate-limiting every poll for longer than the wait', {rateLimited: {GET: Infinity}, rateLimitHeaders: () => ({'retry-after': '60'})}, "Netlify's last answer about its state, when the wait ran out, was HTTP 429"],
  ])('gives up when the wait runs out with %s, saying the deploy has every file and may yet go live', async (_name, answers, what) => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], ...answers})
    cleanup.push(() => api.close())
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
    await expect(deploySite({client, siteId: SITE_ID, siteDir: await site(FILES), pollIntervalMs: 1, timeoutMs: 50})).rejects.toMatchObject({
      code: 'NETLIFY_DEPLOY_FAILED',
      message: expect.stringMatching(new RegExp(`^Deploy [0-9a-f]{24} has every file, but ${what}: see it in the Netlify UI, where it may yet go live\\.$`)),
      // Not the catalog's «the previous deploy stays live»: this one may still replace it.
      hint: expect.stringMatching(/^Watch the deploy in the Netlify UI: it has every file and may still go live\./),
    })
  })

  // One failure dooms the deploy: another upload retrying a 503 stops, and the command can exit.
  it('stops retrying the other uploads once one has failed the deploy', async () => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], failingUploads: {'/b.html': Infinity}})
    cleanup.push(() => api.close())
    const siteDir = await site({'a.html': '<p>أ</p>', 'b.html': '<p>ب</p>'})
    const onProgress = (message: string) => {
      if (message.endsWith('to upload')) writeFileSync(join(siteDir, '..', '.releases', 'nour-cairo', 'r1', 'a.html'), '<p>تغيّر</p>')
    }
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
    // Retry pauses of 20 ms: time enough for the four retries of /b.html, had they gone on.
    const sleep = (_ms: number, signal?: AbortSignal) => pause(20, undefined, {signal}).catch(() => {})
    await expect(deploySite({client, siteId: SITE_ID, siteDir, pollIntervalMs: 1, onProgress, sleep})).rejects.toMatchObject({code: 'SITE_CHANGED_DURING_DEPLOY'})
    await pause(300)
    expect(api.refusedUploads).toEqual(['/b.html'])
  })

  // Netlify would wait for a file nobody sends: fail at once, not at the end of the two-minute wait.
  it('fails at once when Netlify asks for a file the deploy did not list', async () => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], alsoRequired: ['f'.repeat(40)]})
    cleanup.push(() => api.close())
    const siteDir = await site(FILES)
    await expect(deploy(api, siteDir)).rejects.toMatchObject({code: 'NETLIFY_DEPLOY_FAILED', message: expect.stringContaining(`asks for 1 file(s) this deploy did not list (SHA-1 ${'f'.repeat(40)}); it would never go live`)})
    // Nothing uploaded, and the deploy never polled.
    expect(api.uploads).toEqual([])
    expect(api.requests.map(({method}) => method)).toEqual(['POST'])
  })

  // Netlify publishes a deploy's functions with its files, atomically: the webhook receiver goes with
  // every deploy, known by its archive's SHA256, and is uploaded only when Netlify lacks that archive.
  const webhookFunction = (code: string): SiteFunction => {
    const bytes = new TextEncoder().encode(code)
    return {
      name: 'sanity-webhook',
      bytes,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      runtime: 'nodejs24.x',
      invocationMode: 'stream',
      config: {routes: [{pattern: '/hooks/sanity', literal: '/hooks/sanity', methods: []}], build_data: {runtimeAPIVersion: 2}},
    }
  }
  it.each([
    ['synchronously', FILES, false],
    ['asynchronously (more than 100 files)', manyFiles(101), true],
  ])("deploys the site's functions with its files, %s, and uploads an unchanged one only once", async (_name, files, expectAsync) => {
    const api = await server()
    const siteDir = await site(files)
    const first = webhookFunction('zip of the webhook receiver')
    const messages: string[] = []
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
    const run = (fn: SiteFunction) => deploySite({client, siteId: SITE_ID, siteDir, pollIntervalMs: 1, bundleFunctions: async () => [fn], onProgress: (message) => messages.push(message)})
    const result = await run(first)
    expect([result.state, result.functions, result.uploadedFunctions]).toEqual(['ready', ['sanity-webhook'], ['sanity-webhook']])
    const [created] = api.deploys()
    expect([created!.async, created!.functions, created!.functionsConfig]).toEqual([expectAsync, {'sanity-webhook': first.sha256}, {'sanity-webhook': first.config}])
    expect(api.functionUploads.map(({name, sha256, runtime, invocationMode, size}) => ({name, sha256, runtime, invocationMode, size}))).toEqual([
      {name: 'sanity-webhook', sha256: first.sha256, runtime: 'nodejs24.x', invocationMode: 'stream', size: String(first.bytes.length)},
    ])
    expect(messages[0]).toMatch(new RegExp(`^deploy [0-9a-f]{24}: ${Object.keys(files).length} of ${Object.keys(files).length} files and 1 of 1 function to upload$`))
    // Unchanged: listed again (or the next deploy would drop it), not uploaded again.
    const again = await run(first)
    expect([again.functions, again.uploadedFunctions, api.deploys()[1]!.functions]).toEqual([['sanity-webhook'], [], {'sanity-webhook': first.sha256}])
    // Changed: only the function goes up.
    const changed = webhookFunction('zip of the webhook receiver, changed')
    const third = await run(changed)
    expect([third.uploaded, third.uploadedFunctions, api.functionUploads.map((upload) => upload.sha256)]).toEqual([[], ['sanity-webhook'], [first.sha256, changed.sha256]])
  })

  it('bundles the functions only once the site is found, and says how many in a dry run', async () => {
    let bundled = 0
    const bundleFunctions = async () => (bundled++, [webhookFunction('zip')])
    await expect(deploySite({siteId: SITE_ID, siteDir: '/nonexistent/sanad-site', dryRun: true, bundleFunctions})).rejects.toMatchObject({code: 'SITE_NOT_BUILT'})
    expect(bundled).toBe(0)
    const messages: string[] = []
    const result = await deploySite({siteId: SITE_ID, siteDir: await site(FILES), dryRun: true, bundleFunctions, onProgress: (message) => messages.push(message)})
    expect([bundled, result.functions, messages]).toEqual([1, ['sanity-webhook'], ['dry run: 6 files digested and 1 function bundled, nothing sent to Netlify']])
  })

  // Netlify's API takes the header on a function's upload alone, "so that it can adjust its behaviour" (netlify/open-api#385).
  it("tries a function's upload Netlify answers 503 again, saying which retry it is (X-Nf-Retry-Count), as Netlify's CLI does", async () => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], failingFunctionUploads: {'sanity-webhook': 2}})
    cleanup.push(() => api.close())
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
    const result = await deploySite({client, siteId: SITE_ID, siteDir: await site(FILES), pollIntervalMs: 1, sleep: async () => {}, bundleFunctions: async () => [webhookFunction('zip')]})
    expect([result.state, result.uploadedFunctions]).toEqual(['ready', ['sanity-webhook']])
    expect([...api.refusedFunctionUploads, ...api.functionUploads].map(({retryCount}) => retryCount)).toEqual([null, '1', '2'])
  })

  // Netlify's CLI counts every try again of a function's upload, whatever failed: a rate limit and a
  // dropped connection are sent again inside netlifyRequest, a 5xx by the upload's own loop.
  it("counts a function upload's tries again after a rate limit and a dropped connection too", async () => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], failingFunctionUploads: {'sanity-webhook': [429, 'drop', 503]}})
    cleanup.push(() => api.close())
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
    const result = await deploySite({client, siteId: SITE_ID, siteDir: await site(FILES), pollIntervalMs: 1, sleep: async () => {}, bundleFunctions: async () => [webhookFunction('zip')]})
    expect([result.state, result.uploadedFunctions]).toEqual(['ready', ['sanity-webhook']])
    expect([...api.refusedFunctionUploads.map(({failure, retryCount}) => `${failure} ${retryCount}`), ...api.functionUploads.map(({retryCount}) => `accepted ${retryCount}`)]).toEqual([
      '429 null',
      'drop 1',
      '503 2',
      'accepted 3',
    ])
  })

  // A deploy created, then left without its function, would sit on Netlify never going live.
  it('creates no deploy when the functions do not build: the site is checked, then nothing is sent', async () => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], customDomains: {[SITE_ID]: 'nour-cairo.example'}})
    cleanup.push(() => api.close())
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
    const bundleFunctions = async (): Promise<SiteFunction[]> => {
      throw new SanadError('NETLIFY_FUNCTION_BUILD_FAILED', 'Bundling the functions in netlify/functions failed')
    }
    await expect(deploySite({client, siteId: SITE_ID, siteDir: await site(FILES), pollIntervalMs: 1, expectedDomain: 'nour-cairo.example', bundleFunctions})).rejects.toMatchObject({code: 'NETLIFY_FUNCTION_BUILD_FAILED'})
    expect(api.requests.map(({method, path}) => `${method} ${path}`)).toEqual([`GET /api/v1/sites/${SITE_ID}`])
  })

  it('fails at once when Netlify asks for a function archive the deploy did not list', async () => {
    const api = await startNetlifyApiServer({token: TOKEN, siteIds: [SITE_ID], alsoRequiredFunctions: ['e'.repeat(64)]})
    cleanup.push(() => api.close())
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
    const failure = deploySite({client, siteId: SITE_ID, siteDir: await site(FILES), pollIntervalMs: 1, bundleFunctions: async () => [webhookFunction('zip')]})
    await expect(failure).rejects.toMatchObject({code: 'NETLIFY_DEPLOY_FAILED', message: expect.stringContaining(`asks for 1 function archive(s) this deploy did not list (SHA-256 ${'e'.repeat(64)}); it would never go live`)})
    expect(api.requests.map(({method}) => method)).toEqual(['POST'])
  })

  // A build meanwhile may take the release being deployed as the standby it patches: files are
  // replaced (write-then-rename) or the folder moved. Neither is Netlify's doing, nor the network's.
  it.each([
    {what: 'a file replaced', change: (release: string) => {
      writeFileSync(join(release, 'api/v1/index.json.tmp'), '{"apiVersion":"v1","articles":[]}')
      renameSync(join(release, 'api/v1/index.json.tmp'), join(release, 'api/v1/index.json'))
    }, problem: 'has changed'},
    {what: 'the release moved away', change: (release: string) => renameSync(release, `${release}-standby`), problem: 'could not be read (ENOENT)'},
  ])('stops, saying the site changed, when a build replaces what is being deployed: $what', async ({change, problem}) => {
    const api = await server()
    const siteDir = await site({'api/v1/index.json': '{"apiVersion":"v1"}'})
    const release = join(siteDir, '..', '.releases', 'nour-cairo', 'r1')
    const onProgress = (message: string) => {
      if (message.endsWith('to upload')) change(release)
    }
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url})
    const failure = deploySite({client, siteId: SITE_ID, siteDir, pollIntervalMs: 1, onProgress})
    await expect(failure).rejects.toMatchObject({
      code: 'SITE_CHANGED_DURING_DEPLOY',
      message: expect.stringMatching(new RegExp(`^/api/v1/index\\.json ${problem.replace(/[()]/g, '\\$&')} since deploy [0-9a-f]{24} listed it \\(.*/\\.releases/nour-cairo/r1/api/v1/index\\.json\\); it was not uploaded, and the deploy will not go live\\.$`)),
    })
    expect(api.uploads).toEqual([])
    expect(api.requests.map(({method}) => method)).toEqual(['POST'])
  })

  it('contacts nobody on a dry run', async () => {
    const api = await server()
    const result = await deploy(api, await site(FILES), {dryRun: true})
    expect(result).toEqual({deployId: undefined, files: 6, uploaded: [], functions: [], uploadedFunctions: [], url: undefined, state: 'dry-run'})
    expect(api.requests).toEqual([])
  })

  // A rejected token or an unknown site is configuration to fix, not a refusal whose reason is in Netlify's deploy log.
  it.each([
    [
      'a wrong token',
      {NETLIFY_AUTH_TOKEN: 'wrong'},
      SITE_ID,
      'NETLIFY_CONFIG_INVALID',
      `Netlify did not accept NETLIFY_AUTH_TOKEN (HTTP 401) while creating a deploy of site ${SITE_ID}: set it to a personal access token of an account that can deploy site ${SITE_ID}.`,
    ],
    [
      'an unknown site',
      {},
      'no-such-site',
      'NETLIFY_CONFIG_INVALID',
      "Netlify knows no site no-such-site that this token can reach (HTTP 404) while creating a deploy of site no-such-site: check the clinic's netlifySiteId in the Studio, or --site.",
    ],
  ])('fails clearly with %s', async (_name, env, siteId, code, message) => {
    const api = await server()
    const siteDir = await site(FILES)
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: api.url, ...env})
    await expect(deploySite({client, siteId, siteDir, pollIntervalMs: 1})).rejects.toMatchObject({code, message})
  })

  it('says Netlify could not be reached when nothing answers', async () => {
    const port = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const {port: free} = probe.address() as AddressInfo
        probe.close(() => resolve(free))
      })
    })
    const client = createNetlifyClient({NETLIFY_AUTH_TOKEN: TOKEN, NETLIFY_API_URL: `http://127.0.0.1:${port}/api/v1`})
    await expect(deploySite({client, siteId: SITE_ID, siteDir: await site(FILES), pollIntervalMs: 1})).rejects.toMatchObject({
      code: 'NETLIFY_UNREACHABLE',
      message: expect.stringMatching(new RegExp(`^Netlify could not be reached while creating a deploy of site ${SITE_ID}: request to http://127\\.0\\.0\\.1:${port}/api/v1/sites/${SITE_ID}/deploys failed, reason: connect ECONNREFUSED`)),
    })
  })

  // `sanad build` leaves such a folder alone (OUTPUT_OCCUPIED); deploying it would publish what no gate saw.
  it.each([
    {what: 'a folder someone put there', make: async (path: string) => {
      await mkdir(path)
      await writeFile(join(path, 'index.html'), '<p>نتائج مضمونة 100%</p>')
    }, found: 'a folder'},
    {what: 'a link to some other folder', make: async (path: string) => {
      await mkdir(`${path}-elsewhere`)
      await writeFile(join(`${path}-elsewhere`, 'index.html'), '<p>نتائج مضمونة 100%</p>')
      await symlink(`nour-cairo-elsewhere`, path)
    }, found: 'a link to nour-cairo-elsewhere'},
  ])('sends nothing from $what at <out>/<clinic>, dry run or not: SITE_NOT_BUILT', async ({make, found}) => {
    const outDir = await tempDir('sanad-deploy-foreign-')
    cleanup.push(() => rm(outDir, {recursive: true, force: true}))
    const siteDir = join(outDir, 'nour-cairo')
    await make(siteDir)
    const api = await server()
    for (const dryRun of [true, false]) {
      await expect(deploy(api, siteDir, {dryRun})).rejects.toMatchObject({
        code: 'SITE_NOT_BUILT',
        message: `No built site at ${siteDir}: it is ${found}, not the link into .releases/ that \`sanad build\` writes, so nothing there passed the publish gate, and none of it was sent. No clinic site is built in ${outDir} yet.`,
      })
    }
    expect(api.requests).toEqual([])
  })

  it('refuses to run without a token or without a built site', async () => {
    expect(() => createNetlifyClient({})).toThrow(expect.objectContaining({code: 'NETLIFY_CONFIG_INVALID'}))
    const api = await server()
    await expect(deploy(api, '/nonexistent/sanad-site')).rejects.toMatchObject({code: 'SITE_NOT_BUILT'})
  })
})
