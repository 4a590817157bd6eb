// The test stand-in for the Content Lake: its mutate endpoint, driven by the real @sanity/client, so
// features that write (import) can rely on it; perspectives and errors of its query endpoint.
import {createClient, type SanityClient} from '@sanity/client'
import {afterEach, beforeEach, describe, expect, it} from 'vitest'
import {startSanityApiServer, type SanityApiServer} from '../support/sanityApiServer.ts'

const TOKEN = 'skWriteToken'

let server: SanityApiServer
let client: SanityClient

beforeEach(async () => {
  server = await startSanityApiServer({
    documents: [
      {_id: 'risk.bruising', _type: 'risk', name: 'كدمات'},
      {_id: 'drafts.risk.bruising', _type: 'risk', name: 'كدمات (مسودة)'},
    ],
    token: TOKEN,
  })
  client = createClient({
    projectId: 'sanad42',
    dataset: 'production',
    apiVersion: '2025-02-19',
    apiHost: server.url,
    useProjectHostname: false,
    useCdn: false,
    token: TOKEN,
    maxRetries: 0,
  })
})

afterEach(async () => {
  await server.close()
})

const stored = () => Object.fromEntries(server.documents().map(({_id, name}) => [_id, name]))

describe('mutate', () => {
  it('applies a transaction of createOrReplace, createIfNotExists, patch and delete', async () => {
    const result = await client
      .transaction()
      .createOrReplace({_id: 'risk.bruising', _type: 'risk', name: 'كدمات مكان الحقن'})
      .createIfNotExists({_id: 'risk.swelling', _type: 'risk', name: 'تورّم خفيف'})
      .createIfNotExists({_id: 'risk.bruising', _type: 'risk', name: 'لن يُكتب'})
      .patch('risk.swelling', (patch) => patch.set({explanation: 'يزول خلال يومين.'}))
      .delete('drafts.risk.bruising')
      .commit({visibility: 'sync'})

    expect(result.results).toEqual([
      {id: 'risk.bruising', operation: 'update'},
      {id: 'risk.swelling', operation: 'create'},
      {id: 'risk.bruising', operation: 'none'},
      {id: 'risk.swelling', operation: 'update'},
      {id: 'drafts.risk.bruising', operation: 'delete'},
    ])
    expect(typeof result.transactionId).toBe('string')
    expect(stored()).toEqual({'risk.bruising': 'كدمات مكان الحقن', 'risk.swelling': 'تورّم خفيف'})
    expect(server.documents().find(({_id}) => _id === 'risk.swelling')).toMatchObject({
      explanation: 'يزول خلال يومين.',
      _updatedAt: '2026-11-21T12:00:00.000Z',
    })
  })

  it('returns the created document to client.create and makes it queryable', async () => {
    const created = await client.create({_id: 'risk.redness', _type: 'risk', name: 'احمرار'})
    expect(created).toMatchObject({_id: 'risk.redness', _type: 'risk', name: 'احمرار'})
    expect(await client.fetch(`*[_type == "risk"] | order(_id asc)._id`)).toEqual(['risk.bruising', 'risk.redness'])
  })

  it('rejects create of an existing id with 409 and applies none of the transaction', async () => {
    const error = await client
      .transaction()
      .create({_id: 'risk.new', _type: 'risk', name: 'جديد'})
      .create({_id: 'risk.bruising', _type: 'risk', name: 'مكرر'})
      .commit()
      .then(
        () => undefined,
        (caught: unknown) => caught as {statusCode: number; message: string},
      )
    expect(error?.statusCode).toBe(409)
    expect(error?.message).toContain('risk.bruising')
    expect(Object.keys(stored()).sort()).toEqual(['drafts.risk.bruising', 'risk.bruising'])
  })

  it('requires the token', async () => {
    const anonymous = client.withConfig({token: undefined})
    const error = await anonymous.create({_id: 'risk.x', _type: 'risk', name: 'س'}).catch((caught: {statusCode: number}) => caught)
    expect((error as {statusCode: number}).statusCode).toBe(401)
  })
})

