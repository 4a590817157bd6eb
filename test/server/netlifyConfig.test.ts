// netlify.toml states for Netlify what `sanad serve` does locally: a fixed publish folder (Netlify
// does not expand variables there), Node 24, the webhook function, and the same security, cache and
// content-type rules as src/server/responsePolicy.ts.
import {spawnSync} from 'node:child_process'
import {access, readFile} from 'node:fs/promises'
import {parse} from 'smol-toml'
import {describe, expect, it} from 'vitest'
import {ATOM_FEED_FILE, deliveryContentType, JSON_FEED_FILE, SITEMAP_FILE} from '../../src/delivery/index.ts'
import {cacheControlFor, CONTENT_SECURITY_POLICY, SECURITY_HEADERS} from '../../src/server/responsePolicy.ts'

interface NetlifyConfig {
  build: {command: string; publish: string; environment: Record<string, string>}
  functions: {directory: string; external_node_modules: string[]}
  headers: {for: string; values: Record<string, string>}[]
}

const config = parse(await readFile('netlify.toml', 'utf8')) as unknown as NetlifyConfig
const headersFor = (pattern: string) => config.headers.find((rule) => rule.for === pattern)?.values ?? {}

describe('netlify.toml', () => {
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

  it('ships the webhook function, with the Sanity client outside the ESM bundle', async () => {
    await expect(access(`${config.functions.directory}/sanity-webhook.ts`)).resolves.toBeUndefined()
    expect(config.functions.external_node_modules).toEqual(['@sanity/client'])
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
  ])('%s has the cache lifetime and content type sanad serve uses', (pattern, path) => {
    const values = headersFor(pattern)
    expect(values['Cache-Control']).toBe(cacheControlFor(path))
    expect(values['Content-Type']).toBe(deliveryContentType(path))
  })
})
