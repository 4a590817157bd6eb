// selectSource: Sanity when SANITY_PROJECT_ID is set, else the bundled dataset, and --dataset always wins.
import {mkdtemp, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, expect, it} from 'vitest'
import {isSanadError} from '../../src/errors/catalog.ts'
import {BUNDLED_DATASET_PATH, selectSource} from '../../src/sources/selectSource.ts'
import {allDocuments} from './fixtures/arabicDocuments.ts'
import {toNdjson, writeNdjson} from './fixtures/exportFixtures.ts'

let workDir: string
let bundled: string
let explicit: string

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'sanad-select-source-test-'))
  bundled = join(workDir, 'bundled')
  await writeNdjson(bundled, toNdjson(allDocuments))
  explicit = await writeNdjson(join(workDir, 'explicit'), toNdjson(allDocuments.slice(0, 1)))
})

afterAll(async () => {
  await rm(workDir, {recursive: true, force: true})
})

const sanityEnv = {SANITY_PROJECT_ID: 'sanad42', SANITY_DATASET: 'production'}

const describes = {
  bundled: () => `local dataset ${bundled} (10 documents, 3 drafts ignored)`,
  explicit: () => `local dataset ${explicit} (1 document, 0 drafts ignored)`,
  sanity: () => 'Sanity project sanad42, dataset production (API v2025-02-19, published perspective)',
}

it.each<[string, Record<string, string>, boolean, keyof typeof describes]>([
  ['no Sanity env: the bundled dataset', {}, false, 'bundled'],
  ['an empty SANITY_PROJECT_ID counts as unset', {SANITY_PROJECT_ID: ''}, false, 'bundled'],
  ['SANITY_PROJECT_ID set: Sanity', sanityEnv, false, 'sanity'],
  ['--dataset wins over SANITY_PROJECT_ID', sanityEnv, true, 'explicit'],
])('%s', async (_, env, withDatasetOption, expected) => {
  const source = await selectSource(env, {bundledDatasetPath: bundled, ...(withDatasetOption ? {datasetPath: explicit} : {})})
  try {
    expect(source.describe()).toBe(describes[expected]())
  } finally {
    await source.close()
  }
})

it('validates the Sanity env before anything else', async () => {
  const error = await selectSource({SANITY_PROJECT_ID: 'Bad_Id'}, {bundledDatasetPath: bundled}).catch((caught: unknown) => caught)
  expect(isSanadError(error) && error.code).toBe('ENV_INVALID')
  expect((error as Error).message).toContain('SANITY_PROJECT_ID must be lowercase')
})

// Without a project id the bundled sample would be built: fictional articles published as the clinic's.
it.each([
  [{SANITY_DATASET: 'production'}, 'SANITY_DATASET is set but SANITY_PROJECT_ID is not'],
  [{SANITY_DATASET: 'production', SANITY_READ_TOKEN: 'sk-x', SANITY_PROJECT_ID: ''}, 'SANITY_DATASET, SANITY_READ_TOKEN are set but SANITY_PROJECT_ID is not'],
  [{SANITY_API_HOST: 'http://127.0.0.1:3333'}, 'or unset SANITY_API_HOST to build the bundled sample dataset'],
  // Blanks are a value typed wrong, not an unset variable (an empty one is, above).
  [{SANITY_PROJECT_ID: '  '}, 'SANITY_PROJECT_ID is set to blanks only'],
  [{SANITY_PROJECT_ID: '\t'}, 'SANITY_PROJECT_ID is set to blanks only'],
])('refuses Sanity settings without SANITY_PROJECT_ID: %j', async (env, says) => {
  const error = await selectSource(env, {bundledDatasetPath: bundled}).catch((caught: unknown) => caught)
  expect(isSanadError(error) && error.code).toBe('ENV_INVALID')
  expect((error as Error).message).toContain(says)
})

// The catalog's hint says to unset SANITY_PROJECT_ID, the one variable that is not set here.
it.each([
  [{SANITY_DATASET: 'production'}, 'SANITY_DATASET'],
  [{SANITY_DATASET: 'production', SANITY_READ_TOKEN: 'sk-x'}, 'SANITY_DATASET and SANITY_READ_TOKEN'],
])('says to set SANITY_PROJECT_ID, or unset what is set, for %j', async (env, unset) => {
  const error = await selectSource(env, {bundledDatasetPath: bundled}).catch((caught: unknown) => caught)
  expect(isSanadError(error) && error.hint).toBe(
    `To read the Content Lake, set SANITY_PROJECT_ID to the project id shown at sanity.io/manage (see "Connecting to a real Sanity project" in README.md); to use the bundled sample dataset, unset ${unset}.`,
  )
})

it('still builds an explicit --dataset with stray Sanity settings: the user named the export', async () => {
  const source = await selectSource({SANITY_DATASET: 'production'}, {bundledDatasetPath: bundled, datasetPath: explicit})
  try {
    expect(source.describe()).toBe(describes.explicit())
  } finally {
    await source.close()
  }
})

it('points at the repository dataset/ folder by default', () => {
  expect(BUNDLED_DATASET_PATH).toBe(join(import.meta.dirname, '../../dataset/'))
})
