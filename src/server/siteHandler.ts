// Serves one clinic's live release: re-resolves the dist/<clinic> symlink per request (so an atomic
// swap is picked up at once), with ETag / If-None-Match, correct content types and the site's 404 page.
import {createReadStream} from 'node:fs'
import type {IncomingMessage, ServerResponse} from 'node:http'
import {join} from 'node:path'
import sirv from 'sirv'

export const createSiteHandler = (siteDir: string) => {
  const serve = sirv(siteDir, {
    dev: true,
    etag: true,
    extensions: ['html'],
    onNoMatch: (_request, response) => notFound(siteDir, response),
  })
  return (request: IncomingMessage, response: ServerResponse) => serve(request, response)
}

const notFound = (siteDir: string, response: ServerResponse) => {
  response.statusCode = 404
  response.setHeader('Content-Type', 'text/html; charset=utf-8')
  createReadStream(join(siteDir, '404.html'))
    .on('error', () => response.end('404'))
    .pipe(response)
}
