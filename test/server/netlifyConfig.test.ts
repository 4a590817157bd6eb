// netlify.toml states for Netlify what `sanad serve` does locally: a fixed publish folder (Netlify
// does not expand variables there), Node 24, the webhook function, and the same security, cache and
// content-type rules as src/server/responsePolicy.ts, and the same 404 for a missing API path.
import {spawnSync} from 'node:child_process'
import {access, readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {parseAllHeaders, type Header} from '@netlify/headers-parser'
import {parse} from 'smol-toml'
import {describe, expect, it} from 'vitest'
import {BUNDLED_DATASET, buildDataset, siteFiles, tempDir} from '../support/bundledDataset.ts'
import {ATOM_FEED_FILE, deliveryContentType, JSON_FEED_FILE, SITEMAP_FILE, sitemapPartFile} from '../../src/delivery/index.ts'
import {cacheControlFor, CONTENT_SECURITY_POLICY, CROSS_ORIGIN_HEADERS, isMachineReadable, notFoundFor, SECURITY_HEADERS} from '../../src/server/responsePolicy.ts'

interface NetlifyConfig {
  build: {command: string; publish: string; environment: Record<string, string>}
  functions: {directory: string; external_node_modules: string[]}
  headers: {for: string; values: Record<string, string>}[]
  redirects?: {from: string; to: string; status?: number; force?: boolean}[]
}

const config = parse(await readFile('netlify.toml', 'utf8')) as unknown as NetlifyConfig
const headersFor = (pattern: string) => config.headers.find((rule) => rule.for === pattern)?.values ?? {}

/** Whether a netlify.toml path pattern (an exact path, or a prefix ending in `/*`) matches a URL path. */
const matches = (pattern: string, urlPath: string) => (pattern.endsWith('/*') ? urlPath.startsWith(pattern.slice(0, -1)) : urlPath === pattern)
/** The file Netlify sends for a missing path: the first 404 rule that matches it, else 404.html. */
const netlifyNotFoundFile = (path: string) => config.redirects?.find((rule) => rule.status === 404 && matches(rule.from, `/${path}`))?.to.replace(/^\//, '') ?? '404.html'
// Netlify's own reading of the `[[headers]]` rules (the parser its CLI uses), with each rule's path
// pattern as the regular expression Netlify matches: `/sitemap-*` is a wildcard inside a segment,
// which a prefix comparison would not model.
const parsedHeaders = await parseAllHeaders({headersFiles: [], netlifyConfigPath: 'netlify.toml', configHeaders: [], minimal: false})
const netlifyHeaderRules = parsedHeaders.headers as Header[]
/** Every header the matching rules give a path (no two rules set the same header: checked below). */
const headersOf = (path: string) => Object.assign({}, ...netlifyHeaderRules.filter((rule) => rule.forRegExp.test(`/${path}`)).map((rule) => rule.values)) as Record<string, string>
/** What Netlify sends as Cache-Control where no rule sets one. */
const NETLIFY_DEFAULT_CACHE_CONTROL = 'public,max-age=0,must-revalidate'
const withoutSpaces = (value: string | undefined) => value?.replaceAll(' ', '')

describe('netlify.toml', () => {
  it('is read by Netlify\'s header parser without errors, and no two of its rules set the same header on one path', () => {
    expect(parsedHeaders.errors).toEqual([])
    expect(netlifyHeaderRules).toHaveLength(config.headers.length)
    for (const rule of netlifyHeaderRules) {
      const overlapping = netlifyHeaderRules.filter((other) => other !== rule && other.forRegExp.test(rule.for.replaceAll('*', 'x')))
      for (const other of overlapping) expect(Object.keys(other.values).filter((name) => name in rule.values), `${rule.for} and ${other.for}`).toEqual([])
    }
  })

  // Every file of a built site, plus the parts of a sitemap split past 50,000 URLs (the bundled
  // sites are far smaller): Netlify must send each what `sanad serve` sends.
  it('gives every file of a built clinic site the cache lifetime, content type and cross-origin headers sanad serve gives it', async () => {
    const outDir = await tempDir('sanad-netlify-headers-')
    try {
      await buildDataset(BUNDLED_DATASET, outDir, {clinicSlugs: ['nour-cairo']})
      const paths = [...Object.keys(await siteFiles(join(outDir, 'nour-cairo'))), sitemapPartFile(1), sitemapPartFile(2), sitemapPartFile(12)]
      expect(paths).toContain(SITEMAP_FILE)
      for (const path of paths) {
        const values = headersOf(path)
        expect(withoutSpaces(values['Cache-Control'] ?? NETLIFY_DEFAULT_CACHE_CONTROL), path).toBe(withoutSpaces(cacheControlFor(path)))
        if (isMachineReadable(path)) expect(values['Content-Type'], path).toBe(deliveryContentType(path))
        for (const [name, value] of Object.entries(CROSS_ORIGIN_HEADERS)) expect(values[name], `${path} ${name}`).toBe(isMachineReadable(path) ? value : undefined)
        for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(values[name], `${path} ${name}`).toBe(value)
      }
    } finally {
      await rm(outDir, {recursive: true, force: true})
    }
  })

  it('builds one clinic into a fixed publish folder on Node 24', () => {
    expect(config.build.publish).toBe('netlify-site')
    expect(config.build.publish).not.toContain('$')
    expect(config.build.command).toContain('npx sanad build --clinic "$SANAD_CLINIC" --out dist')
    expect(config.build.command).toContain('cp -RL "dist/$SANAD_CLINIC" netlify-site')
    expect(config.build.environment.NODE_VERSION).toBe('24')
  })

  // The checks run before `npx sanad build`, so a missing variable stops the build before anything is written.
  it.each([
    ['no clinic', {SANITY_PROJECT_ID: 'sanad42'}, 'set SANAD_CLINIC to the clinic slug'],
    ['no Sanity project: the bundled sample articles must never reach a clinic site', {SANAD_CLINIC: 'nour-cairo', SANITY_DATASET: 'production'}, 'set SANITY_PROJECT_ID'],
  ])('stops a build with %s (exit 2)', (_, env, says) => {
    const result = spawnSync('/bin/sh', ['-c', config.build.command], {env: {PATH: '/nonexistent', ...env}, encoding: 'utf8'})
    expect(result.status).toBe(2)
    expect(result.stderr).toContain(says)
  })

  // How it is zipped (the Sanity client shipped beside the bundle) is test/deploy/siteFunctions.test.ts's.
  it('ships the webhook function from its functions folder', async () => {
    await expect(access(`${config.functions.directory}/sanity-webhook.ts`)).resolves.toBeUndefined()
  })

  it('sends the security headers of sanad serve, plus HSTS', () => {
    const all = headersFor('/*')
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(all[name], name).toBe(value)
    expect(all['Content-Security-Policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(all['Content-Security-Policy']).not.toContain('unsafe-inline')
    expect(all['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}/)
  })

  it.each([
    ['/images/*', 'images/abc-1200x630.jpg'],
    ['/assets/fonts/*', 'assets/fonts/noto-naskh-arabic-arabic-400-normal.woff2'],
    ['/api/*', 'api/v1/index.json'],
    ['/export/*', 'export/slug.md'],
    [`/${JSON_FEED_FILE}`, JSON_FEED_FILE],
    [`/${ATOM_FEED_FILE}`, ATOM_FEED_FILE],
    [`/${SITEMAP_FILE}`, SITEMAP_FILE],
    ['/sitemap-*', sitemapPartFile(2)],
  ])('%s has the cache lifetime, content type and cross-origin headers sanad serve uses', (pattern, path) => {
    const values = headersFor(pattern)
    expect(values['Cache-Control']).toBe(cacheControlFor(path))
    expect(values['Content-Type']).toBe(deliveryContentType(path))
    // A clinic's own website reads these from the browser, ETag included for If-None-Match.
    for (const [name, value] of Object.entries(CROSS_ORIGIN_HEADERS)) expect(isMachineReadable(path) ? values[name] : undefined, name).toBe(isMachineReadable(path) ? value : undefined)
  })

  // Status 404 rules are not forced, so they never shadow a file that exists: a published document
  // is served as it is, and only a missing path gets the rule's file.
  it.each([
    ['an unknown, withdrawn or blocked article', 'api/v1/articles/mesotherapy-skin-benefits.json', 'api/v1/not-found.json'],
    ['an unknown procedure', 'api/v1/procedures/unknown.json', 'api/v1/not-found.json'],
    ['a folder of the API', 'api/v1/articles/', 'api/v1/not-found.json'],
    ['a version that does not exist', 'api/v2/index.json', 'api/v1/not-found.json'],
    ['a missing page', 'articles/mesotherapy-skin-benefits/', '404.html'],
    ['a missing Markdown export', 'export/unknown.md', 'export/_not-found.md'],
    ['a withdrawn article\'s export', 'export/mesotherapy-skin-benefits.md', 'export/_not-found.md'],
    ['a page whose name only starts like the API', 'apis/', '404.html'],
  ])('answers %s (/%s) with the 404 body sanad serve sends: %s', (_, path, file) => {
    expect(netlifyNotFoundFile(path)).toBe(file)
    expect(notFoundFor(path).file).toBe(file)
  })

  it('never forces a 404 rule over an existing file', () => {
    const notFoundRules = config.redirects?.filter((rule) => rule.status === 404) ?? []
    expect(notFoundRules.map((rule) => [rule.from, rule.to, rule.force ?? false])).toEqual([
      ['/api/*', '/api/v1/not-found.json', false],
      ['/export/*', '/export/_not-found.md', false],
    ])
  })

  // Netlify picks headers by path, whichever the status: the requested path's rules and the 404 rule's
  // target's both give the JSON 404 the API's content type and CORS.
  it.each([['api/v1/articles/unknown.json'], ['api/v2/index.json'], ['api/v1/not-found.json'], ['export/unknown.md'], ['export/_not-found.md']])('labels a 404 for /%s as what its body is and lets other origins read it', (path) => {
    const answer = notFoundFor(path)
    const values = headersOf(path)
    expect(values['Content-Type']).toBe(answer.contentType)
    expect(answer.crossOrigin).toBe(true)
    for (const [name, value] of Object.entries(CROSS_ORIGIN_HEADERS)) expect(values[name], name).toBe(value)
  })
})
