// The webhook's signature is compared in constant time: @sanity/webhook's own check compares the
// header with `!==`, which returns at the first differing character, so how long a refusal takes says
// how much of a guessed signature was right. verifyWebhook compares the bytes with timingSafeEqual.
import {encodeSignatureHeader} from '@sanity/webhook'
import {beforeEach, describe, expect, it, vi} from 'vitest'
import {createReplayGuard, SIGNATURE_TOLERANCE_MS, verifyWebhook} from '../../src/webhook/index.ts'

// Every comparison timingSafeEqual makes, as the text of the header it was given.
const compared = vi.hoisted(() => [] as string[])
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>()
  return {
    ...actual,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      compared.push(Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString())
      return actual.timingSafeEqual(a, b)
    },
  }
})

const SECRET = 'sanad-test-secret'
const NOW = new Date('2026-11-21T12:00:00Z')
const BODY = JSON.stringify({_id: 'article.meso-realistic', _type: 'article', targetClinics: ['clinic.nour-cairo'], previousTargetClinics: null})

const verify = (signatureHeader: string) =>
  verifyWebhook({rawBody: BODY, signatureHeader, secret: SECRET, now: NOW, replayGuard: createReplayGuard(2 * SIGNATURE_TOLERANCE_MS)})

beforeEach(() => {
  compared.length = 0
})

describe('signature comparison', () => {
  it('compares a valid signature with timingSafeEqual', async () => {
    const header = await encodeSignatureHeader(BODY, NOW.getTime(), SECRET)
    expect((await verify(header)).ok).toBe(true)
    expect(compared).toEqual([header])
  })

  it('refuses a guessed signature of the right length through timingSafeEqual too', async () => {
    const header = await encodeSignatureHeader(BODY, NOW.getTime(), SECRET)
    const guess = header.replace(/v1=./, (prefix) => `v1=${prefix.endsWith('A') ? 'B' : 'A'}`)
    expect(await verify(guess)).toEqual({ok: false, status: 401, reason: 'signature-invalid'})
    expect(compared).toEqual([guess])
  })
})
