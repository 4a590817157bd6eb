// Reads a webhook body as the exact bytes sent (a signature is over the raw body), refusing more
// than `maxBytes` without buffering it. One reader for both receivers: `sanad serve` hands it a Node
// request, the Netlify Function a Fetch body stream, and a chunked body declares no length, so the
// limit is counted as the bytes arrive, not only taken from Content-Length.

export type BodyResult = {ok: true; body: string} | {ok: false; reason: 'too-large'}

export interface BoundedBody {
  /** The Content-Length header as sent, if any. */
  declaredLength: string | null | undefined
  /** The body's chunks; `null` for a request without a body. */
  chunks: AsyncIterable<Uint8Array> | null
}

export const readBoundedBody = async ({declaredLength, chunks}: BoundedBody, maxBytes: number): Promise<BodyResult> => {
  const declared = Number(declaredLength)
  if (declaredLength && Number.isFinite(declared) && declared > maxBytes) return {ok: false, reason: 'too-large'}
  const received: Uint8Array[] = []
  let size = 0
  // Leaving the loop early ends the iteration, which cancels a Fetch stream: the rest is never read.
  for await (const chunk of chunks ?? []) {
    size += chunk.byteLength
    if (size > maxBytes) return {ok: false, reason: 'too-large'}
    received.push(chunk)
  }
  return {ok: true, body: Buffer.concat(received).toString('utf8')}
}
