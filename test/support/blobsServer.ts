// Netlify Blobs on 127.0.0.1 for tests, so they drive the real @netlify/blobs client over real HTTP:
// @netlify/blobs' own BlobsServer answers each request from a scratch folder, behind a server of
// ours. Ours because BlobsServer.start() listens on every interface, and because its conditional
// write checks that a key is free and writes it in two steps, so two concurrent `onlyIfNew` writes of
// one key both succeed; Netlify's store makes that check and the write one step. Ours hands
// BlobsServer one request at a time, which makes them one step here too.
import {mkdtemp} from 'node:fs/promises'
import {createServer, type IncomingMessage, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {buffer} from 'node:stream/consumers'
import {BlobsServer} from '@netlify/blobs/server'

export interface LocalBlobs {
  /** `http://127.0.0.1:<port>`: the edge URL (cached and uncached) of the Blobs context. */
  url: string
  token: string
  siteID: string
  /** A NETLIFY_BLOBS_CONTEXT for this server, as Netlify sets it for a function; `token` to override. */
  context: (overrides?: {token?: string; url?: string}) => string
  close: () => Promise<void>
}

const headersOf = (request: IncomingMessage): [string, string][] =>
  Object.entries(request.headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]]))

export const startLocalBlobs = async (): Promise<LocalBlobs> => {
  const token = 'blobs-test-token'
  const siteID = 'site-under-test'
  const blobs = new BlobsServer({directory: await mkdtemp(join(tmpdir(), 'sanad-blobs-')), token})
  let queue: Promise<unknown> = Promise.resolve()
  const server: Server = createServer((request, response) => {
    const answer = queue.then(async () => {
      const method = request.method ?? 'GET'
      const body = method === 'GET' || method === 'HEAD' ? undefined : await buffer(request)
      // handleRequest and address are BlobsServer's own, private to TypeScript: start() would set the
      // address and pass its requests to handleRequest, from a server listening on every interface.
      const handled: Response = await blobs['handleRequest'](new Request(`${url}${request.url ?? '/'}`, {method, headers: headersOf(request), body}))
      response.writeHead(handled.status, Object.fromEntries(handled.headers))
      response.end(Buffer.from(await handled.arrayBuffer()))
    })
    queue = answer.catch(() => {})
    answer.catch((error: unknown) => response.writeHead(500).end(String(error)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  blobs['address'] = url
  return {
    url,
    token,
    siteID,
    context: (overrides = {}) => {
      const edgeURL = overrides.url ?? url
      return Buffer.from(JSON.stringify({edgeURL, uncachedEdgeURL: edgeURL, token: overrides.token ?? token, siteID})).toString('base64')
    },
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
