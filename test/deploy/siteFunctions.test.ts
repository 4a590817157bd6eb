// The functions `sanad deploy` ships: netlify.toml's [functions] read into zip-it-and-ship-it's
// settings (and refused where they say what it would not honour), and the repository's webhook
// receiver zipped as Netlify's builders zip it, an archive whose function runs.
import {spawnSync} from 'node:child_process'
import {createHash} from 'node:crypto'
import {mkdir, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {dirname, join, resolve} from 'node:path'
import {pathToFileURL} from 'node:url'
import {unzipSync} from 'fflate'
import {afterAll, beforeAll, describe, expect, it, vi} from 'vitest'
import {readFunctionsConfig, zipSiteFunctions, type FunctionsConfig, type SiteFunction} from '../../src/deploy/siteFunctions.ts'
import {removedAfterEach, tempDir} from '../support/bundledDataset.ts'

const REPOSITORY_CONFIG = resolve('netlify.toml')
const removeAfterEach = removedAfterEach()

/** A netlify.toml with `toml` in a fresh folder, and the function files given, under fns/. */
const project = async (toml: string, files: Record<string, string> = {}): Promise<string> => {
  const dir = await tempDir('sanad-functions-')
  removeAfterEach(dir)
  await writeFile(join(dir, 'netlify.toml'), toml)
  for (const [name, text] of Object.entries(files)) {
    await mkdir(dirname(join(dir, 'fns', name)), {recursive: true})
    await writeFile(join(dir, 'fns', name), text)
  }
  return join(dir, 'netlify.toml')
}

describe('readFunctionsConfig', () => {
  it("reads the repository's [functions] with the builds' Node version", async () => {
    expect(await readFunctionsConfig(REPOSITORY_CONFIG)).toEqual({
      directory: resolve('netlify/functions'),
      directoryFrom: '[functions] directory',
      config: {'*': {nodeVersion: '24'}},
    })
  })

  it.each<[string, string, (Omit<FunctionsConfig, 'directoryFrom'> & Partial<FunctionsConfig>) | string]>([
    // Netlify's builders zip the functions of netlify/functions when netlify.toml names no folder, and take [build] functions for one.
    ['no [functions]', '[build]\n  publish = "site"\n', {directory: 'netlify/functions', directoryFrom: 'default', config: {'*': {}}}],
    ['[functions] without a folder', '[functions]\n  node_bundler = "esbuild"\n', {directory: 'netlify/functions', directoryFrom: 'default', config: {'*': {nodeBundler: 'esbuild'}}}],
    ['the folder in [build] functions', '[build]\n  functions = "fns"\n[functions]\n  node_bundler = "esbuild"\n', {directory: 'fns', directoryFrom: '[build] functions', config: {'*': {nodeBundler: 'esbuild'}}}],
    ['[functions] directory over [build] functions', '[build]\n  functions = "old"\n[functions]\n  directory = "fns"\n', {directory: 'fns', config: {'*': {}}}],
    [
      'one function\'s own table',
      '[functions]\n  directory = "fns"\n  included_files = ["data/*.json"]\n[functions."sanity-webhook"]\n  schedule = "@hourly"\n  external_node_modules = ["x"]\n',
      {directory: 'fns', config: {'*': {includedFiles: ['data/*.json']}, 'sanity-webhook': {schedule: '@hourly', externalNodeModules: ['x']}}},
    ],
    // Netlify's builders read [functions] and [functions."*"] as one table for every function, the latter's settings first.
    [
      'a [functions."*"] table',
      '[build.environment]\n  NODE_VERSION = "24"\n[functions]\n  directory = "fns"\n  node_bundler = "esbuild"\n  included_files = ["a/*"]\n[functions."*"]\n  included_files = ["data/*.json"]\n  external_node_modules = ["x"]\n',
      {directory: 'fns', config: {'*': {nodeVersion: '24', nodeBundler: 'esbuild', includedFiles: ['data/*.json'], externalNodeModules: ['x']}}},
    ],
    // The functions' runtime as Netlify's builders pick it: AWS_LAMBDA_JS_RUNTIME over the builds' Node version.
    [
      'a functions runtime of its own',
      '[build.environment]\n  NODE_VERSION = "24"\n  AWS_LAMBDA_JS_RUNTIME = "nodejs22.x"\n[functions]\n  directory = "fns"\n',
      {directory: 'fns', config: {'*': {nodeVersion: 'nodejs22.x'}}},
    ],
    // A context that leaves the functions alone (a build command, another variable) is no concern of the deploy's.
    ['a context with other settings', '[functions]\n  directory = "fns"\n[context.production]\n  command = "npm run build"\n  [context.production.environment]\n    SANITY_DATASET = "production"\n', {directory: 'fns', config: {'*': {}}}],
    ['a setting it does not know', '[functions]\n  directory = "fns"\n  memory = 1024\n', '[functions] has "memory", which sanad deploy does not know how to bundle a function with'],
    // Not Netlify's: its builders ignore them in a function's table, and take them for a function's name in [functions].
    ['a timeout', '[functions]\n  directory = "fns"\n  timeout = 26\n', '[functions] has "timeout", which sanad deploy does not know how to bundle a function with'],
    ['a Node version of one function', '[functions]\n  directory = "fns"\n[functions.hook]\n  node_version = "22"\n', '[functions."hook"] has "node_version"'],
    ['one in a function\'s table', '[functions]\n  directory = "fns"\n[functions.hook]\n  region = "fra"\n', '[functions."hook"] has "region"'],
    // Netlify's builders refuse these; zip-it-and-ship-it would ignore the first and fail obscurely on the rest.
    ['a list that is a string', '[functions]\n  directory = "fns"\n  external_node_modules = "@sanity/client"\n', `[functions] external_node_modules is "@sanity/client", not what Netlify's builders take: Invalid input: expected array, received string.`],
    ['a bundler Netlify has not', '[functions]\n  directory = "fns"\n  node_bundler = "esbulid"\n', `[functions] node_bundler is "esbulid", not what Netlify's builders take: Invalid option: expected one of "esbuild"|"nft"|"zisi"|"none".`],
    ['included files as one glob', '[functions]\n  directory = "fns"\n[functions.hook]\n  included_files = "data/*.json"\n', `[functions."hook"] included_files is "data/*.json", not what Netlify's builders take: Invalid input: expected array, received string.`],
    ['a schedule that is a number', '[functions]\n  directory = "fns"\n[functions.hook]\n  schedule = 5\n', `[functions."hook"] schedule is 5, not what Netlify's builders take: Invalid input: expected string, received number.`],
    ['a folder that is no path', '[functions]\n  directory = 3\n', '[functions] directory is not a path.'],
    ['a [build] functions that is no path', '[build]\n  functions = ["fns"]\n', '[build] functions is not a path.'],
    ['TOML it cannot read', '[functions\n  directory = "fns"\n', 'could not be read as TOML'],
    // Netlify's builders read these over the rest; sanad deploy, reading no context, would zip otherwise.
    ['a base folder', '[build]\n  base = "site"\n[functions]\n  directory = "fns"\n', '[build] base is "site": Netlify\'s builders then read the functions folder from there'],
    ['a production context\'s functions', '[functions]\n  directory = "fns"\n[context.production.functions]\n  node_bundler = "nft"\n', '[context.production] sets functions for its deploys, which sanad deploy does not apply'],
    ['a branch context\'s folder and runtime', '[functions]\n  directory = "fns"\n[context.staging]\n  functions = "other"\n  [context.staging.environment]\n    NODE_VERSION = "22"\n', '[context.staging] sets functions and environment NODE_VERSION for its deploys'],
  ])('%s', async (_, toml, expected) => {
    const configFile = await project(toml)
    if (typeof expected === 'string') {
      await expect(readFunctionsConfig(configFile)).rejects.toMatchObject({code: 'NETLIFY_FUNCTION_BUILD_FAILED', message: expect.stringContaining(`${configFile}: ${expected}`)})
      return
    }
    const read = await readFunctionsConfig(configFile)
    expect(read).toEqual({directoryFrom: '[functions] directory', ...expected, directory: join(dirname(configFile), expected.directory)})
  })
})

describe('zipSiteFunctions', () => {
  let functions: SiteFunction[]
  let unpacked: string
  beforeAll(async () => {
    functions = await zipSiteFunctions(REPOSITORY_CONFIG)
    unpacked = await tempDir('sanad-function-zip-')
    for (const [name, bytes] of Object.entries(unzipSync(functions[0]!.bytes))) {
      if (name.endsWith('/')) continue
      await mkdir(dirname(join(unpacked, name)), {recursive: true})
      await writeFile(join(unpacked, name), bytes)
    }
  }, 60_000)
  afterAll(async () => {
    vi.unstubAllEnvs()
    await rm(unpacked, {recursive: true, force: true})
  })

  it('zips the webhook receiver as Netlify runs a v2 function: streamed, on Node 24, at /hooks/sanity', () => {
    expect(functions.map(({bytes, sha256, config, ...rest}) => ({...rest, config: config && {routes: config.routes}}))).toEqual([
      {name: 'sanity-webhook', runtime: 'nodejs24.x', invocationMode: 'stream', config: {routes: [{pattern: '/hooks/sanity', literal: '/hooks/sanity', methods: []}]}},
    ])
    expect(functions[0]!.sha256).toBe(createHash('sha256').update(functions[0]!.bytes).digest('hex'))
  })

  it("holds Netlify's entry point, the bundle and @sanity/client as a module beside it, as zip-it-and-ship-it ships a v2 function's packages", async () => {
    const entry = await readFile(join(unpacked, '___netlify-entry-point.mjs'), 'utf8')
    expect(entry).toContain('___netlify-bootstrap.mjs')
    expect(JSON.parse(await readFile(join(unpacked, 'node_modules/@sanity/client/package.json'), 'utf8')).name).toBe('@sanity/client')
    // Bundled: the project's own modules are inside the function's file, not beside it.
    expect(await readFile(join(unpacked, 'netlify/functions/sanity-webhook.mjs'), 'utf8')).toContain('WEBHOOK_CONFIG_INVALID')
  })

  it('ships a function that runs: the bundle, loaded from the archive, refuses an unsigned delivery', async () => {
    vi.stubEnv('SANITY_WEBHOOK_SECRET', 'a-secret-of-the-webhook')
    vi.stubEnv('SANAD_BUILD_HOOKS', JSON.stringify({'nour-cairo': 'https://api.netlify.com/build_hooks/0123456789abcdef01234567'}))
    const {default: receive} = (await import(pathToFileURL(join(unpacked, 'netlify/functions/sanity-webhook.mjs')).href)) as {default: (request: Request) => Promise<Response>}
    const response = await receive(new Request('https://nour-cairo.example/hooks/sanity', {method: 'POST', body: '{"_id":"article.x"}', headers: {'content-type': 'application/json'}}))
    expect([response.status, await response.json()]).toEqual([401, {error: 'signature-missing'}])
  })

  // Dropped, a rate limit the function declares would not guard it once deployed.
  it("sends the region, memory and rate limit a function declares in functions_config, as Netlify's CLI does", async () => {
    const configFile = await project('[functions]\n  directory = "fns"\n', {
      'limited.mjs': "export default async () => new Response('ok')\nexport const config = {path: '/limited', region: 'fra', memory: '2gb', rateLimit: {windowLimit: 60, windowSize: 30, aggregateBy: ['ip', 'domain']}}\n",
    })
    const [limited] = await zipSiteFunctions(configFile)
    expect(limited!.config).toMatchObject({
      region: 'fra',
      memory: 2048,
      traffic_rules: {action: {type: 'rate_limit', config: {rate_limit_config: {algorithm: 'sliding_window', window_size: 30, window_limit: 60}, aggregate: {keys: [{type: 'ip'}, {type: 'domain'}]}}}},
    })
  })

  // Netlify's builders and CLI take an empty schedule for none; sent, it would be a cron of ''.
  it.each([
    ['@hourly', '@hourly'],
    ['', undefined],
  ])('schedules a function whose netlify.toml schedule is %j as %s', async (schedule, expected) => {
    const configFile = await project(`[functions]\n  directory = "fns"\n[functions.hook]\n  schedule = ${JSON.stringify(schedule)}\n`, {'hook.mjs': 'export default async () => {}\n'})
    const [hook] = await zipSiteFunctions(configFile)
    expect(hook!.schedule).toBe(expected)
  })

  it('zips none when netlify.toml names no functions folder and netlify/functions is not there', async () => {
    expect(await zipSiteFunctions(await project('[build]\n  publish = "site"\n'))).toEqual([])
  })

  it("zips the functions of Netlify's default folder, netlify/functions, when netlify.toml names none", async () => {
    const configFile = await project('[build]\n  publish = "site"\n')
    await mkdir(join(dirname(configFile), 'netlify/functions'), {recursive: true})
    await writeFile(join(dirname(configFile), 'netlify/functions/hook.mjs'), "export default async () => new Response('ok')\n")
    expect((await zipSiteFunctions(configFile)).map(({name}) => name)).toEqual(['hook'])
  })

  // Ctrl+C while bundling ends the deploy without its clean-up: the next deploy removes what it left.
  // zip-it-and-ship-it's esbuild bundler leaves an empty folder of its own for a v1 function.
  it.each([
    ['a v2 function', '', {'hook.mjs': "export default async () => new Response('ok')\n"}],
    ['a v1 function bundled with esbuild', '  node_bundler = "esbuild"\n', {'hook.js': "exports.handler = async () => ({statusCode: 200, body: 'ok'})\n"}],
  ])('removes the bundling folder a stopped deploy left, and leaves nothing in the temp folder, for %s', async (_, settings, files) => {
    const configFile = await project(`[functions]\n  directory = "fns"\n${settings}`, files)
    const tmp = await tempDir('sanad-deploy-tmp-')
    removeAfterEach(tmp)
    vi.stubEnv('TMPDIR', tmp)
    try {
      const stopped = join(tmp, `sanad-functions-${spawnSync(process.execPath, ['-e', '']).pid}-aB3xYz`)
      await mkdir(join(stopped, 'hook'), {recursive: true})
      await writeFile(join(stopped, 'hook.zip'), 'PK')
      expect((await zipSiteFunctions(configFile)).map(({name}) => name)).toEqual(['hook'])
      expect(await readdir(tmp)).toEqual([])
    } finally {
      vi.unstubAllEnvs()
    }
  })

  // Zipped as none, the deploy would take the webhook receiver off the site it replaces.
  it('fails, naming the folder, when the functions folder netlify.toml names is not there', async () => {
    const configFile = await project('[functions]\n  directory = "netlify/functoins"\n')
    await expect(zipSiteFunctions(configFile)).rejects.toMatchObject({
      code: 'NETLIFY_FUNCTION_BUILD_FAILED',
      message: `${configFile}: [functions] directory is ${join(dirname(configFile), 'netlify/functoins')}, which is not a folder: a deploy without the functions would take them off the site. Fix the path, or remove it if the site has no functions.`,
    })
  })

  // esbuild reports a place; zip-it-and-ship-it's own bundler (the default for a v1 function) says
  // the file on one line and the cause on the next.
  it.each<[string, string, Record<string, string>, (fns: string) => string]>([
    [
      'esbuild',
      '  node_bundler = "esbuild"\n',
      {'broken.ts': "import {missing} from './nowhere.ts'\nexport default () => new Response(missing)\n"},
      (fns) => `function "broken": ${join(fns, 'broken.ts')}:1:22: Could not resolve "./nowhere.ts"`,
    ],
    [
      'the default bundler',
      '',
      {'legacy.js': "const {missing} = require('./nowhere.js')\nexports.handler = async () => ({statusCode: 200, body: missing})\n"},
      (fns) => `In file "${join(fns, 'legacy.js')}": Cannot find module './nowhere.js' from '${fns}'`,
    ],
  ])('fails, naming the folder, the file and the cause, when a function does not build with %s', async (_, settings, files, problem) => {
    const configFile = await project(`[functions]\n  directory = "fns"\n${settings}`, files)
    const fns = join(dirname(configFile), 'fns')
    await expect(zipSiteFunctions(configFile)).rejects.toMatchObject({code: 'NETLIFY_FUNCTION_BUILD_FAILED', message: `Bundling the functions in ${fns} failed: ${problem(fns)}`})
  })
})
