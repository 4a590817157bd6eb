// One call to Netlify's API for the deploy itself (create, upload a file, read its state), sent
// with fetch rather than through @netlify/api: that client waits out a rate limit (429) on its own,
// for X-RateLimit-Reset however far off, 5 s when Retry-After is all the answer says, with its own
// timer no deploy wait can count or end. Here the pause Netlify asks for is the deploy's to grant.
import type {NetlifyAPI} from '@netlify/api'
import {rateLimitWaitMs} from './rateLimitWait.ts'

/** @netlify/api's pause when a 429 names no time, and its tries of a dropped connection. */
const DEFAULT_RATE_LIMIT_PAUSE_MS = 5_000
const CONNECTION_ATTEMPTS = 5
const DROPPED_CONNECTION = new Set(['ECONNRESET', 'ETIMEDOUT', 'UND_ERR_SOCKET'])

/** Shaped as @netlify/api's HTTPError, which netlifyFailure reads: the answer's status and message. */
export class NetlifyHttpError extends Error {
  readonly status: number
  constructor(status: number, message: string) {
    super(message)
    this.name = 'NetlifyHttpError'
    this.status = status
  }
}

export interface NetlifyCall {
  method: 'GET' | 'POST' | 'PUT'
  /** Below the API's base path, e.g. `/deploys/{id}`; each segment already encoded. */
  path: string
  json?: unknown
  bytes?: Uint8Array<ArrayBuffer>
  /**
   * Counts the call's sends across every try of it, the caller's and this function's own (after a
   * rate limit or a dropped connection): each one after the first says which retry it is in
   * X-Nf-Retry-Count, as Netlify's API takes it on a function's upload and Netlify's CLI sends it.
   */
  sends?: {count: number}
}

/**
 * `pause(ms)` waits out a rate limit or a dropped connection and resolves true, or false when the
 * deploy cannot wait that long: the 429 then fails the call.
 */
export const netlifyRequest = async (client: NetlifyAPI, call: NetlifyCall, pause: (ms: number) => Promise<boolean>): Promise<unknown> => {
  const url = `${client.basePath}${call.path}`
  const headers: Record<string, string> = {accept: 'application/json', authorization: `Bearer ${client.accessToken ?? ''}`, 'user-agent': client.defaultHeaders['User-agent'] ?? 'sanad'}
  if (call.json !== undefined) headers['content-type'] = 'application/json'
  if (call.bytes !== undefined) headers['content-type'] = 'application/octet-stream'
  const body = call.json !== undefined ? JSON.stringify(call.json) : call.bytes
  for (let attempt = 1; ; attempt++) {
    let response: Response
    if (call.sends) {
      if (call.sends.count > 0) headers['x-nf-retry-count'] = String(call.sends.count)
      call.sends.count++
    }
    try {
      response = await fetch(url, {method: call.method, headers, ...(body === undefined ? {} : {body})})
    } catch (error) {
      const cause = (error as {cause?: {code?: string; message?: string}}).cause
      if (cause?.code && DROPPED_CONNECTION.has(cause.code) && attempt < CONNECTION_ATTEMPTS && (await pause(DEFAULT_RATE_LIMIT_PAUSE_MS))) continue
      // As @netlify/api's fetch said it: "request to … failed, reason: connect ECONNREFUSED …".
      throw new Error(`request to ${url} failed, reason: ${cause?.message ?? (error as Error).message}`, {cause: error})
    }
    const text = await response.text()
    if (response.status === 429) {
      const askedMs = rateLimitWaitMs(response.headers, Date.now()) ?? DEFAULT_RATE_LIMIT_PAUSE_MS
      if (await pause(askedMs)) continue
      throw new NetlifyHttpError(429, `rate limited, and asked to wait ${Math.ceil(askedMs / 1000)} s, longer than what is left of the deploy's wait`)
    }
    const isJson = response.headers.get('content-type')?.includes('json') ?? false
    const parsed: unknown = isJson && text ? JSON.parse(text) : text
    if (!response.ok) throw new NetlifyHttpError(response.status, (parsed as {message?: string} | null)?.message ?? (response.statusText || text))
    return parsed
  }
}
