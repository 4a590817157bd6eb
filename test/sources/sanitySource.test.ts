// createSanitySource: the real @sanity/client over real HTTP (test server on 127.0.0.1) returns what the
// local source returns for the same documents, drafts included, sends the token and published
// perspective, and maps a refused token to SANITY_UNAUTHORIZED and other failures to SANITY_UNREACHABLE.
import {existsSync} from 'node:fs'
import {createServer} from 'node:http'
import type {AddressInfo} from 'node:net'
import {mkdtemp, readdir, readFile, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {isSanadError, type SanadError} from '../../src/errors/catalog.ts'
import {loadContent} from '../../src/content/loadContent.ts'
import {clinicDirectoryQuery, contentQuery} from '../../src/queries.ts'
import type {ContentSource} from '../../src/sources/contentSource.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {parseSanityEnv} from '../../src/sources/sanity/sanityEnv.ts'
import {createSanitySource} from '../../src/sources/sanity/sanitySource.ts'
import {startSanityApiServer, type SanityApiServer, type StoredDocument} from '../support/sanityApiServer.ts'
import {HERO_ASSET_REF, HERO_FILE_NAME, LOGO_FILE_NAME, allDocuments} from './fixtures/arabicDocuments.ts'
import {writeExportFolder} from './fixtures/exportFixtures.ts'
import {sourceLabelText} from '../../src/sources/arabicSourceLabel.ts'

const TOKEN = 'skSanadTestToken'
const BUNDLED_DATASET = join(import.meta.dirname, '../../dataset/data.ndjson')

let workDir: string

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'sanad-sanity-source-test-'))
})

afterAll(async () => {
  await rm(workDir, {recursive: true, force: true})
})

const sanitySourceFor = (server: SanityApiServer, env: Record<string, string> = {}): ContentSource =>
  createSanitySource(
    parseSanityEnv({
      SANITY_PROJECT_ID: 'sanad42',
      SANITY_DATASET: server.dataset,
      SANITY_READ_TOKEN: TOKEN,
      SANITY_API_HOST: server.url,
      ...env,
    }),
    {maxRetries: 0},
  )

const byId = (documents: unknown) =>
  [...(documents as {_id: string}[])].sort((a, b) => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0))

const sanadErrorOf = async (promise: Promise<unknown>): Promise<SanadError> => {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  )
  if (!isSanadError(error)) throw new Error(`expected a SanadError, got ${String(error)}`)
  return error
}

/**
 * Runs both sources over the same documents and returns each one's answer to `query`. The export
 * holds every image file its documents name, as a complete export does: an export missing one
 * reports it (image-missing), which the Content Lake, holding every asset, never does.
 */
const contract = (name: string, documents: () => Promise<StoredDocument[]>, imageFiles: () => Promise<string[]>) => {
  describe(`contract: local and Sanity sources agree over ${name}`, () => {
    let server: SanityApiServer
    let local: ContentSource
    let sanity: ContentSource

    beforeAll(async () => {
      const stored = await documents()
      server = await startSanityApiServer({documents: stored, token: TOKEN})
      local = await openLocalSource(await writeExportFolder(join(workDir, name.replaceAll(/\W+/g, '-')), stored, await imageFiles()))
      sanity = sanitySourceFor(server)
    })

    afterAll(async () => {
      await local.close()
      await server.close()
    })

    it('contentQuery', async () => {
      const [fromLocal, fromSanity] = await Promise.all([local.fetch(contentQuery), sanity.fetch(contentQuery)])
      expect((fromSanity as unknown[]).length).toBeGreaterThan(0)
      expect(byId(fromSanity)).toEqual(byId(fromLocal))
    })

    it('clinicDirectoryQuery', async () => {
      const [fromLocal, fromSanity] = await Promise.all([local.fetch(clinicDirectoryQuery), sanity.fetch(clinicDirectoryQuery)])
      expect((fromSanity as unknown[]).length).toBeGreaterThan(0)
      expect(fromSanity).toEqual(fromLocal)
    })

    it('loadContent builds the same graph and findings', async () => {
      const [fromLocal, fromSanity] = await Promise.all([loadContent(local), loadContent(sanity)])
      expect(fromSanity.graph).toEqual(fromLocal.graph)
      expect(fromSanity.findings).toEqual(fromLocal.findings)
      expect(fromSanity.skippedSystem).toBe(fromLocal.skippedSystem)
      expect(fromSanity.skippedUnknown).toEqual(fromLocal.skippedUnknown)
    })

    it('loadContent lists the same drafts and release versions', async () => {
      const [fromLocal, fromSanity] = await Promise.all([loadContent(local), loadContent(sanity)])
      expect(fromLocal.draftsIgnored).toBeGreaterThan(0)
      expect(fromSanity.draftsIgnored).toBe(fromLocal.draftsIgnored)
      expect(fromSanity.drafts).toEqual(fromLocal.drafts)
    })
  })
}

