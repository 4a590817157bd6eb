// Helpers for tests that run the real pipeline over the bundled dataset (or an edited copy of it).
import {cp, mkdtemp, readdir, readFile, rm, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {afterEach} from 'vitest'
import {loadContent, type LoadedContent} from '../../src/content/loadContent.ts'
import {runBuild, type BuildRequest} from '../../src/pipeline/runBuild.ts'
import type {RunReport} from '../../src/report/buildReport.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'

export const BUNDLED_DATASET = fileURLToPath(new URL('../../dataset/', import.meta.url))
export const NOW = new Date('2026-11-21T12:00:00Z')

export type RawDocument = {_id: string; _type: string; [field: string]: unknown}

export const readBundledDocuments = async (): Promise<RawDocument[]> =>
  (await readFile(join(BUNDLED_DATASET, 'data.ndjson'), 'utf8'))
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as RawDocument)

/** A temporary copy of the bundled export folder, with `edit` applied to its documents. */
export const copyBundledDataset = async (edit: (documents: RawDocument[]) => RawDocument[] = (documents) => documents): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'sanad-dataset-'))
  await cp(BUNDLED_DATASET, dir, {recursive: true})
  const documents = edit(await readBundledDocuments())
  await writeFile(join(dir, 'data.ndjson'), `${documents.map((document) => JSON.stringify(document)).join('\n')}\n`)
  return dir
}

/**
 * A temporary copy of the bundled export with `count` more copies of seed 004's article (every
 * clinic publishes it), each with its own id, slug and title: a site with more articles than a page lists.
 */
export const copyBundledDatasetWithSeedCopies = (count: number): Promise<string> =>
  copyBundledDataset((documents) => {
    const seed = documents.find((document) => document._id === 'article.meso-realistic')!
    const copies: RawDocument[] = Array.from({length: count}, (_, index) => ({
      ...seed,
      _id: `article.meso-realistic-${index + 1}`,
      slug: {_type: 'slug', current: `mesotherapy-realistic-${index + 1}`},
      title: `${String(seed.title)} (نسخة ${index + 1})`,
    }))
    return [...documents, ...copies]
  })

export const tempDir = (prefix: string): Promise<string> => mkdtemp(join(tmpdir(), prefix))

/** Call at a test file's top level: folders passed to the returned function are removed after each test. */
export const removedAfterEach = (): ((...dirs: string[]) => void) => {
  const dirs: string[] = []
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, {recursive: true, force: true})
  })
  return (...more) => void dirs.push(...more)
}

/** The dataset at `dataset`, loaded through the local source as a build loads it. */
export const loadDataset = async (dataset: string): Promise<LoadedContent> => {
  const source = await openLocalSource(dataset)
  try {
    return await loadContent(source)
  } finally {
    await source.close()
  }
}

/** `runBuild` over the dataset at `dataset` into `outDir` at NOW, as `sanad build` runs it. */
export const buildDataset = async (dataset: string, outDir: string, request: Partial<BuildRequest> = {}): Promise<RunReport> => {
  const source = await openLocalSource(dataset)
  try {
    return await runBuild({source, outDir, now: NOW, ...request})
  } finally {
    await source.close()
  }
}

/** Every file of a site folder (read through the live symlink), base64 by site path: two sites compare byte for byte. */
export const siteFiles = async (dir: string): Promise<Record<string, string>> => {
  const files: Record<string, string> = {}
  for (const entry of await readdir(dir, {recursive: true, withFileTypes: true})) {
    if (!entry.isFile()) continue
    const path = join(entry.parentPath, entry.name)
    files[path.slice(dir.length + 1)] = (await readFile(path)).toString('base64')
  }
  return files
}
