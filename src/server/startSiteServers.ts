// Serves every built clinic site on its own localhost port (pages use root-relative links, so each
// site needs its own origin) plus a control server with the build report and, for `sanad serve`,
// the Sanity webhook at POST /hooks/sanity. The ports are taken before the build, so a port that
// cannot be had stops the command before it rewrites anything; the build's result is served after.
import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {SanadError} from '../errors/catalog.ts'
import {REPORT_SECURITY_HEADERS} from './responsePolicy.ts'
import {createSiteHandler} from './siteHandler.ts'

type Handler = (request: IncomingMessage, response: ServerResponse) => void

export interface SiteServers {
  reportUrl: string
  clinicUrls: Record<string, string>
  close(): Promise<void>
}

/** The ports, held while the sites are built; every request is answered 503 until `open`. */
export interface BoundSiteServers extends SiteServers {
  /**
   * Starts answering: the report page and the sites of `clinics` (those with a site to serve). The
   * other clinics' ports are let go. Resolves to the servers with only the served clinics' URLs.
   */
  open(options: {
    clinics: readonly string[]
    /** Called per request, so the page shows the latest build. */
    reportHtml: (clinicUrls: Record<string, string>) => string
    /** `sanad serve`'s POST /hooks/sanity. */
    webhook?: Handler
  }): Promise<SiteServers>
}

export const WEBHOOK_PATH = '/hooks/sanity'
const HOST = '127.0.0.1'
const HIGHEST_PORT = 65535
// Lower ports need root; suggesting one would trade this refusal for EACCES.
const FIRST_UNPRIVILEGED_PORT = 1024

const sitesAfter = (count: number) => (count === 1 ? 'the clinic site the port after it' : `the ${count} clinic sites the ports after it`)

const listen = (server: Server, port: number, chosen: {name: string; port: number; clinics: number}): Promise<string> =>
  new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new SanadError(
          'PORT_UNAVAILABLE',
          error.code === 'EADDRINUSE'
            ? `Port ${port} on ${HOST} is in use by another program, so nothing was built: the report takes ${chosen.name} (${chosen.port}) and ${sitesAfter(chosen.clinics)}. Stop that program, or choose another ${chosen.name}.`
            : `Could not listen on ${HOST}:${port}, so nothing was built: ${error.message}`,
          {cause: error},
        ),
      ),
    )
    server.listen(port, HOST, () => resolve(`http://${HOST}:${(server.address() as AddressInfo).port}/`))
  })

const closeServer = (server: Server): Promise<void> =>
  new Promise((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })

/** Answers while the sites are being built: a browser or Sanity's webhook is asked to come back. */
const building: Handler = (_request, response) => {
  response.writeHead(503, {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '5'})
  response.end('يجري بناء المواقع، أعد المحاولة بعد لحظات')
}

/**
 * Takes the report's port (`port`) and one per clinic after it, in the order of `clinics`, before
 * anything is built; `portName` (`--port`, `PORT`) is what the operator set, for the messages.
 * Port 0 picks free ports (tests).
 */
export const startSiteServers = async (options: {
  outDir: string
  clinics: readonly string[]
  port: number
  portName: string
}): Promise<BoundSiteServers> => {
  const chosen = {name: options.portName, port: options.port, clinics: options.clinics.length}
  if (options.port !== 0 && options.port + options.clinics.length > HIGHEST_PORT) {
    const highest = HIGHEST_PORT - options.clinics.length
    // No program holds these ports, so the catalog's hint (stop the one holding it) does not apply.
    throw new SanadError(
      'PORT_UNAVAILABLE',
      `${options.portName} is ${options.port}, but the report takes that port and ${sitesAfter(options.clinics.length)}, up to ${
        options.port + options.clinics.length
      }; ports end at ${HIGHEST_PORT}. Choose ${options.portName} ${highest} or lower.`,
      {
        hint: `Choose a lower ${options.portName}, from ${FIRST_UNPRIVILEGED_PORT} to ${highest}: the report takes ${options.portName} and each clinic site one of the ports after it, and all of them must be ${HIGHEST_PORT} or lower.`,
      },
    )
  }
  // Each server answers through its slot: `building` until open, then the site or the report.
  const handlers = new Map<Server, Handler>()
  const serverFor = (): Server => {
    const server: Server = createServer((request, response) => (handlers.get(server) ?? building)(request, response))
    return server
  }
  const servers: Server[] = []
  const clinicServers = new Map<string, {server: Server; url: string}>()
  let reportUrl: string
  const report = serverFor()
  try {
    servers.push(report)
    reportUrl = await listen(report, options.port, chosen)
    for (const [index, slug] of options.clinics.entries()) {
      const server = serverFor()
      servers.push(server)
      clinicServers.set(slug, {server, url: await listen(server, options.port === 0 ? 0 : options.port + 1 + index, chosen)})
    }
  } catch (error) {
    await Promise.all(servers.map(closeServer))
    throw error
  }
  const open = new Set<Server>(servers)
  const close = () => Promise.all([...open].map(closeServer)).then(() => {})
  return {
    reportUrl,
    clinicUrls: Object.fromEntries([...clinicServers].map(([slug, {url}]) => [slug, url])),
    close,
    open: async ({clinics, reportHtml, webhook}) => {
      const served = new Set(clinics)
      const clinicUrls: Record<string, string> = {}
      for (const [slug, {server, url}] of clinicServers) {
        if (served.has(slug)) {
          handlers.set(server, createSiteHandler({outDir: options.outDir, clinic: slug}))
          clinicUrls[slug] = url
        } else {
          open.delete(server)
          await closeServer(server)
        }
      }
      handlers.set(report, (request, response) => {
        const path = new URL(request.url ?? '/', 'http://localhost').pathname
        if (webhook && path === WEBHOOK_PATH) {
          webhook(request, response)
          return
        }
        const known = path === '/' || path === '/index.html'
        response.writeHead(known ? 200 : 404, {...REPORT_SECURITY_HEADERS, 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store'})
        response.end(known ? reportHtml(clinicUrls) : 'غير موجود')
      })
      return {reportUrl, clinicUrls, close}
    },
  }
}