contract('the inline Arabic fixture', async () => allDocuments, async () => [HERO_FILE_NAME, LOGO_FILE_NAME])

if (existsSync(BUNDLED_DATASET)) {
  contract('the bundled dataset/data.ndjson', async () =>
    (await readFile(BUNDLED_DATASET, 'utf8'))
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as StoredDocument),
    () => readdir(join(BUNDLED_DATASET, '../images')),
  )
}

describe('what the client sends', () => {
  let server: SanityApiServer
  let sanity: ContentSource

  beforeAll(async () => {
    server = await startSanityApiServer({documents: allDocuments, token: TOKEN})
    sanity = sanitySourceFor(server, {SANITY_API_VERSION: '2026-01-15'})
  })

  afterAll(async () => {
    await server.close()
  })

  it('a GET query with the token, published perspective, API version and JSON params', async () => {
    server.requests.length = 0
    expect(await sanity.fetch(`*[_id == $id][0].name`, {id: 'clinic.nour-cairo'})).toBe('عيادة نور — القاهرة')
    expect(server.requests).toHaveLength(1)
    const [request] = server.requests
    expect(request).toMatchObject({method: 'GET', endpoint: 'query', dataset: 'production', apiVersion: '2026-01-15'})
    expect(request!.authorization).toBe(`Bearer ${TOKEN}`)
    expect(request!.search.get('perspective')).toBe('published')
    expect(request!.search.get('$id')).toBe('"clinic.nour-cairo"')
  })

  it('a POST for a query over the GET size limit, with the same result', async () => {
    server.requests.length = 0
    const padding = `// ${'ح'.repeat(12_000)}\n`
    const result = await sanity.fetch(`${padding}*[_type == "clinic"] | order(slug.current asc)._id`)
    expect(result).toEqual(['clinic.nour-cairo', 'clinic.rawda-riyadh'])
    expect(server.requests.map(({method, authorization}) => ({method, authorization}))).toEqual([
      {method: 'POST', authorization: `Bearer ${TOKEN}`},
    ])
    expect(server.requests[0]!.search.get('perspective')).toBe('published')
  })

  it('asks for the drafts in the raw perspective, with the token, as {id, type, title}', async () => {
    server.requests.length = 0
    expect(await sanity.listDrafts()).toEqual([
      {id: 'drafts.article.meso-realistic', type: 'article', title: 'مسودة: الميزوثيرابي يشدّ البشرة فورًا!'},
      {id: 'versions.rSpring.clinic.nour-cairo', type: 'clinic', title: 'عيادة نور (إصدار الربيع)'},
      {id: 'drafts.disclaimer.eg-2027', type: 'disclaimer', title: 'مسودة إخلاء المسؤولية ٢٠٢٧'},
    ])
    expect(server.requests.map((request) => [request.search.get('perspective'), request.authorization])).toEqual([['raw', `Bearer ${TOKEN}`]])
  })

  it('describes itself without the token', () => {
    expect(sanity.describe()).toBe(
      'Sanity project sanad42, dataset production (API v2026-01-15, published perspective, with read token)',
    )
    expect(sanity.describe()).not.toContain(TOKEN)
    expect(sourceLabelText(sanity.describeInArabic())).toBe('مشروع Sanity \u200Esanad42، مجموعة البيانات \u200Eproduction (إصدار الواجهة \u200Ev2026-01-15، المحتوى المنشور وحده، برمز قراءة)')
    expect(JSON.stringify(sanity.describeInArabic())).not.toContain(TOKEN)
  })

  it('resolves an asset reference to a CDN URL, and an export-only value to nothing', () => {
    expect(sanity.resolveImage({asset: {_ref: HERO_ASSET_REF}}, {width: 800})).toEqual({
      kind: 'url',
      url: 'https://cdn.sanity.io/images/sanad42/production/a1b2c3d4e5f60718293a4b5c6d7e8f9012345678-1200x630.jpg?w=800&auto=format',
      dimensions: {width: 1200, height: 630},
    })
    expect(sanity.resolveImage({_sanityAsset: 'image@file://./images/x-1x1.png'})).toBeUndefined()
  })

  it('builds an image value\'s URL once per width, for every source of the project (a running server opens one per save)', () => {
    const hero = {asset: {_ref: HERO_ASSET_REF}, hotspot: {x: 0.5, y: 0.3, width: 0.4, height: 0.4}}
    const first = sanity.resolveImage(hero, {width: 1200})
    const again = sanitySourceFor(server).resolveImage(hero, {width: 1200})
    expect(again).toBe(first)
    expect(sanity.resolveImage(hero, {width: 600})).toMatchObject({url: expect.stringContaining('w=600')})
    expect(sanity.resolveImage({...hero}, {width: 1200})).toEqual(first)
    // Another dataset's URL names that dataset.
    const staging = sanitySourceFor(server, {SANITY_DATASET: 'staging'}).resolveImage(hero, {width: 1200})
    expect(staging).toMatchObject({url: expect.stringContaining('/sanad42/staging/')})
  })
})

