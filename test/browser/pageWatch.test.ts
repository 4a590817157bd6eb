// The page watcher the browser suites assert with: a reader who follows a link while the page still
// loads a picture cancels that load (Chromium aborts it, net::ERR_ABORTED), and the watcher must not
// call it a problem (CI failed on a font of the home page cut off this way by the search link); an
// aborted load of the page still shown, and any other failure, still is one.
import {createServer, type Server, type ServerResponse} from 'node:http'
import type {AddressInfo} from 'node:net'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {hasChromium} from './support/chromium.ts'
import {watchPage} from './support/pageWatch.ts'
import {suiteChromium} from './support/suiteChromium.ts'

const page = (body: string) => `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>صفحة</title></head><body>${body}</body></html>`

describe.skipIf(!hasChromium)('page watcher in Chromium', () => {
  const chromium = suiteChromium()
  let server: Server
  let origin: string
  /** Answers to the picture the first page never finishes loading, ended when the server closes. */
  const held: ServerResponse[] = []
  let pictureAsked: () => void
  const pictureAskedFor = new Promise<void>((resolve) => (pictureAsked = resolve))

  beforeAll(async () => {
    server = createServer((request, response) => {
      const html = (body: string) => response.writeHead(200, {'content-type': 'text/html; charset=utf-8'}).end(page(body))
      if (request.url === '/') return html('<a href="/next">التالي</a><img src="/slow.svg" alt="صورة بطيئة">')
      if (request.url === '/slow.svg') {
        held.push(response)
        return pictureAsked()
      }
      if (request.url === '/next') return html('<h1>التالي</h1><img src="/cut.svg" alt="صورة مقطوعة">')
      response.writeHead(404).end()
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    for (const response of held) response.destroy()
    await new Promise((resolve) => server?.close(resolve))
  })

  it('ignores the load a followed link cuts off, and reports an aborted load of the page shown', async () => {
    const tab = await chromium.browser.newPage()
    try {
      const watch = watchPage(tab)
      // The page that is shown next has its picture aborted by the browser: a real problem.
      await tab.route(`${origin}/cut.svg`, (route) => route.abort('aborted'))
      const cut = tab.waitForEvent('requestfailed', (request) => request.url().endsWith('/cut.svg'))
      const slowFailed = tab.waitForEvent('requestfailed', (request) => request.url().endsWith('/slow.svg'))
      await tab.goto(origin, {waitUntil: 'commit'})
      await pictureAskedFor
      await tab.getByRole('link', {name: 'التالي'}).click()
      await tab.waitForURL(`${origin}/next`)
      expect((await slowFailed).failure()?.errorText).toBe('net::ERR_ABORTED')
      expect((await cut).failure()?.errorText).toBe('net::ERR_ABORTED')
      expect(watch.problems()).toEqual([`request failed: ${origin}/cut.svg (net::ERR_ABORTED)`])
    } finally {
      await tab.close()
    }
  })
})
