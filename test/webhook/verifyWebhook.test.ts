// The webhook signature check: a body signed with the secret (as Sanity signs it, via
// @sanity/webhook) is accepted once; a tampered body, a wrong secret, an old or future timestamp,
// a missing or malformed header and a replay are refused.
import {encodeSignatureHeader} from '@sanity/webhook'
import {describe, expect, it} from 'vitest'
import {createReplayGuard, SIGNATURE_TOLERANCE_MS, verifyWebhook} from '../../src/webhook/index.ts'

const SECRET = 'sanad-test-secret'
const NOW = new Date('2026-11-21T12:00:00Z')
const BODY = JSON.stringify({_id: 'claim.meso-hair-density', _type: 'claim', targetClinics: null, previousTargetClinics: null})

const sign = (body: string, at: Date = NOW, secret = SECRET) => encodeSignatureHeader(body, at.getTime(), secret)
const verify = (rawBody: string, signatureHeader: string | undefined, replayGuard = createReplayGuard(2 * SIGNATURE_TOLERANCE_MS)) =>
  verifyWebhook({rawBody, signatureHeader, secret: SECRET, now: NOW, replayGuard})

describe('verifyWebhook', () => {
  it('accepts a correctly signed body and parses it', async () => {
    expect(await verify(BODY, await sign(BODY))).toEqual({
      ok: true,
      payload: {_id: 'claim.meso-hair-density', _type: 'claim', targetClinics: null, previousTargetClinics: null},
    })
  })

  type Request = () => Promise<readonly [body: string, header: string | undefined]>
  it.each<[string, Request, string]>([
    ['a tampered body', async () => [BODY.replace('claim.meso-hair-density', 'claim.meso-no-complications'), await sign(BODY)], 'signature-invalid'],
    ['a body signed with another secret', async () => [BODY, await sign(BODY, NOW, 'other-secret')], 'signature-invalid'],
    ['a timestamp older than the tolerance', async () => [BODY, await sign(BODY, new Date(NOW.getTime() - SIGNATURE_TOLERANCE_MS - 1000))], 'timestamp-outside-tolerance'],
    ['a timestamp from the future', async () => [BODY, await sign(BODY, new Date(NOW.getTime() + SIGNATURE_TOLERANCE_MS + 1000))], 'timestamp-outside-tolerance'],
    ['a missing signature header', async () => [BODY, undefined], 'signature-missing'],
    ['a malformed signature header', async () => [BODY, 'v1=abc'], 'signature-malformed'],
    // Re-signing with a new timestamp but the old signature value does not verify.
    ['a timestamp swapped into a captured signature', async () => [BODY, (await sign(BODY)).replace(/t=\d+/, `t=${NOW.getTime() - 1000}`)], 'signature-invalid'],
  ])('rejects %s with 401', async (_name, request, reason) => {
    const [body, header] = await request()
    expect(await verify(body, header)).toEqual({ok: false, status: 401, reason})
  })

  it('accepts a timestamp just inside the tolerance', async () => {
    const header = await sign(BODY, new Date(NOW.getTime() - SIGNATURE_TOLERANCE_MS + 1000))
    expect((await verify(BODY, header)).ok).toBe(true)
  })

  it('accepts a timestamp exactly at the tolerance, and refuses one a millisecond past it', async () => {
    expect((await verify(BODY, await sign(BODY, new Date(NOW.getTime() - SIGNATURE_TOLERANCE_MS)))).ok).toBe(true)
    expect(await verify(BODY, await sign(BODY, new Date(NOW.getTime() + SIGNATURE_TOLERANCE_MS + 1)))).toEqual({ok: false, status: 401, reason: 'timestamp-outside-tolerance'})
  })

  it('rejects a replay of an accepted delivery', async () => {
    const guard = createReplayGuard(2 * SIGNATURE_TOLERANCE_MS)
    const header = await sign(BODY)
    expect((await verify(BODY, header, guard)).ok).toBe(true)
    expect(await verify(BODY, header, guard)).toEqual({ok: false, status: 401, reason: 'replayed'})
  })

  it('does not let a refused delivery use up its signature', async () => {
    const guard = createReplayGuard(2 * SIGNATURE_TOLERANCE_MS)
    const header = await sign(BODY)
    expect((await verify(`${BODY} `, header, guard)).ok).toBe(false)
    expect((await verify(BODY, header, guard)).ok).toBe(true)
  })

  it('answers 400 for a signed body that is not a document change', async () => {
    const body = JSON.stringify({hello: 'world'})
    expect(await verify(body, await sign(body))).toEqual({ok: false, status: 400, reason: 'payload-invalid'})
  })

  it.each([
    ['an empty document id', {_id: '', _type: 'claim'}],
    ['an empty document type', {_id: 'claim.meso-hair-density', _type: ''}],
  ])('answers 400 for a signed change with %s', async (_name, payload) => {
    const body = JSON.stringify(payload)
    expect(await verify(body, await sign(body))).toEqual({ok: false, status: 400, reason: 'payload-invalid'})
  })
})

describe('createReplayGuard', () => {
  it('remembers a signature for its lifetime and forgets it when the lifetime is over, to the millisecond', async () => {
    const guard = createReplayGuard(SIGNATURE_TOLERANCE_MS)
    const header = `t=${NOW.getTime()},v1=c2FuYWQ`
    expect(await guard.firstSeen(header, NOW)).toBe(true)
    expect(await guard.firstSeen(header, new Date(NOW.getTime() + SIGNATURE_TOLERANCE_MS - 1))).toBe(false)
    expect(await guard.firstSeen(header, new Date(NOW.getTime() + SIGNATURE_TOLERANCE_MS))).toBe(true)
  })
})