describe('query perspectives', () => {
  it.each([
    ['published', ['risk.bruising']],
    ['raw', ['drafts.risk.bruising', 'risk.bruising']],
  ] as const)('%s', async (perspective, ids) => {
    expect(await client.fetch(`*[_type == "risk"] | order(_id asc)._id`, {}, {perspective})).toEqual(ids)
  })

  it('published by default from API version 2025-02-19, raw before it', async () => {
    const response = async (version: string) =>
      (await fetch(`${server.url}/v${version}/data/query/production?query=${encodeURIComponent('count(*)')}`, {
        headers: {authorization: `Bearer ${TOKEN}`},
      }).then((answer) => answer.json())) as {result: number}
    expect((await response('2025-02-19')).result).toBe(1)
    expect((await response('2024-01-01')).result).toBe(2)
  })

  it('answers a POST body {query, params} with {ms, query, result}', async () => {
    const answer = await fetch(`${server.url}/v2025-02-19/data/query/production`, {
      method: 'POST',
      headers: {authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json'},
      body: JSON.stringify({query: '*[_id == $id][0].name', params: {id: 'risk.bruising'}}),
    })
    expect(answer.status).toBe(200)
    expect(await answer.json()).toEqual({ms: expect.any(Number), query: '*[_id == $id][0].name', result: 'كدمات'})
  })
})

describe('who sees what (Sanity: drafts and other ids off the root path only with a token)', () => {
  let open: SanityApiServer
  beforeEach(async () => {
    open = await startSanityApiServer({
      documents: [
        {_id: 'bruising', _type: 'risk', name: 'كدمات'},
        {_id: 'drafts.bruising', _type: 'risk', name: 'كدمات (مسودة)'},
        {_id: 'versions.rSpring.bruising', _type: 'risk', name: 'كدمات (إصدار الربيع)'},
        {_id: 'risk.swelling', _type: 'risk', name: 'تورّم'},
      ],
    })
  })
  afterEach(async () => {
    await open.close()
  })

  const idsSeen = (perspective: 'raw' | 'published', token?: string) =>
    createClient({projectId: 'sanad42', dataset: 'production', apiVersion: '2025-02-19', apiHost: open.url, useProjectHostname: false, useCdn: false, maxRetries: 0, ...(token ? {token} : {})})
      .fetch(`*[_type == "risk"] | order(_id asc)._id`, {}, {perspective})

  it.each([
    ['raw', 'with a token: drafts, release versions and published documents side by side', 'sk', ['bruising', 'drafts.bruising', 'risk.swelling', 'versions.rSpring.bruising']],
    ['published', 'with a token: published documents only', 'sk', ['bruising', 'risk.swelling']],
    ['raw', 'without a token: the root path only, so no draft', undefined, ['bruising']],
    ['published', 'without a token: the root path only', undefined, ['bruising']],
  ] as const)('%s %s', async (perspective, _, token, ids) => {
    expect(await idsSeen(perspective, token)).toEqual(ids)
  })
})

describe('a read-only token', () => {
  it('may query, drafts included, but a write with it is refused with 403', async () => {
    const viewer = await startSanityApiServer({documents: [{_id: 'drafts.risk.bruising', _type: 'risk', name: 'كدمات'}], token: TOKEN, readToken: 'skViewer'})
    try {
      const client = createClient({projectId: 'sanad42', dataset: 'production', apiVersion: '2025-02-19', apiHost: viewer.url, useProjectHostname: false, useCdn: false, token: 'skViewer', maxRetries: 0})
      expect(await client.fetch('*[]._id', {}, {perspective: 'raw'})).toEqual(['drafts.risk.bruising'])
      const error = await client.create({_id: 'risk.x', _type: 'risk', name: 'س'}).catch((caught: {statusCode: number}) => caught)
      expect((error as {statusCode: number}).statusCode).toBe(403)
      expect(viewer.documents().map((document) => document._id)).toEqual(['drafts.risk.bruising'])
    } finally {
      await viewer.close()
    }
  })
})
