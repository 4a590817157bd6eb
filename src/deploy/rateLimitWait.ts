// How long Netlify asks a client it rate-limited (429) to wait: `Retry-After` (seconds, or an HTTP
// date), else `X-RateLimit-Reset`, the Unix time in seconds its API guide documents. Pure.

/** Milliseconds from `nowMs` the answer's headers ask to wait; undefined when they name no time. */
export const rateLimitWaitMs = (headers: Headers, nowMs: number): number | undefined => {
  const retryAfter = headers.get('retry-after')?.trim()
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Number(retryAfter) * 1000
    const at = Date.parse(retryAfter)
    if (!Number.isNaN(at)) return Math.max(0, at - nowMs)
  }
  const reset = headers.get('x-ratelimit-reset')?.trim()
  if (reset && /^\d+$/.test(reset)) return Math.max(0, Number(reset) * 1000 - nowMs)
  return undefined
}
