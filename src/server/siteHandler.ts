// Serves one clinic's live release. Each request re-reads the dist/<clinic> symlink and serves from
// the release it points at, so an atomic swap is picked up at once and a response never mixes two
// releases. ETags are the content hashes from the release manifest: unchanged bytes keep their ETag
// across rebuilds, so clients polling with If-None-Match get 304 until something really changed.
import {createReadStream} from 'node:fs'
import {readlink} from 'node:fs/promises'
import type {IncomingMessage, ServerResponse} from 'node:http'
import {join} from 'node:path'
import sirv from 'sirv'
import {readCurrentRelease} from '../publish/releaseStore.ts'
import {cacheControlFor, contentTypeFor, CROSS_ORIGIN_HEADERS, isMachineReadable, NOT_FOUND_CACHE_CONTROL, notFoundFor, SECURITY_HEADERS} from './responsePolicy.ts'

type Handler = (request: IncomingMessage, response: ServerResponse) => void
interface LiveRelease {
  files: ReadonlyMap<string, string>
  serve: Handler
}

const KEEP = 4

/** A URL path decoded, without its leading slashes; `undefined` when it does not decode. */
const decodedSitePath = (urlPath: string): string | undefined => {
  try {
    return decodeURIComponent(urlPath).replace(/^\/+/, '')
  } catch {
    return undefined
  }
}

/** The site path a URL path serves, the way sirv resolves it (`/a/` → `a/index.html`, `/a` → `a.html`). */
const sitePathCandidates = (urlPath: string): string[] => {
  const path = decodedSitePath(urlPath)
  if (path === undefined) return []
  const bare = path.replace(/\/+$/, '')
  return bare === '' ? ['index.html'] : [bare, `${bare}.html`, `${bare}/index.html`]
}

/** The site path a request names, for choosing its 404; an undecodable one is taken as it is. */
const requestedSitePath = (requestUrl: string | undefined): string => {
  const {pathname} = new URL(requestUrl ?? '/', 'http://localhost')
  return decodedSitePath(pathname) ?? pathname.replace(/^\/+/, '')
}

/** RFC 9110 If-None-Match: a list of entity tags, compared weakly, or `*`. */
const matchesIfNoneMatch = (header: string | undefined, etag: string): boolean => {
  if (!header) return false
  if (header.trim() === '*') return true
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => opaque(tag) === opaque(etag))
}

export const createSiteHandler = (options: {outDir: string; clinic: string}): Handler => {
  const releases = new Map<string, LiveRelease>()
  const notFound = (dir: string, request: IncomingMessage, response: ServerResponse) => {
    const answer = notFoundFor(requestedSitePath(request.url))
    response.statusCode = 404
    response.setHeader('Content-Type', answer.contentType)
    response.setHeader('Cache-Control', NOT_FOUND_CACHE_CONTROL)
    if (answer.crossOrigin) for (const [name, value] of Object.entries(CROSS_ORIGIN_HEADERS)) response.setHeader(name, value)
    // A release built before its not-found file existed: `404` reads as text and as JSON.
    createReadStream(join(dir, answer.file))
      .on('error', () => response.end('404'))
      .pipe(response)
  }
  const liveRelease = async (): Promise<{dir: string; release: LiveRelease} | undefined> => {
    const target = await readlink(join(options.outDir, options.clinic)).catch(() => undefined)
    if (target === undefined) return undefined
    const dir = join(options.outDir, target)
    let release = releases.get(dir)
    if (!release) {
      const current = await readCurrentRelease(options.outDir, options.clinic)
      const files = current?.dir === dir ? current.manifest.files : new Map<string, string>()
      const serve = sirv(dir, {
        dev: true,
        etag: false,
        extensions: ['html'],
        setHeaders: (response, pathname) => {
          // The file's name, as sitePathCandidates finds it: `/feed.json/` is feed.json too.
          const path = pathname.replace(/^\/+|\/+$/g, '')
          const type = contentTypeFor(path)
          if (type) response.setHeader('Content-Type', type)
        },
        onNoMatch: (request, response) => notFound(dir, request, response),
      })
      release = {files, serve}
      releases.set(dir, release)
      for (const old of [...releases.keys()].slice(0, Math.max(0, releases.size - KEEP))) releases.delete(old)
    }
    return {dir, release}
  }

  return (request, response) => {
    void liveRelease().then(
      (live) => {
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value)
        if (!live) {
          response.writeHead(503, {'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5'})
          response.end('This clinic has not been built yet.')
          return
        }
        const url = new URL(request.url ?? '/', 'http://localhost')
        const path = sitePathCandidates(url.pathname).find((candidate) => live.release.files.has(candidate))
        if (path) {
          const etag = `"${live.release.files.get(path)!.slice(0, 32)}"`
          response.setHeader('ETag', etag)
          response.setHeader('Cache-Control', cacheControlFor(path))
          if (isMachineReadable(path)) for (const [name, value] of Object.entries(CROSS_ORIGIN_HEADERS)) response.setHeader(name, value)
          if ((request.method === 'GET' || request.method === 'HEAD') && matchesIfNoneMatch(request.headers['if-none-match'], etag)) {
            response.writeHead(304)
            response.end()
            return
          }
        }
        live.release.serve(request, response)
      },
      (error: unknown) => {
        response.writeHead(500, {'Content-Type': 'text/plain; charset=utf-8'})
        response.end(String(error))
      },
    )
  }
}
