// Serves every built clinic site on its own localhost port (pages use root-relative links, so each
// site needs its own origin) plus a control server with the build report and, for `sanad serve`,
// the Sanity webhook at POST /hooks/sanity.
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {SanadError} from '../errors/catalog.ts'
import {createSiteHandler} from './siteHandler.ts'

export interface SiteServers {
  reportUrl: string
  clinicUrls: Record<string, string>
  close(): Promise<void>
}

export const WEBHOOK_PATH = '/hooks/sanity'
const HOST = '127.0.0.1'

const listen = (server: Server, port: number): Promise<string> =>
  new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new SanadError(
          'USAGE',
          error.code === 'EADDRINUSE'
            ? `Port ${port} on ${HOST} is in use by another program; the report takes the chosen port and the clinic sites the ones after it. Choose other ports with PORT=… (npm start) or --port (sanad serve).`
            : `Could not listen on ${HOST}:${port}: ${error.message}`,
          {cause: error},
        ),
      ),
    )
    server.listen(port, HOST, () => resolve(`http://${HOST}:${(server.address() as AddressInfo).port}/`))
  })

/** `port` is the report's port; clinics take the following ones. Port 0 picks free ports (tests). */
export const startSiteServers = async (options: {
  outDir: string
  clinics: readonly string[]
  port: number
  /** Called per request, so the page shows the latest build. */
  reportHtml: (clinicUrls: Record<string, string>) => string
  webhook?: (request: IncomingMessage, response: ServerResponse) => void
}): Promise<SiteServers> => {
  const servers: Server[] = []
  const clinicUrls: Record<string, string> = {}
  try {
    for (const [index, slug] of options.clinics.entries()) {
      const server = createServer(createSiteHandler({outDir: options.outDir, clinic: slug}))
      servers.push(server)
      clinicUrls[slug] = await listen(server, options.port === 0 ? 0 : options.port + 1 + index)
    }
    const report = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname
      if (options.webhook && path === WEBHOOK_PATH) {
        options.webhook(request, response)
        return
      }
      const known = path === '/' || path === '/index.html'
      response.writeHead(known ? 200 : 404, {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store'})
      response.end(known ? options.reportHtml(clinicUrls) : 'غير موجود')
    })
    servers.push(report)
    const reportUrl = await listen(report, options.port)
    return {
      reportUrl,
      clinicUrls,
      close: () =>
        Promise.all(
          servers.map(
            (server) =>
              new Promise<void>((resolve) => {
                server.closeAllConnections()
                server.close(() => resolve())
              }),
          ),
        ).then(() => {}),
    }
  } catch (error) {
    for (const server of servers) server.close()
    throw error
  }
}
