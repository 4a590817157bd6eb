// parseSanityEnv: valid environments become a SanityConfig; each invalid one is ENV_INVALID naming the variable.
import {describe, expect, it} from 'vitest'
import {isSanadError} from '../../src/errors/catalog.ts'
import {DEFAULT_SANITY_API_VERSION, parseSanityEnv, type Env} from '../../src/sources/sanity/sanityEnv.ts'

const base = {SANITY_PROJECT_ID: 'sanad42', SANITY_DATASET: 'production'}

describe('ok', () => {
  it.each<[string, Env, ReturnType<typeof parseSanityEnv>]>([
    ['defaults the API version', base, {projectId: 'sanad42', dataset: 'production', apiVersion: DEFAULT_SANITY_API_VERSION}],
    [
      'reads every variable',
      {
        ...base,
        SANITY_API_VERSION: '2026-01-15',
        SANITY_READ_TOKEN: 'skTok3n',
        SANITY_API_HOST: 'http://127.0.0.1:3333/',
      },
      {projectId: 'sanad42', dataset: 'production', apiVersion: '2026-01-15', token: 'skTok3n', apiHost: 'http://127.0.0.1:3333'},
    ],
    ['accepts a dataset alias', {...base, SANITY_DATASET: '~production'}, {projectId: 'sanad42', dataset: '~production', apiVersion: DEFAULT_SANITY_API_VERSION}],
    ['accepts a leading v and vX', {...base, SANITY_API_VERSION: 'vX'}, {projectId: 'sanad42', dataset: 'production', apiVersion: 'X'}],
    ['accepts v-prefixed dates', {...base, SANITY_API_VERSION: 'v2025-02-19'}, {projectId: 'sanad42', dataset: 'production', apiVersion: '2025-02-19'}],
    [
      'treats empty strings as unset',
      {...base, SANITY_API_VERSION: '', SANITY_READ_TOKEN: ' ', SANITY_API_HOST: ''},
      {projectId: 'sanad42', dataset: 'production', apiVersion: DEFAULT_SANITY_API_VERSION},
    ],
  ])('%s', (_, env, expected) => {
    expect(parseSanityEnv(env)).toEqual(expected)
  })
})

describe('not ok', () => {
  it.each<[string, Env, string]>([
    ['missing project id', {SANITY_DATASET: 'production'}, 'SANITY_PROJECT_ID is not set'],
    ['upper-case project id', {...base, SANITY_PROJECT_ID: 'Sanad42'}, 'SANITY_PROJECT_ID must be lowercase a-z, 0-9 and dashes'],
    ['project id with a dot', {...base, SANITY_PROJECT_ID: 'sanad.42'}, 'SANITY_PROJECT_ID must be lowercase a-z, 0-9 and dashes'],
    ['missing dataset', {SANITY_PROJECT_ID: 'sanad42'}, 'SANITY_DATASET is not set'],
    ['dataset with spaces', {...base, SANITY_DATASET: 'my data'}, 'SANITY_DATASET must be a dataset name'],
    ['API version not a date', {...base, SANITY_API_VERSION: '19-02-2025'}, 'SANITY_API_VERSION must be a date YYYY-MM-DD'],
    ['API version impossible date', {...base, SANITY_API_VERSION: '2025-02-30'}, 'SANITY_API_VERSION must be a date YYYY-MM-DD'],
    ['API version v1', {...base, SANITY_API_VERSION: 'v1'}, "SANITY_API_VERSION=v1 is Sanity's first API version, which cannot keep drafts out of query results: set a date version such as"],
    ['API version 1, without its v', {...base, SANITY_API_VERSION: '1'}, "SANITY_API_VERSION=v1 is Sanity's first API version"],
    ['API version before perspectives', {...base, SANITY_API_VERSION: '2021-03-24'}, 'SANITY_API_VERSION must be 2021-03-25 or later'],
    ['token with whitespace', {...base, SANITY_READ_TOKEN: 'sk abc'}, 'SANITY_READ_TOKEN must be a single token'],
    ['API host not a URL', {...base, SANITY_API_HOST: '127.0.0.1:3333'}, 'SANITY_API_HOST must be an http(s) URL'],
    ['API host with a path', {...base, SANITY_API_HOST: 'http://127.0.0.1:3333/v1'}, 'SANITY_API_HOST must be only a scheme, host and port'],
    ['project id pasted with a space before it', {...base, SANITY_PROJECT_ID: ' sanad42'}, 'SANITY_PROJECT_ID has a space or line break before or after it'],
    ['dataset pasted with a line break after it', {...base, SANITY_DATASET: 'production\n'}, 'SANITY_DATASET has a space or line break before or after it'],
  ])('%s', (_, env, message) => {
    let caught: unknown
    try {
      parseSanityEnv(env)
    } catch (error) {
      caught = error
    }
    expect(isSanadError(caught) && caught.code).toBe('ENV_INVALID')
    expect((caught as Error).message).toContain(message)
  })

  it('lists every invalid variable at once', () => {
    expect(() => parseSanityEnv({SANITY_PROJECT_ID: 'X', SANITY_API_VERSION: 'tomorrow'})).toThrow(
      /SANITY_PROJECT_ID must be[^\n]*\nSANITY_DATASET is not set[^\n]*\nSANITY_API_VERSION must be a date/,
    )
  })

  it('says one thing per invalid variable', () => {
    expect(() => parseSanityEnv({...base, SANITY_API_VERSION: '19-02-2025'})).toThrow(
      /^SANITY_API_VERSION must be a date YYYY-MM-DD \(e\.g\. 2025-02-19\) or "vX"; leave it unset to use 2025-02-19\.$/,
    )
    // Not http(s) at all: nothing about a path, which it does not have.
    expect(() => parseSanityEnv({...base, SANITY_API_HOST: 'ftp://x'})).toThrow(
      /^SANITY_API_HOST must be an http\(s\) URL such as http:\/\/127\.0\.0\.1:3333 \(only for tests and proxies; leave it unset otherwise\)\.$/,
    )
    expect(() => parseSanityEnv({...base, SANITY_PROJECT_ID: ' sanad42'})).toThrow(/^SANITY_PROJECT_ID has a space or line break before or after it: [^\n]*$/)
  })
})
