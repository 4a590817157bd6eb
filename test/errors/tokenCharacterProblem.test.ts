// A token pasted with a quote, a letter or a space around or inside it: named with the variable and
// the character, where the request it went into failed as a header and read as a network failure.
import {describe, expect, it} from 'vitest'
import {tokenCharacterProblem} from '../../src/errors/tokenCharacterProblem.ts'
import {createNetlifyClient} from '../../src/deploy/netlifyClient.ts'
import {sanityImportTarget} from '../../src/import/sanityImportTarget.ts'
import {parseSanityEnv} from '../../src/sources/sanity/sanityEnv.ts'

const WHERE = 'sanity.io/manage → API → Tokens'

describe('tokenCharacterProblem', () => {
  it.each<[token: string, problem: string | undefined]>([
    ['skA1b2C3d4', undefined],
    ['nfp_Ab1-cd_2.x~', undefined],
    ['“skA1b2”', 'holds "“" (U+201C) at character 1'],
    ['skA1b2’', 'holds "’" (U+2019) at character 7'],
    ['"skA1b2"', 'holds """ (U+0022) at character 1'],
    ["'skA1b2'", `holds "'" (U+0027) at character 1`],
    ['skتA1', 'holds "ت" (U+062A) at character 3'],
    ['sk\u200BA1', 'holds "\u200B" (U+200B) at character 3'],
    ['sk A1', 'holds a space or line break (U+0020) at character 3'],
  ])('%s: %s', (token, problem) => {
    const said = tokenCharacterProblem('SANITY_READ_TOKEN', token, WHERE)
    if (problem === undefined) expect(said).toBeUndefined()
    else expect(said).toBe(`SANITY_READ_TOKEN ${problem}, which no token has (a quote or something else pasted with it): set it to the token alone, as ${WHERE} shows it.`)
  })
})

describe('each token variable is refused with what it holds, before any request', () => {
  const sanity = {SANITY_PROJECT_ID: 'sanad42', SANITY_DATASET: 'production'}

  it.each<[variable: string, run: () => unknown, code: string]>([
    ['SANITY_READ_TOKEN', () => parseSanityEnv({...sanity, SANITY_READ_TOKEN: '“skA1b2”'}), 'ENV_INVALID'],
    ['SANITY_WRITE_TOKEN', () => sanityImportTarget({...sanity, SANITY_WRITE_TOKEN: '“skA1b2”'}), 'ENV_INVALID'],
    ['NETLIFY_AUTH_TOKEN', () => createNetlifyClient({NETLIFY_AUTH_TOKEN: '“nfp_A1b2”'}), 'NETLIFY_CONFIG_INVALID'],
  ])('%s', (variable, run, code) => {
    expect(run).toThrow(expect.objectContaining({code, message: expect.stringContaining(`${variable} holds "“" (U+201C) at character 1, which no token has`)}))
  })
})
