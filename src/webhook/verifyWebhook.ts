// Verifies one delivery of Sanity's webhook: HMAC signature over the raw body with
// @sanity/webhook, a timestamp inside the tolerance window, and no replay of an accepted delivery.
import {timingSafeEqual} from 'node:crypto'
import {decodeSignatureHeader, encodeSignatureHeader, isSignatureError} from '@sanity/webhook'
import type {ReplayGuard} from './replayGuard.ts'
import {webhookPayload, type WebhookPayload} from './webhookPayload.ts'

export {SIGNATURE_HEADER_NAME} from '@sanity/webhook'

/** How far a signature's timestamp may be from our clock (Stripe's and Svix's default). */
export const SIGNATURE_TOLERANCE_MS = 5 * 60_000
/** Sanity's webhook bodies are small projections; anything larger is refused unread. */
export const MAX_WEBHOOK_BODY_BYTES = 256 * 1024

export type WebhookRejection = 'signature-missing' | 'signature-malformed' | 'signature-invalid' | 'timestamp-outside-tolerance' | 'replayed' | 'payload-invalid'

export type WebhookVerdict =
  | {ok: true; payload: WebhookPayload}
  | {ok: false; status: 400 | 401; reason: WebhookRejection}

export interface VerifyWebhookInput {
  rawBody: string
  signatureHeader: string | undefined
  secret: string
  now: Date
  replayGuard: ReplayGuard
  toleranceMs?: number
}

/**
 * Whether `header` is the signature of `rawBody` at `timestamp`. @sanity/webhook's isValidSignature
 * compares with `!==`, which stops at the first differing character: the time a refusal takes would
 * tell an attacker how much of a guessed signature is right. The bytes are compared in constant time.
 */
const isSignedWithSecret = async (rawBody: string, header: string, timestamp: number, secret: string): Promise<boolean> => {
  let expected: string
  try {
    expected = await encodeSignatureHeader(rawBody, timestamp, secret)
  } catch (error) {
    // An empty body or a timestamp before 2021 cannot have been signed by Sanity.
    if (isSignatureError(error)) return false
    throw error
  }
  const received = Buffer.from(header)
  const wanted = Buffer.from(expected)
  return received.length === wanted.length && timingSafeEqual(received, wanted)
}

export const verifyWebhook = async (input: VerifyWebhookInput): Promise<WebhookVerdict> => {
  if (!input.signatureHeader) return {ok: false, status: 401, reason: 'signature-missing'}
  let timestamp: number
  try {
    timestamp = decodeSignatureHeader(input.signatureHeader).timestamp
  } catch {
    return {ok: false, status: 401, reason: 'signature-malformed'}
  }
  if (!(await isSignedWithSecret(input.rawBody, input.signatureHeader, timestamp, input.secret))) return {ok: false, status: 401, reason: 'signature-invalid'}
  // Checked after the HMAC, so an attacker learns nothing about our clock from unsigned requests.
  if (Math.abs(input.now.getTime() - timestamp) > (input.toleranceMs ?? SIGNATURE_TOLERANCE_MS)) {
    return {ok: false, status: 401, reason: 'timestamp-outside-tolerance'}
  }
  let payload: WebhookPayload
  try {
    payload = webhookPayload.parse(JSON.parse(input.rawBody))
  } catch {
    return {ok: false, status: 400, reason: 'payload-invalid'}
  }
  if (!(await input.replayGuard.firstSeen(input.signatureHeader, input.now))) return {ok: false, status: 401, reason: 'replayed'}
  return {ok: true, payload}
}
