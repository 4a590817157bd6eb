// The Blobs-backed replay guard, with the real @netlify/blobs client over HTTP to Netlify's own local
// Blobs server on 127.0.0.1, configured as Netlify configures a function (NETLIFY_BLOBS_CONTEXT): one
// acceptance per signature across guard instances (function instances), concurrent ones included, for
// the lifetime of the entry; a store that cannot be read, or not configured, refuses rather than lets
// a delivery through.
import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest'
import {isSanadError} from '../../src/errors/catalog.ts'
import {createBlobsReplayGuard} from '../../src/webhook/blobsReplayGuard.ts'
import {openNetlifyDeliveryStore} from '../../src/webhook/netlifyDeliveryStore.ts'
import {startLocalBlobs, type LocalBlobs} from '../support/blobsServer.ts'

const NOW = new Date('2026-11-21T12:00:00Z')
const LIFETIME_MS = 60_000
const later = (ms: number) => new Date(NOW.getTime() + ms)
let blobs: LocalBlobs
let signatures = 0
// A header of its own per test: they share one store.
const freshSignature = () => `t=${NOW.getTime()},v1=signature-${(signatures += 1)}`

const newInstance = (timeoutMs?: number) =>
  createBlobsReplayGuard({openStore: openNetlifyDeliveryStore, lifetimeMs: LIFETIME_MS, ...(timeoutMs === undefined ? {} : {timeoutMs})})

const refusal = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  if (!isSanadError(error)) throw new Error(`expected a SanadError, got ${String(error)}`)
  return {code: error.code, message: error.message}
}

beforeAll(async () => {
  blobs = await startLocalBlobs()
})
afterAll(async () => {
  delete process.env.NETLIFY_BLOBS_CONTEXT
  await blobs.close()
})
beforeEach(() => {
  process.env.NETLIFY_BLOBS_CONTEXT = blobs.context()
})

describe('createBlobsReplayGuard', () => {
  it('accepts a signature once; another instance refuses it too', async () => {
    const header = freshSignature()
    expect(await newInstance().firstSeen(header, NOW)).toBe(true)
    expect(await newInstance().firstSeen(header, later(1_000))).toBe(false)
    expect(await newInstance().firstSeen(freshSignature(), later(1_000))).toBe(true)
  })

  it('lets exactly one of concurrent instances accept the same signature', async () => {
    const header = freshSignature()
    const answers = await Promise.all(Array.from({length: 6}, () => newInstance().firstSeen(header, NOW)))
    expect(answers.filter(Boolean)).toHaveLength(1)
  })

  it('accepts a signature again once its entry has expired, to the millisecond, and then once only', async () => {
    const header = freshSignature()
    expect(await newInstance().firstSeen(header, NOW)).toBe(true)
    expect(await newInstance().firstSeen(header, later(LIFETIME_MS - 1))).toBe(false)
    const answers = await Promise.all(Array.from({length: 4}, () => newInstance().firstSeen(header, later(LIFETIME_MS))))
    expect(answers.filter(Boolean)).toHaveLength(1)
    expect(await newInstance().firstSeen(header, later(2 * LIFETIME_MS - 1))).toBe(false)
    expect(await newInstance().firstSeen(header, later(2 * LIFETIME_MS))).toBe(true)
  })

  it('refuses when the store refuses its token: the client reports that write as made', async () => {
    process.env.NETLIFY_BLOBS_CONTEXT = blobs.context({token: 'revoked-token'})
    expect(await refusal(newInstance().firstSeen(freshSignature(), NOW))).toEqual({
      code: 'REPLAY_STORE_UNAVAILABLE',
      message: expect.stringMatching(/^Netlify Blobs could not tell whether this delivery was accepted before \(the store did not confirm writing [0-9a-f]{64}\/0\), so it was refused\.$/),
    })
  })

  it('refuses when the store cannot be reached', async () => {
    process.env.NETLIFY_BLOBS_CONTEXT = blobs.context({url: 'http://127.0.0.1:1'})
    expect((await refusal(newInstance(2_000).firstSeen(freshSignature(), NOW))).code).toBe('REPLAY_STORE_UNAVAILABLE')
  })

  it('refuses, naming the missing context, when Netlify Blobs is not configured', async () => {
    delete process.env.NETLIFY_BLOBS_CONTEXT
    expect(await refusal(newInstance().firstSeen(freshSignature(), NOW))).toEqual({
      code: 'REPLAY_STORE_NOT_CONFIGURED',
      message: expect.stringContaining('no NETLIFY_BLOBS_CONTEXT in its environment'),
    })
  })
})
