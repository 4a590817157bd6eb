// Reads a request body as the exact bytes sent (a signature is over the raw body), refusing more
// than `maxBytes` without buffering it.
import type {IncomingMessage} from 'node:http'

export type BodyResult = {ok: true; body: string} | {ok: false; reason: 'too-large'}

export const readRequestBody = async (request: IncomingMessage, maxBytes: number): Promise<BodyResult> => {
  const declared = Number(request.headers['content-length'])
  if (Number.isFinite(declared) && declared > maxBytes) return {ok: false, reason: 'too-large'}
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > maxBytes) return {ok: false, reason: 'too-large'}
    chunks.push(chunk as Buffer)
  }
  return {ok: true, body: Buffer.concat(chunks).toString('utf8')}
}
