// misspelledEnvVariables: a SANITY_*/SANAD_*/NETLIFY_* variable one slip away from a name Sanad reads
// is refused, naming the one it was meant to be; the Studio's, Netlify's and other tools' variables
// are left alone.
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {isSanadError} from '../../src/errors/catalog.ts'
import {sanityImportTarget} from '../../src/import/sanityImportTarget.ts'
import {createNetlifyClient} from '../../src/deploy/netlifyClient.ts'
import {NETLIFY_OWN_ENV_VARIABLES, SANAD_ENV_VARIABLES, SANAD_NETLIFY_ENV_VARIABLES} from '../../src/sources/envVariableNames.ts'
import {misspelledEnvVariables, NETLIFY_FAMILY} from '../../src/sources/misspelledEnvVariables.ts'
import {checkSource, selectSource} from '../../src/sources/selectSource.ts'

describe('misspelledEnvVariables', () => {
  it.each<[name: string, env: Record<string, string | undefined>, expected: {name: string; meant: string}[]]>([
    ['an underscore dropped', {SANITY_PROJECTID: 'abc'}, [{name: 'SANITY_PROJECTID', meant: 'SANITY_PROJECT_ID'}]],
    ['a letter dropped', {SANITY_DATSET: 'production'}, [{name: 'SANITY_DATSET', meant: 'SANITY_DATASET'}]],
    ['two letters swapped', {SANITY_DATAEST: 'production'}, [{name: 'SANITY_DATAEST', meant: 'SANITY_DATASET'}]],
    ['a letter dropped from a SANAD_ name', {SANAD_CLINC: 'nour-cairo'}, [{name: 'SANAD_CLINC', meant: 'SANAD_CLINIC'}]],
    ['a letter added', {SANITY_READ_TOKENS: 'sk'}, [{name: 'SANITY_READ_TOKENS', meant: 'SANITY_READ_TOKEN'}]],
    ['lowercase', {sanity_project_id: 'abc'}, [{name: 'sanity_project_id', meant: 'SANITY_PROJECT_ID'}]],
    ['two edits', {SANITY_API_VERSON: 'x', SANITY_WEBHOOK_SECRT: 'y'}, [{name: 'SANITY_API_VERSON', meant: 'SANITY_API_VERSION'}, {name: 'SANITY_WEBHOOK_SECRT', meant: 'SANITY_WEBHOOK_SECRET'}]],
    ['the names Sanad reads', Object.fromEntries(SANAD_ENV_VARIABLES.map((name) => [name, 'x'])), []],
    // The Studio's own, sent to the browser: SANITY_STUDIO_DATASET is no slip of SANITY_DATASET.
    ['the Studio\'s variables', {SANITY_STUDIO_PROJECT_ID: 'abc', SANITY_STUDIO_DATASET: 'production', SANITY_STUDIO_DATSET: 'production'}, []],
    ['other tools\' SANITY_ variables', {SANITY_AUTH_TOKEN: 'sk', SANITY_TELEMETRY_DISABLED: '1', SANITY_ACTIVE_ENV: 'staging', SANAD_TEST_TMPDIR: '/tmp'}, []],
    ['three edits away: another name', {SANITY_PROJECT: 'abc'}, []],
    ['set empty: changes nothing', {SANITY_DATSET: ''}, []],
    ['another prefix', {SANITYPROJECT_ID: 'abc', NETLIFY_AUTH_TOKEN: 'x'}, []],
  ])('%s', (_, env, expected) => {
    expect(misspelledEnvVariables(env)).toEqual(expected)
  })
})

