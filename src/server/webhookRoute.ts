// POST /hooks/sanity for `sanad serve`: 413 for an oversized body, 401 for a missing, invalid,
// stale or replayed signature, then 202 and the change is handed to the rebuilder. Sanity retries
// deliveries that are not answered quickly, so the build runs after the response.
import type {IncomingMessage, ServerResponse} from 'node:http'
import {changeFromPayload, MAX_WEBHOOK_BODY_BYTES, readBoundedBody, SIGNATURE_HEADER_NAME, verifyWebhook, type DocumentChange, type ReplayGuard} from '../webhook/index.ts'

export interface WebhookRouteOptions {
  secret: string
  replayGuard: ReplayGuard
  now: () => Date
  onChange: (change: DocumentChange) => void
  maxBodyBytes?: number
}

const sendJson = (response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(body)
  response.writeHead(status, {'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers})
  response.end(text)
}

export const createWebhookRoute = (options: WebhookRouteOptions) => (request: IncomingMessage, response: ServerResponse): void => {
  if (request.method !== 'POST') {
    sendJson(response, 405, {error: 'method-not-allowed'}, {Allow: 'POST'})
    return
  }
  void (async () => {
    const read = await readBoundedBody({declaredLength: request.headers['content-length'], chunks: request}, options.maxBodyBytes ?? MAX_WEBHOOK_BODY_BYTES)
    if (!read.ok) {
      // Stop reading what is left of the body; the client gets the answer and the connection closes.
      sendJson(response, 413, {error: 'payload-too-large'}, {Connection: 'close'})
      request.resume()
      return
    }
    const header = request.headers[SIGNATURE_HEADER_NAME]
    const verdict = await verifyWebhook({
      rawBody: read.body,
      signatureHeader: Array.isArray(header) ? undefined : header,
      secret: options.secret,
      now: options.now(),
      replayGuard: options.replayGuard,
    })
    if (!verdict.ok) {
      sendJson(response, verdict.status, {error: verdict.reason})
      return
    }
    options.onChange(changeFromPayload(verdict.payload))
    sendJson(response, 202, {accepted: true, documentId: verdict.payload._id})
  })().catch((error: unknown) => {
    if (!response.headersSent) sendJson(response, 500, {error: String(error)})
  })
}
