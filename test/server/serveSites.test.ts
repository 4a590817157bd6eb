// `sanad serve` end to end over real HTTP on 127.0.0.1: every clinic's pages and API with content
// types and ETag/If-None-Match, the API's JSON 404 beside the site's HTML one, and POST /hooks/sanity refusing unsigned, tampered, stale, replayed
// and oversized deliveries, then rebuilding only the affected clinic.
import {readlink, rm, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {encodeSignatureHeader} from '@sanity/webhook'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {serveSites, type ServedSites} from '../../src/server/serveSites.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {copyBundledDataset, NOW, readBundledDocuments, tempDir} from '../support/bundledDataset.ts'

const SECRET = 'serve-test-secret'
let dataset: string
let outDir: string
let served: ServedSites
let clock = NOW

beforeAll(async () => {
  dataset = await copyBundledDataset()
  outDir = await tempDir('sanad-serve-')
  served = await serveSites({outDir, openSource: () => openLocalSource(dataset), port: 0, webhookSecret: SECRET, now: () => clock})
})
afterAll(async () => {
  await served.close()
  await rm(dataset, {recursive: true, force: true})
  await rm(outDir, {recursive: true, force: true})
})

const get = (clinic: string, path: string, headers: Record<string, string> = {}) => fetch(new URL(path, served.clinicUrls[clinic]), {headers})
const signedPost = async (body: string, options: {at?: Date; secret?: string; header?: string | null} = {}) => {
  const header = options.header === null ? undefined : (options.header ?? (await encodeSignatureHeader(body, (options.at ?? clock).getTime(), options.secret ?? SECRET)))
  return fetch(served.webhookUrl!, {method: 'POST', body, headers: {'content-type': 'application/json', ...(header ? {'sanity-webhook-signature': header} : {})}})
}

describe('serving', () => {
  it.each([
    ['/', 'text/html;charset=utf-8'],
    ['/articles/mesotherapy-hair-skin-realistic-results/', 'text/html;charset=utf-8'],
    ['/api/v1/index.json', 'application/json; charset=utf-8'],
    ['/api/v1/schema/article.json', 'application/json; charset=utf-8'],
    ['/feed.json', 'application/feed+json; charset=utf-8'],
    ['/atom.xml', 'application/atom+xml; charset=utf-8'],
    ['/sitemap.xml', 'application/xml; charset=utf-8'],
    ['/robots.txt', 'text/plain; charset=utf-8'],
    ['/export/mesotherapy-hair-skin-realistic-results.md', 'text/markdown; charset=utf-8'],
    ['/assets/site.css', 'text/css'],
    // A trailing slash names the same file, with the same type.
    ['/feed.json/', 'application/feed+json; charset=utf-8'],
    ['/api/v1/index.json/', 'application/json; charset=utf-8'],
  ])('serves %s as %s with an ETag', async (path, contentType) => {
    const response = await get('lulu-dubai', path)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe(contentType)
    expect(response.headers.get('etag')).toMatch(/^"[0-9a-f]{32}"$/)
    expect(response.headers.get('content-security-policy')).toContain("default-src 'none'")
    await response.arrayBuffer()
  })

  it('answers If-None-Match with 304 and lets the API be fetched cross-origin', async () => {
    const first = await get('nour-cairo', '/api/v1/index.json')
    const etag = first.headers.get('etag')!
    expect(first.headers.get('access-control-allow-origin')).toBe('*')
    expect(first.headers.get('cache-control')).toBe('public, max-age=60, must-revalidate')
    await first.arrayBuffer()
    const again = await get('nour-cairo', '/api/v1/index.json', {'if-none-match': `W/"other", ${etag}`})
    expect(again.status).toBe(304)
    expect(again.headers.get('etag')).toBe(etag)
    const changed = await get('nour-cairo', '/api/v1/index.json', {'if-none-match': '"0000"'})
    expect(changed.status).toBe(200)
    await changed.arrayBuffer()
  })

  // A clinic site's code on another origin fetches the API: a missing document must be a 404 it can
  // read (CORS) and parse (JSON); a page stays the site's HTML 404, and what exists is served as before.
  it('answers a missing API path with the JSON 404, a missing export with the Markdown one, and every other path as before', async () => {
    const answer = async (path: string) => {
      const response = await get('nour-cairo', path, {origin: 'https://clinic-site.example'})
      const body = await response.text()
      const header = (name: string) => response.headers.get(name)
      return [path, response.status, header('content-type'), header('cache-control'), header('access-control-allow-origin'), header('access-control-expose-headers'), body.startsWith('{') ? 'json' : body.includes('dir="rtl"') ? 'html' : body.startsWith('# لا يوجد هذا التصدير\n') ? 'markdown' : body]
    }
    const paths = [
      '/api/v1/articles/unknown.json',
      '/api/v1/articles/mesotherapy-skin-benefits.json',
      '/api/v1/articles/prp-hair-intro.json',
      '/api/v1/articles/%D9%85%D9%82%D8%A7%D9%84-%D9%85%D8%B3%D8%AD%D9%88%D8%A8.json',
      '/api/v1/procedures/unknown.json?fields=all',
      '/api/v1/articles/',
      '/api/v2/index.json',
      '/api/v1/articles/mesotherapy-hair-skin-realistic-results.json',
      '/articles/mesotherapy-skin-benefits/',
      '/export/mesotherapy-skin-benefits.md',
      '/apis/',
    ]
    const json404 = ['application/json; charset=utf-8', 'no-store', '*', 'ETag', 'json'] as const
    const html404 = ['text/html; charset=utf-8', 'no-store', null, null, 'html'] as const
    const markdown404 = ['text/markdown; charset=utf-8', 'no-store', '*', 'ETag', 'markdown'] as const
    expect(await Promise.all(paths.map(answer))).toEqual([
      ['/api/v1/articles/unknown.json', 404, ...json404],
      ['/api/v1/articles/mesotherapy-skin-benefits.json', 404, ...json404],
      ['/api/v1/articles/prp-hair-intro.json', 404, ...json404],
      ['/api/v1/articles/%D9%85%D9%82%D8%A7%D9%84-%D9%85%D8%B3%D8%AD%D9%88%D8%A8.json', 404, ...json404],
      ['/api/v1/procedures/unknown.json?fields=all', 404, ...json404],
      ['/api/v1/articles/', 404, ...json404],
      ['/api/v2/index.json', 404, ...json404],
      ['/api/v1/articles/mesotherapy-hair-skin-realistic-results.json', 200, 'application/json; charset=utf-8', 'public, max-age=60, must-revalidate', '*', 'ETag', 'json'],
      ['/articles/mesotherapy-skin-benefits/', 404, ...html404],
      ['/export/mesotherapy-skin-benefits.md', 404, ...markdown404],
      ['/apis/', 404, ...html404],
    ])
  })

  // Unknown, blocked on this clinic, and published for another clinic only: the same document.
  it.each([
    ['nour-cairo', '/api/v1/articles/unknown.json'],
    ['nour-cairo', '/api/v1/articles/mesotherapy-skin-benefits.json'],
    ['lulu-dubai', '/api/v1/articles/prp-hair-intro.json'],
  ])('%s answers %s with the not-found document, in English and Arabic', async (clinic, path) => {
    const response = await get(clinic, path)
    expect(response.status).toBe(404)
    expect(await response.json()).toEqual({
      $schema: `https://${clinic}.example/api/v1/schema/error.json`,
      apiVersion: 'v1',
      error: {
        status: 404,
        code: 'not-found',
        message:
          "No such document in this clinic's content API. The index lists every published article and every procedure the clinic offers; an article missing from it was never published for this clinic or has been withdrawn.",
        messageAr: 'لا يوجد هذا المستند في واجهة المحتوى لهذه العيادة. يسرد الفهرس كل مقال منشور وكل إجراء تقدّمه العيادة؛ والمقال الغائب عنه لم يُنشر لهذه العيادة قط أو سُحب منها.',
        index: `https://${clinic}.example/api/v1/index.json`,
      },
    })
  })

  it('serves the site 404 page for unknown paths and blocked articles', async () => {
    const response = await get('nour-cairo', '/articles/mesotherapy-skin-benefits/')
    expect(response.status).toBe(404)
    expect(await response.text()).toContain('dir="rtl"')
  })
})

describe('POST /hooks/sanity', () => {
  const body = JSON.stringify({_id: 'claim.microneedling-hair-count', _type: 'claim'})

  it.each([
    ['no signature header', () => signedPost(body, {header: null}), 401, 'signature-missing'],
    ['a tampered body', async () => fetch(served.webhookUrl!, {method: 'POST', body: body.replace('hair', 'skin'), headers: {'sanity-webhook-signature': await encodeSignatureHeader(body, clock.getTime(), SECRET)}}), 401, 'signature-invalid'],
    ['a wrong secret', () => signedPost(body, {secret: 'nope'}), 401, 'signature-invalid'],
    ['an old timestamp', () => signedPost(body, {at: new Date(clock.getTime() - 10 * 60_000)}), 401, 'timestamp-outside-tolerance'],
    ['an oversized body', () => signedPost(JSON.stringify({_id: 'x', _type: 'claim', padding: 'ا'.repeat(300_000)})), 413, 'payload-too-large'],
  ])('refuses %s', async (_name, send, status, error) => {
    const response = await send()
    expect(response.status).toBe(status)
    expect(await response.json()).toEqual({error})
  })

  it('rebuilds the affected clinics, keeps unchanged ETags, and refuses a replay', async () => {
    const documents = await readBundledDocuments()
    const edited = documents.map((document) =>
      document._id === 'article.meso-realistic' ? {...document, title: 'الميزوثيرابي: عنوان حُدّث عبر الويب هوك'} : document,
    )
    const cairoIndexBefore = (await get('nour-cairo', '/api/v1/index.json')).headers.get('etag')
    const dubaiCssBefore = (await get('lulu-dubai', '/assets/site.css')).headers.get('etag')
    await writeFile(join(dataset, 'data.ndjson'), `${edited.map((document) => JSON.stringify(document)).join('\n')}\n`)

    clock = new Date(NOW.getTime() + 60_000)
    const payload = JSON.stringify({_id: 'article.meso-realistic', _type: 'article', targetClinics: ['clinic.lulu-dubai']})
    const header = await encodeSignatureHeader(payload, clock.getTime(), SECRET)
    const accepted = await fetch(served.webhookUrl!, {method: 'POST', body: payload, headers: {'sanity-webhook-signature': header}})
    expect(accepted.status).toBe(202)
    expect(await accepted.json()).toEqual({accepted: true, documentId: 'article.meso-realistic'})
    await served.rebuilder.idle()

    // The article targets all three clinics, so all three are rebuilt; each page shows the new title.
    for (const clinic of ['nour-cairo', 'rawda-riyadh', 'lulu-dubai']) {
      expect(await (await get(clinic, '/articles/mesotherapy-hair-skin-realistic-results/')).text()).toContain('عنوان حُدّث عبر الويب هوك')
    }
    const api = await (await get('lulu-dubai', '/api/v1/articles/mesotherapy-hair-skin-realistic-results.json')).json()
    expect(api.article.title).toBe('الميزوثيرابي: عنوان حُدّث عبر الويب هوك')
    expect((await get('nour-cairo', '/api/v1/index.json')).headers.get('etag')).not.toBe(cairoIndexBefore)
    expect((await get('lulu-dubai', '/assets/site.css')).headers.get('etag')).toBe(dubaiCssBefore)

    const replay = await fetch(served.webhookUrl!, {method: 'POST', body: payload, headers: {'sanity-webhook-signature': header}})
    expect(replay.status).toBe(401)
    expect(await replay.json()).toEqual({error: 'replayed'})
  })

  it('rebuilds only the clinic a changed claim affects', async () => {
    const releases = async () => Object.fromEntries(await Promise.all(['nour-cairo', 'rawda-riyadh', 'lulu-dubai'].map(async (clinic) => [clinic, await readlink(join(outDir, clinic))])))
    const before = await releases()
    clock = new Date(clock.getTime() + 60_000)
    const payload = JSON.stringify({_id: 'claim.microneedling-hair-count', _type: 'claim'})
    const response = await fetch(served.webhookUrl!, {method: 'POST', body: payload, headers: {'sanity-webhook-signature': await encodeSignatureHeader(payload, clock.getTime(), SECRET)}})
    expect(response.status).toBe(202)
    await served.rebuilder.idle()
    const after = await releases()
    expect(after['nour-cairo']).toBe(before['nour-cairo'])
    expect(after['rawda-riyadh']).toBe(before['rawda-riyadh'])
    expect(after['lulu-dubai']).not.toBe(before['lulu-dubai'])
  })

  it('rebuilds nothing for a document no site shows', async () => {
    const result = await served.rebuilder.submit({documentId: 'claim.meso-collagen-boost', documentType: 'claim'})
    expect(result).toMatchObject({clinics: [], report: undefined})
  })
})
