// Helpers for tests that run the real pipeline over the bundled dataset (or an edited copy of it).
import {cp, mkdtemp, readFile, writeFile} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'

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

export const tempDir = (prefix: string): Promise<string> => mkdtemp(join(tmpdir(), prefix))