describe('without a token', () => {
  it('cannot see drafts, so says nothing about them (null) and does not ask', async () => {
    const open = await startSanityApiServer({documents: allDocuments})
    try {
      const anonymous = sanitySourceFor(open, {SANITY_READ_TOKEN: ''})
      expect(await anonymous.listDrafts()).toBeNull()
      expect((await loadContent(anonymous)).draftsIgnored).toBeNull()
      expect(open.requests.filter((request) => request.search.get('perspective') !== 'published')).toEqual([])
    } finally {
      await open.close()
    }
  })
})

describe('failures: a refused token is SANITY_UNAUTHORIZED naming SANITY_READ_TOKEN, others SANITY_UNREACHABLE with the status', () => {
  let server: SanityApiServer

  beforeAll(async () => {
    server = await startSanityApiServer({documents: allDocuments, token: TOKEN})
  })

  afterAll(async () => {
    await server.close()
  })

  it.each([
    ['a wrong token, for content and for drafts', {SANITY_READ_TOKEN: 'skWrong'}, 'the token in SANITY_READ_TOKEN was refused, as unknown to this project, revoked or mistyped'],
    ['no token for a private dataset', {SANITY_READ_TOKEN: ''}, 'SANITY_READ_TOKEN is not set, and this dataset cannot be read without a token'],
  ])('%s', async (_, env, says) => {
    const source = sanitySourceFor(server, env)
    for (const request of [source.fetch(contentQuery), ...(env.SANITY_READ_TOKEN ? [source.listDrafts()] : [])]) {
      const error = await sanadErrorOf(request)
      expect(error.code).toBe('SANITY_UNAUTHORIZED')
      expect(error.message).toBe(`Sanity answered HTTP 401 for project "sanad42", dataset "production" at ${server.url}/v2025-02-19: ${says} (Sanity: Unauthorized - Session not found).`)
      expect(error.hint).toContain('sanity.io/manage → API → Tokens')
    }
  })

  it('an unknown dataset', async () => {
    const error = await sanadErrorOf(sanitySourceFor(server, {SANITY_DATASET: 'staging'}).fetch(contentQuery))
    expect(error.code).toBe('SANITY_UNREACHABLE')
    expect(error.message).toContain('HTTP 404')
    expect(error.message).toContain('project "sanad42"')
  })

  it('a server that is not listening', async () => {
    const stopped = await startSanityApiServer({documents: []})
    await stopped.close()
    const error = await sanadErrorOf(sanitySourceFor(stopped).fetch(contentQuery))
    expect(error.code).toBe('SANITY_UNREACHABLE')
    expect(error.message).toContain(stopped.url)
    expect(error.message).toContain('ECONNREFUSED')
  })

  // SANITY_API_HOST pointing at a web server (or a proxy's login page) answers 200 with HTML: before,
  // «answered the content query with undefined instead of a list of documents».
  it('a web page answered 200 where the Content Lake should be: no query result, and which variable to check', async () => {
    const page = createServer((_request, response) => void response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end('<!doctype html><title>تسجيل الدخول</title>'))
    await new Promise<void>((resolve) => page.listen(0, '127.0.0.1', resolve))
    try {
      const source = sanitySourceFor({...server, url: `http://127.0.0.1:${(page.address() as AddressInfo).port}`})
      for (const [request, name] of [[loadContent(source), 'content'], [source.listDrafts(), 'drafts']] as const) {
        const error = await sanadErrorOf(request)
        expect([error.code, error.message]).toEqual([
          'SANITY_UNREACHABLE',
          `${source.describe()} answered the ${name} query with no query result (the answer was not the Content Lake's JSON; if SANITY_API_HOST is set, check that it is the Sanity API, not a web page).`,
        ])
      }
    } finally {
      page.closeAllConnections()
      await new Promise((resolve) => page.close(resolve))
    }
  })

  /** A stand-in for the API that answers every request with `status`, `contentType` and `body`, at http://user:password@… */
  const answering = async (status: number, contentType: string, body: string, use: (url: string) => Promise<void>) => {
    const stub = createServer((_request, response) => void response.writeHead(status, {'content-type': contentType}).end(body))
    await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve))
    try {
      await use(`http://admin:hunter2@127.0.0.1:${(stub.address() as AddressInfo).port}`)
    } finally {
      stub.closeAllConnections()
      await new Promise((resolve) => stub.close(resolve))
    }
  }

  // A 400 that is no query of Sanad's was «unexpected error, a bug in Sanad» with a stack trace.
  it('an HTTP 400 that is not about the query (an API version Sanity does not take, a proxy) says what to check', async () => {
    await answering(400, 'application/json', JSON.stringify({error: {description: 'Invalid API version: v2099-01-01', type: 'badRequest'}}), async (url) => {
      const error = await sanadErrorOf(loadContent(sanitySourceFor(server, {SANITY_API_HOST: url})))
      expect(error.code).toBe('SANITY_REQUEST_REFUSED')
      expect(error.message).toMatch(/^Sanity refused the request to project "sanad42", dataset "\S+" at http:\/\/127\.0\.0\.1:\d+\/v\S+ as malformed \(HTTP 400\): Invalid API version: v2099-01-01/)
      expect(error.hint).toContain('SANITY_API_VERSION')
    })
  })

  // The client's own message carries the whole request URL, the proxy's user and password in it.
  it.each([
    [502, 'text/html', '<html>Bad Gateway</html>'],
    [400, 'text/html', '<html>Bad Request</html>'],
    [401, 'application/json', JSON.stringify({error: 'Unauthorized', message: 'Session not found'})],
  ])('no message says the user or password of SANITY_API_HOST (HTTP %i)', async (status, contentType, body) => {
    await answering(status, contentType, body, async (url) => {
      const error = await sanadErrorOf(loadContent(sanitySourceFor(server, {SANITY_API_HOST: url})))
      expect(error.message).toContain(`HTTP ${status}`)
      expect(`${error.message} ${error.hint}`).not.toMatch(/admin|hunter2/)
    })
  })

  it('a malformed query is a bug, not an outage: the client error is rethrown as is', async () => {
    const error = await sanitySourceFor(server)
      .fetch('*[_type == ')
      .then(
        () => undefined,
        (caught: unknown) => caught,
      )
    expect(isSanadError(error)).toBe(false)
    expect((error as {statusCode?: number}).statusCode).toBe(400)
  })
})
