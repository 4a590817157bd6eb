// Chooses where content comes from: the Sanity Content Lake when SANITY_PROJECT_ID is set, otherwise
// a dataset export on disk (the repository's bundled `dataset/` unless --dataset names another).
import {fileURLToPath} from 'node:url'
import {SanadError} from '../errors/catalog.ts'
import type {ContentSource} from './contentSource.ts'
import {openLocalSource} from './local/localSource.ts'
import {parseSanityEnv, type Env} from './sanity/sanityEnv.ts'
import type {SanitySourceOptions} from './sanity/sanitySource.ts'

export const BUNDLED_DATASET_PATH = fileURLToPath(new URL('../../dataset/', import.meta.url))

export interface SelectSourceOptions extends SanitySourceOptions {
  /** --dataset: an explicit export wins over SANITY_PROJECT_ID, since the user named it on this run. */
  datasetPath?: string
  /** Where the bundled dataset lives; tests point it elsewhere. */
  bundledDatasetPath?: string
}

// Set without SANITY_PROJECT_ID, any of these says the operator meant a Sanity project: building the
// bundled sample instead would publish fictional articles, reviewers and licences as theirs.
const SANITY_ONLY_VARIABLES = ['SANITY_DATASET', 'SANITY_READ_TOKEN', 'SANITY_API_VERSION', 'SANITY_API_HOST'] as const

export const selectSource = async (env: Env, options: SelectSourceOptions = {}): Promise<ContentSource> => {
  if (options.datasetPath) return openLocalSource(options.datasetPath)
  // Imported only when used: @sanity/client and its dependencies are ~25 MB of a build from an export.
  if (env.SANITY_PROJECT_ID?.trim()) {
    const config = parseSanityEnv(env)
    const {createSanitySource} = await import('./sanity/sanitySource.ts')
    return createSanitySource(config, options)
  }
  // Empty is how many shells and CI forms unset a variable; blanks are a value typed wrong.
  if (env.SANITY_PROJECT_ID && !env.SANITY_PROJECT_ID.trim()) {
    throw new SanadError('ENV_INVALID', 'SANITY_PROJECT_ID is set to blanks only: set it to the project id shown at sanity.io/manage, or unset it to build the bundled sample dataset.')
  }
  const meantSanity = SANITY_ONLY_VARIABLES.filter((name) => env[name]?.trim())
  if (meantSanity.length > 0) {
    const unset = meantSanity.join(' and ')
    // The catalog's hint ("unset SANITY_PROJECT_ID") would be backwards here: it is the one not set.
    throw new SanadError(
      'ENV_INVALID',
      `${meantSanity.join(', ')} ${meantSanity.length === 1 ? 'is' : 'are'} set but SANITY_PROJECT_ID is not: set SANITY_PROJECT_ID to the project id shown at sanity.io/manage, ` +
        `or unset ${unset} to build the bundled sample dataset.`,
      {
        hint: `To read the Content Lake, set SANITY_PROJECT_ID to the project id shown at sanity.io/manage (see "Connecting to a real Sanity project" in README.md); to use the bundled sample dataset, unset ${unset}.`,
      },
    )
  }
  return openLocalSource(options.bundledDatasetPath ?? BUNDLED_DATASET_PATH)
}
