// The site servers take their ports before the build: every port answers 503 until `open`, then
// the report page and the sites of the clinics that have one; a clinic without a site lets its port go.
import {afterEach, describe, expect, it} from 'vitest'
import {startSiteServers, type BoundSiteServers} from '../../src/server/startSiteServers.ts'
import {removedAfterEach, tempDir} from '../support/bundledDataset.ts'

const cleanup = removedAfterEach()
let bound: BoundSiteServers | undefined
afterEach(async () => {
  await bound?.close()
  bound = undefined
})

const bind = async () => {
  const outDir = await tempDir('sanad-ports-')
  cleanup(outDir)
  bound = await startSiteServers({outDir, clinics: ['lulu-dubai', 'nour-cairo'], port: 0, portName: '--port'})
  return bound
}

const status = (url: string) =>
  fetch(url).then(
    async (response) => [response.status, response.headers.get('retry-after'), await response.text()],
    (error: Error & {cause?: {code?: string}}) => ['refused', error.cause?.code],
  )

describe('before the build', () => {
  it('answers 503 on every port, asking to come back', async () => {
    const sites = await bind()
    for (const url of [sites.reportUrl, ...Object.values(sites.clinicUrls)]) {
      expect(await status(url)).toEqual([503, '5', 'يجري بناء المواقع، أعد المحاولة بعد لحظات'])
    }
  })
})

describe('after the build', () => {
  it('serves the report and the clinics with a site; the others stop listening', async () => {
    const sites = await bind()
    const cairo = sites.clinicUrls['nour-cairo']!
    const served = await sites.open({clinics: ['lulu-dubai'], reportHtml: (urls) => `report: ${Object.keys(urls).join(', ')}`})
    expect(Object.keys(served.clinicUrls)).toEqual(['lulu-dubai'])
    expect(await status(served.reportUrl)).toEqual([200, null, 'report: lulu-dubai'])
    // Its site handler answers now; no release was ever published in this folder.
    expect(await status(served.clinicUrls['lulu-dubai']!)).toEqual([503, '5', 'This clinic has not been built yet.'])
    expect(await status(cairo)).toEqual(['refused', 'ECONNREFUSED'])
  })

  // The report shows every title and finding as writers typed them: like the sites, it is sent with a
  // policy that runs no script, loads nothing from elsewhere and cannot be framed.
  it('sends the report page with a CSP that allows no script, nosniff and no framing', async () => {
    const served = await (await bind()).open({clinics: ['lulu-dubai'], reportHtml: () => '<p>report</p>'})
    for (const url of [served.reportUrl, new URL('/missing', served.reportUrl).href]) {
      const {headers} = await fetch(url)
      expect(headers.get('content-security-policy'), url).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'")
      expect(headers.get('x-content-type-options'), url).toBe('nosniff')
      expect(headers.get('referrer-policy'), url).toBe('strict-origin-when-cross-origin')
    }
  })
})

describe('ports', () => {
  it.each([
    [65533, 2, null],
    [65534, 2, '--port is 65534, but the report takes that port and the 2 clinic sites the ports after it, up to 65536; ports end at 65535. Choose --port 65533 or lower.'],
    [65535, 1, '--port is 65535, but the report takes that port and the clinic site the port after it, up to 65536; ports end at 65535. Choose --port 65534 or lower.'],
  ])('first port %i with %i clinics: %s', async (port, count, message) => {
    const clinics = ['lulu-dubai', 'nour-cairo'].slice(0, count)
    const outcome = startSiteServers({outDir: '/nonexistent', clinics, port, portName: '--port'})
    if (message === null) {
      bound = await outcome
      expect(bound.reportUrl).toBe(`http://127.0.0.1:${port}/`)
    } else {
      await expect(outcome).rejects.toMatchObject({code: 'PORT_UNAVAILABLE', exitCode: 2, message})
    }
  })
})
