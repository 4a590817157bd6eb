// Chooses where content comes from: the Sanity Content Lake when SANITY_PROJECT_ID is set, otherwise
// a dataset export on disk (the repository's bundled `dataset/` unless --dataset names another).
import {fileURLToPath} from 'node:url'
import {SanadError} from '../errors/catalog.ts'
import type {ContentSource} from './contentSource.ts'
import {openLocalSource} from './local/localSource.ts'
import {locateDataset} from './local/locateDataset.ts'
import {refuseMisspelledEnvVariables} from './misspelledEnvVariables.ts'
import {parseSanityEnv, type Env, type SanityConfig} from './sanity/sanityEnv.ts'
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

/** Where content comes from, decided from the environment and the options alone (ENV_INVALID when they contradict). */
type ChosenSource = {kind: 'local'; path: string} | {kind: 'sanity'; config: SanityConfig}

const chooseSource = (env: Env, options: SelectSourceOptions): ChosenSource => {
  refuseMisspelledEnvVariables(env)
  if (options.datasetPath) return {kind: 'local', path: options.datasetPath}
  if (env.SANITY_PROJECT_ID?.trim()) return {kind: 'sanity', config: parseSanityEnv(env)}
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
  return {kind: 'local', path: options.bundledDatasetPath ?? BUNDLED_DATASET_PATH}
}

export const selectSource = async (env: Env, options: SelectSourceOptions = {}): Promise<ContentSource> => {
  const chosen = chooseSource(env, options)
  if (chosen.kind === 'local') return openLocalSource(chosen.path)
  // Imported only when used: @sanity/client and its dependencies are ~25 MB of a build from an export.
  const {createSanitySource} = await import('./sanity/sanitySource.ts')
  return createSanitySource(chosen.config, options)
}

/**
 * Fails as selectSource would for an environment that contradicts itself or no dataset at the path,
 * without reading any content: for a process that opens the source on every run (the scheduler), so
 * it can refuse at start what no later run could open, without loading the dataset one extra time.
 * The Content Lake is not asked anything, as opening a Sanity source asks it nothing.
 */
export const checkSource = async (env: Env, options: SelectSourceOptions = {}): Promise<void> => {
  const chosen = chooseSource(env, options)
  // An archive is extracted to be located; release() removes it again.
  if (chosen.kind === 'local') await (await locateDataset(chosen.path)).release()
}
