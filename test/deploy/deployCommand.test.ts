// `sanad deploy` as an operator runs it: builds are deployed to the site id on the clinic document,
// with NETLIFY_API_URL pointing the official client at a stand-in on 127.0.0.1.
import {execFile} from 'node:child_process'
import {createHash} from 'node:crypto'
import {readFile, rm} from 'node:fs/promises'
import {promisify} from 'node:util'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {startNetlifyApiServer, type NetlifyApiServer} from '../support/netlifyApiServer.ts'
import {copyBundledDataset, tempDir} from '../support/bundledDataset.ts'
import {runSanad} from '../support/runSanad.ts'

const run = promisify(execFile)
const sanad = runSanad

const CAIRO_SITE = '3f6c2a1e-8b4d-4c1a-9e27-5d0b7a6c1f01'
const DUBAI_SITE = 'c47e9b20-61a3-4d8e-9f15-7b2a0d4e8c03'
let outDir: string
let api: NetlifyApiServer
beforeAll(async () => {
  outDir = await tempDir('sanad-deploy-cli-')
  // The other site serves another clinic's domain: a clinic document pointing at it must not replace it.
  api = await startNetlifyApiServer({token: 'cli-token', siteIds: [CAIRO_SITE, DUBAI_SITE], customDomains: {[CAIRO_SITE]: 'nour-cairo.example', [DUBAI_SITE]: 'lulu-dubai.example'}})
  expect((await sanad(['build', '--out', outDir, '--now', '2026-11-21', '--clinic', 'nour-cairo'])).code).toBe(0)
})
afterAll(async () => {
  await api.close()
  await rm(outDir, {recursive: true, force: true})
})

