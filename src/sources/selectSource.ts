// Chooses where content comes from: the Sanity Content Lake when SANITY_PROJECT_ID is set, otherwise
// a dataset export on disk (the repository's bundled `dataset/` unless --dataset names another).
import {fileURLToPath} from 'node:url'
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

export const selectSource = async (env: Env, options: SelectSourceOptions = {}): Promise<ContentSource> => {
  if (options.datasetPath) return openLocalSource(options.datasetPath)
  // Imported only when used: @sanity/client and its dependencies are ~25 MB of a build from an export.
  if (env.SANITY_PROJECT_ID?.trim()) {
    const config = parseSanityEnv(env)
    const {createSanitySource} = await import('./sanity/sanitySource.ts')
    return createSanitySource(config, options)
  }
  return openLocalSource(options.bundledDatasetPath ?? BUNDLED_DATASET_PATH)
}
