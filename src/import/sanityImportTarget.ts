// Where `sanad import --to-sanity` writes: the project and dataset named by the same variables every
// command reads, with SANITY_WRITE_TOKEN. Pure: the CLI passes the environment in. Every missing or
// invalid variable is named at once, with what to do for an import (not for reading: there is no
// bundled dataset to fall back to).
import {SanadError} from '../errors/catalog.ts'
import {tokenCharacterProblem} from '../errors/tokenCharacterProblem.ts'
import {refuseMisspelledEnvVariables} from '../sources/misspelledEnvVariables.ts'
import {checkSanityEnv, type Env, type SanityConfig} from '../sources/sanity/sanityEnv.ts'

export interface SanityImportTarget {
  config: SanityConfig
  writeToken: string
}

const IMPORT_ENV_HINT =
  'Set or fix the variables named above: SANITY_PROJECT_ID and SANITY_DATASET name the project and dataset to create the drafts in, SANITY_WRITE_TOKEN holds an Editor token of that project (sanity.io/manage → API → Tokens). Or pass --dataset <data.ndjson> instead of --to-sanity to add the drafts to a dataset export.'

/** @throws SanadError ENV_INVALID naming every variable to set or fix. */
export const sanityImportTarget = (env: Env): SanityImportTarget => {
  refuseMisspelledEnvVariables(env)
  // The read token plays no part in a write; a malformed one must not stop the import.
  const checked = checkSanityEnv({...env, SANITY_READ_TOKEN: undefined})
  const writeToken = env.SANITY_WRITE_TOKEN?.trim()
  const tokenProblem = writeToken
    ? tokenCharacterProblem('SANITY_WRITE_TOKEN', writeToken, 'sanity.io/manage → API → Tokens')
    : 'SANITY_WRITE_TOKEN is not set: --to-sanity needs an Editor token (sanity.io/manage → API → Tokens).'
  const issues = [...('issues' in checked ? checked.issues : []), ...(tokenProblem ? [tokenProblem] : [])]
  if ('config' in checked && writeToken && !tokenProblem) return {config: checked.config, writeToken}
  throw new SanadError('ENV_INVALID', issues.join('\n'), {hint: IMPORT_ENV_HINT})
}
