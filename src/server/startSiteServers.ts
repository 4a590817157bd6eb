// Serves every built clinic site on its own localhost port (pages use root-relative links, so each
// site needs its own origin) plus the build report page.
import {createServer, type Server} from 'node:http'
import type {AddressInfo} from 'node:net'
import {join} from 'node:path'
import {createSiteHandler} from './siteHandler.ts'

export interface SiteServers {
  reportUrl: string
  clinicUrls: Record<string, string>
  close(): Promise<void>
}

const HOST = '127.0.0.1'

const listen = (server: Server, port: number): Promise<string> =>
  new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, HOST, () => resolve(`http://${HOST}:${(server.address() as AddressInfo).port}/`))
  })

/** `port` is the report's port; clinics take the following ones. Port 0 picks free ports (tests). */
export const startSiteServers = async (options: {
  outDir: string
  clinics: readonly string[]
  port: number
  reportHtml: (clinicUrls: Record<string, string>) => string
}): Promise<SiteServers> => {
  const servers: Server[] = []
  const clinicUrls: Record<string, string> = {}
  try {
    for (const [index, slug] of options.clinics.entries()) {
      const server = createServer(createSiteHandler(join(options.outDir, slug)))
      servers.push(server)
      clinicUrls[slug] = await listen(server, options.port === 0 ? 0 : options.port + 1 + index)
    }
    const html = options.reportHtml(clinicUrls)
    const report = createServer((request, response) => {
      const known = request.url === '/' || request.url === '/index.html'
      response.writeHead(known ? 200 : 404, {'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store'})
      response.end(known ? html : 'غير موجود')
    })
    servers.push(report)
    const reportUrl = await listen(report, options.port)
    return {
      reportUrl,
      clinicUrls,
      close: () => Promise.all(servers.map((server) => new Promise<void>((resolve) => server.close(() => resolve())))).then(() => {}),
    }
  } catch (error) {
    for (const server of servers) server.close()
    throw error
  }
}