describe('sanad deploy', () => {
  it("deploys to the clinic's netlifySiteId with the webhook function, then uploads nothing the second time", async () => {
    const env = {NETLIFY_AUTH_TOKEN: 'cli-token', NETLIFY_API_URL: api.url}
    const first = await sanad(['deploy', '--clinic', 'nour-cairo', '--out', outDir], env)
    expect(first.code).toBe(0)
    const result = JSON.parse(first.stdout)
    expect(result.state).toBe('ready')
    expect(result.uploaded).toContain('/api/v1/index.json')
    expect(result.uploaded.length).toBe(result.files)
    expect(api.deploys()[0]!.siteId).toBe(CAIRO_SITE)
    // Netlify reads a deploy's headers and redirects from the netlify.toml among its files.
    expect(api.deploys()[0]!.files['/netlify.toml']).toBe(createHash('sha1').update(await readFile('netlify.toml')).digest('hex'))
    expect(result.uploaded).toContain('/netlify.toml')
    // A deploy is atomic, functions included: the webhook receiver goes with it, zipped as Netlify's
    // builders zip it, served at its own config.path.
    expect([result.functions, result.uploadedFunctions]).toEqual([['sanity-webhook'], ['sanity-webhook']])
    const [upload] = api.functionUploads
    expect([upload!.name, upload!.runtime, upload!.invocationMode, upload!.bytes.subarray(0, 2).toString('latin1')]).toEqual(['sanity-webhook', 'nodejs24.x', 'stream', 'PK'])
    expect((api.deploys()[0]!.functionsConfig as Record<string, {routes: unknown}>)['sanity-webhook']!.routes).toEqual([{pattern: '/hooks/sanity', literal: '/hooks/sanity', methods: []}])
    expect(first.stderr.split('\n').slice(-2)).toEqual([`sanad: deploy ${result.deployId} is live`, ''])

    const second = await sanad(['deploy', '--clinic', 'nour-cairo', '--out', outDir], env)
    expect(JSON.parse(second.stdout)).toMatchObject({uploaded: [], functions: ['sanity-webhook'], uploadedFunctions: []})

    // A draft leaves the published deploy, and its function, as they were.
    const draft = await sanad(['deploy', '--clinic', 'nour-cairo', '--out', outDir, '--draft'], env)
    const draftId = JSON.parse(draft.stdout).deployId
    expect(draft.stderr.split('\n').slice(-2)).toEqual([`sanad: draft deploy ${draftId} is ready at https://${draftId}--${CAIRO_SITE}.netlify.app; the live site is unchanged`, ''])
  })

  // A slug that is no built site may be a typo (listing the built ones shows it) or a clinic not built yet.
  it.each([
    // With --site, as the real run below: without it, both first look the clinic up in the content (CLINIC_UNKNOWN).
    ['--dry-run', () => ({args: ['--dry-run', '--site', CAIRO_SITE], env: {}})],
    ['--site, to Netlify', () => ({args: ['--site', CAIRO_SITE], env: {NETLIFY_AUTH_TOKEN: 'cli-token', NETLIFY_API_URL: api.url}})],
  ])('for a site not built (%s), lists the clinic sites built in that --out and says what to do for a typo or a clinic not built yet', async (_, options) => {
    const {args, env} = options()
    const deploysBefore = api.deploys().length
    const result = await sanad(['deploy', '--clinic', 'nope', '--out', outDir, ...args], env)
    expect(api.deploys().length).toBe(deploysBefore)
    expect(result.code).toBe(2)
    expect(result.stderr).toBe(
      `sanad: SITE_NOT_BUILT: No built site at ${outDir}/nope. Clinic sites built in ${outDir}: nour-cairo.\n` +
        '  what to do: If the slug is mistyped, pass --clinic one of the built sites listed above; if the clinic is not built yet, run `sanad build --clinic <slug>` with the same --out first (`sanad check --format json` lists the clinics in the content).\n',
    )
  })

  it('for an --out with no site built, says none is', async () => {
    const empty = await tempDir('sanad-deploy-empty-')
    try {
      const result = await sanad(['deploy', '--clinic', 'nour-cairo', '--out', empty, '--dry-run'])
      expect(result.code).toBe(2)
      expect(result.stderr.split('\n')[0]).toBe(`sanad: SITE_NOT_BUILT: No built site at ${empty}/nour-cairo. No clinic site is built in ${empty} yet.`)
    } finally {
      await rm(empty, {recursive: true, force: true})
    }
  })

  it('says what to do without a token, and dry-runs without one', async () => {
    const missing = await sanad(['deploy', '--clinic', 'nour-cairo', '--out', outDir])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('NETLIFY_CONFIG_INVALID: NETLIFY_AUTH_TOKEN is not set.')
    const dry = await sanad(['deploy', '--clinic', 'nour-cairo', '--out', outDir, '--dry-run'])
    expect(dry.code).toBe(0)
    expect(JSON.parse(dry.stdout)).toMatchObject({state: 'dry-run', uploaded: [], functions: ['sanity-webhook'], siteId: CAIRO_SITE})
  })

  // Ignored, the slip read as no token at all («NETLIFY_AUTH_TOKEN is not set» to someone who set it).
  it('refuses a misspelled NETLIFY_* variable, naming the one meant, before any request', async () => {
    const before = api.requests.length
    const result = await sanad(['deploy', '--clinic', 'nour-cairo', '--out', outDir, '--site', CAIRO_SITE], {NETLIFY_AUTH_TOKN: 'cli-token', NETLIFY_API_URL: api.url, NETLIFY_IMAGES_CDN_DOMAIN: 'd33wubrfki0l68.cloudfront.net'})
    expect([result.code, result.stderr]).toEqual([
      2,
      'sanad: ENV_INVALID: NETLIFY_AUTH_TOKN is set, but Sanad reads no variable of that name: did you mean NETLIFY_AUTH_TOKEN?\n' +
        '  what to do: Rename each variable named above to the name Sanad reads (or unset it): a misspelled one is ignored, and `sanad deploy` would run without the token or API address it was meant to carry.\n',
    ])
    expect(api.requests.length).toBe(before)
  })

  // A dry run that passes says a real run would find its site: before, it read no content at all.
  it('dry-runs against the content a real run reads: its --dataset, and the clinic\'s netlifySiteId', async () => {
    const missing = await sanad(['deploy', '--clinic', 'nour-cairo', '--out', outDir, '--dry-run', '--dataset', `${outDir}/no-such-export`])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('DATASET_NOT_FOUND')
    const given = await sanad(['deploy', '--clinic', 'nour-cairo', '--out', outDir, '--dry-run', '--site', 'given-site'])
    expect(JSON.parse(given.stdout)).toMatchObject({state: 'dry-run', siteId: 'given-site'})
  })

  // A dry run passed, after digesting the site, what the real run then refused.
  it.each([
    ['a misspelled variable', [], {NETLIFY_AUTH_TOKN: 'cli-token'}, 'sanad: ENV_INVALID: NETLIFY_AUTH_TOKN is set, but Sanad reads no variable of that name: did you mean NETLIFY_AUTH_TOKEN?'],
    ['an API address that is no URL', [], {NETLIFY_API_URL: 'notaurl'}, 'sanad: NETLIFY_CONFIG_INVALID: NETLIFY_API_URL is not a URL: "notaurl".'],
    ['a --site that is no site id', ['--site', '../accounts'], {}, 'sanad: NETLIFY_CONFIG_INVALID: --site is "../accounts", which is not a Netlify site id'],
  ])('a dry run refuses %s as the real run does, before digesting anything', async (_, args, env, refusal) => {
    const result = await sanad(['deploy', '--clinic', 'nour-cairo', '--out', outDir, '--dry-run', ...args], env)
    expect(result.code).toBe(2)
    expect(result.stderr.split('\n')[0]).toContain(refusal)
    expect(result.stderr).not.toContain('digested')
    expect(result.stdout).toBe('')
  })

  it("refuses a clinic's netlifySiteId of a site that does not serve the clinic's domain, before any deploy", async () => {
    // Dubai's own document no longer names the site (else the shared id is refused first, below).
    const dataset = await copyBundledDataset((documents) =>
      documents.map((document) =>
        document._id === 'clinic.nour-cairo' ? {...document, netlifySiteId: DUBAI_SITE} : document._id === 'clinic.lulu-dubai' ? {...document, netlifySiteId: undefined} : document,
      ),
    )
    const env = {NETLIFY_AUTH_TOKEN: 'cli-token', NETLIFY_API_URL: api.url}
    const deploysBefore = api.deploys().length
    const refused = await sanad(['deploy', '--clinic', 'nour-cairo', '--out', outDir, '--dataset', dataset], env)
    expect(refused.code).toBe(2)
    expect(refused.stderr).toContain(`NETLIFY_CONFIG_INVALID: Netlify site ${DUBAI_SITE} serves lulu-dubai.example, not nour-cairo.example, the clinic's domain: nothing was deployed.`)
    expect(api.deploys().length).toBe(deploysBefore)
    await rm(dataset, {recursive: true, force: true})
  })

  // A clinic without a domain is not checked against the site's domains: a shared id is what tells.
  it.each([['with its domain'], ['without a domain']])("refuses a netlifySiteId another clinic has too (%s), before any request", async (which) => {
    const dataset = await copyBundledDataset((documents) =>
      documents.map((document) => {
        if (document._id === 'clinic.lulu-dubai') return {...document, netlifySiteId: CAIRO_SITE}
        if (document._id === 'clinic.nour-cairo' && which === 'without a domain') return {...document, domain: undefined}
        return document
      }),
    )
    const env = {NETLIFY_AUTH_TOKEN: 'cli-token', NETLIFY_API_URL: api.url}
    const before = api.requests.length
    const refused = await sanad(['deploy', '--clinic', 'nour-cairo', '--out', outDir, '--dataset', dataset], env)
    expect(refused.code).toBe(2)
    expect(refused.stderr.split('\n')[0]).toBe(
      `sanad: NETLIFY_CONFIG_INVALID: Clinic "nour-cairo" has netlifySiteId ${CAIRO_SITE}, which clinic "lulu-dubai" has too: a deploy would replace that clinic's site with this one's, so nothing was deployed. Give each clinic its own Netlify site in the Studio, or pass --site.`,
    )
    expect(api.requests.length).toBe(before)
    await rm(dataset, {recursive: true, force: true})
  })

  // Netlify's client pastes the site id into its request paths unencoded: a crafted id on the clinic
  // document sent the operator's token, as a POST, to an endpoint of its choosing.
  it('refuses a netlifySiteId or --site that is not a Netlify site id, before any request', async () => {
    const crafted = '3f6c2a1e-victim/../../../accounts/victim-team/env/SECRET?x='
    const dataset = await copyBundledDataset((documents) => documents.map((document) => (document._id === 'clinic.nour-cairo' ? {...document, netlifySiteId: crafted} : document)))
    const env = {NETLIFY_AUTH_TOKEN: 'cli-token', NETLIFY_API_URL: api.url}
    const before = api.requests.length
    const fromContent = await sanad(['deploy', '--clinic', 'nour-cairo', '--out', outDir, '--dataset', dataset], env)
    expect(fromContent.code).toBe(2)
    expect(fromContent.stderr).toContain(`NETLIFY_CONFIG_INVALID: Clinic "nour-cairo" has netlifySiteId ${JSON.stringify(crafted)}, which is not a Netlify site id`)
    const fromFlag = await sanad(['deploy', '--clinic', 'nour-cairo', '--out', outDir, '--site', '../accounts/x'], env)
    expect(fromFlag.code).toBe(2)
    expect(fromFlag.stderr).toContain('NETLIFY_CONFIG_INVALID: --site is "../accounts/x", which is not a Netlify site id')
    expect(api.requests.slice(before)).toEqual([])
    await rm(dataset, {recursive: true, force: true})
  })
})