describe('misspelledEnvVariables of NETLIFY_*', () => {
  it.each<[name: string, env: Record<string, string | undefined>, expected: {name: string; meant: string}[]]>([
    ['a letter dropped', {NETLIFY_AUTH_TOKN: 'nfp_x'}, [{name: 'NETLIFY_AUTH_TOKN', meant: 'NETLIFY_AUTH_TOKEN'}]],
    ['an underscore dropped', {NETLIFY_AUTHTOKEN: 'nfp_x'}, [{name: 'NETLIFY_AUTHTOKEN', meant: 'NETLIFY_AUTH_TOKEN'}]],
    ['two letters swapped, lowercase', {netlify_api_rul: 'http://127.0.0.1:1/api/v1'}, [{name: 'netlify_api_rul', meant: 'NETLIFY_API_URL'}]],
    ['two edits', {NETLIFY_AUTH_TOKENS: 'nfp_x', NETLIFY_APIURL: 'x'}, [{name: 'NETLIFY_AUTH_TOKENS', meant: 'NETLIFY_AUTH_TOKEN'}, {name: 'NETLIFY_APIURL', meant: 'NETLIFY_API_URL'}]],
    ['the names Sanad reads', Object.fromEntries(SANAD_NETLIFY_ENV_VARIABLES.map((name) => [name, 'x'])), []],
    // Set in every Netlify build and function, or read by Netlify's CLI: none is Sanad's slip.
    ['the names Netlify sets or reads', Object.fromEntries(NETLIFY_OWN_ENV_VARIABLES.map((name) => [name, 'x'])), []],
    // NETLIFY_SITEID is a slip of the CLI's NETLIFY_SITE_ID, which Sanad does not read (the clinic's netlifySiteId or --site says where).
    ['near only a name Sanad does not read', {NETLIFY_SITEID: 'x', NETLIFY_API_TOKEN: 'x'}, []],
    ['set empty: changes nothing', {NETLIFY_AUTH_TOKN: ''}, []],
    ['another family', {SANITY_DATSET: 'production'}, []],
  ])('%s', (_, env, expected) => {
    expect(misspelledEnvVariables(env, NETLIFY_FAMILY)).toEqual(expected)
  })
})

describe('every command reading the environment refuses one', () => {
  const message = 'SANITY_PROJECTID is set, but Sanad reads no variable of that name: did you mean SANITY_PROJECT_ID?'
  it.each<[string, () => unknown]>([
    ['selectSource (build, check, serve, deploy, review-report, npm start)', () => selectSource({SANITY_PROJECTID: 'abc'})],
    ['checkSource (schedule)', () => checkSource({SANITY_PROJECTID: 'abc'})],
    ['sanityImportTarget (import --to-sanity)', () => sanityImportTarget({SANITY_PROJECTID: 'abc', SANITY_DATASET: 'production', SANITY_WRITE_TOKEN: 'sk'})],
  ])('%s', async (_, run) => {
    const error = await Promise.resolve().then(run).catch((caught: unknown) => caught)
    expect(isSanadError(error) && [error.code, error.message, error.exitCode]).toEqual(['ENV_INVALID', message, 2])
  })
})

it('createNetlifyClient (deploy) refuses a misspelled NETLIFY_* before reading the token', () => {
  const error = (() => {
    try {
      return createNetlifyClient({NETLIFY_AUTH_TOKN: 'nfp_x'})
    } catch (caught) {
      return caught
    }
  })()
  expect(isSanadError(error) && [error.code, error.message, error.exitCode]).toEqual(['ENV_INVALID', 'NETLIFY_AUTH_TOKN is set, but Sanad reads no variable of that name: did you mean NETLIFY_AUTH_TOKEN?', 2])
})

// The one list is measured against: a variable the code reads but the list lacks would be refused as a slip.
it('SANAD_ENV_VARIABLES and SANAD_NETLIFY_ENV_VARIABLES name every SANITY_*/SANAD_*/NETLIFY_* variable the code and netlify.toml read', async () => {
  const root = new URL('../../', import.meta.url).pathname
  const files = async (dir: string): Promise<string[]> =>
    (await readdir(join(root, dir), {recursive: true})).filter((file) => file.endsWith('.ts')).map((file) => join(root, dir, file))
  const paths = [...(await files('src')), ...(await files('scripts')), join(root, 'netlify.toml')]
  const read = new Set<string>()
  const readNetlify = new Set<string>()
  for (const path of paths) {
    const text = await readFile(path, 'utf8')
    // `env.NAME` in code, `$NAME` in netlify.toml's shell, and the keys of sanityEnv.ts's zod object.
    const reads = path.endsWith('sanityEnv.ts') ? /^\s+((?:SANITY|SANAD)_[A-Z_]+): /gm : /\benv\.((?:SANITY|SANAD)_[A-Z_]+)|\$\{?((?:SANITY|SANAD)_[A-Z_]+)/g
    for (const match of text.matchAll(reads)) {
      const name = match[1] ?? match[2]!
      if (!name.startsWith('SANITY_STUDIO_')) read.add(name)
    }
    // Code names NETLIFY_* constants in template strings (`${NETLIFY_SITE_ID_FORMAT…}`): `$NAME` only in netlify.toml.
    const netlifyReads = path.endsWith('.toml') ? /\$\{?(NETLIFY_[A-Z_]+)/g : /\benv\.(NETLIFY_[A-Z_]+)/g
    for (const match of text.matchAll(netlifyReads)) readNetlify.add(match[1]!)
  }
  expect([...read].sort()).toEqual([...SANAD_ENV_VARIABLES].sort())
  expect([...readNetlify].sort()).toEqual([...SANAD_NETLIFY_ENV_VARIABLES].sort())
})
