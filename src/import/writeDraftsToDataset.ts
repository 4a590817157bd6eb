// Writes imported drafts into a dataset export's data.ndjson: one document per line, sorted by _id,
// an existing document with the same id replaced. The file is re-read right before writing (others
// may have changed it) and replaced atomically, so a crash never leaves half a dataset.
import {readFile, rename, stat, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {SanadError} from '../errors/catalog.ts'

export type StoredDocument = {_id: string; [field: string]: unknown}

const ndjsonPathOf = async (path: string): Promise<string> => {
  const info = await stat(path).catch(() => undefined)
  return info?.isDirectory() ? join(path, 'data.ndjson') : path
}

/** Merges `documents` into the lines of an NDJSON text; untouched lines keep their exact bytes. */
export const mergeIntoNdjson = (ndjson: string, documents: readonly StoredDocument[]): string => {
  const incoming = new Map(documents.map((document) => [document._id, JSON.stringify(document)]))
  const lines = ndjson
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line): [string, string] => {
      let id: unknown
      try {
        id = (JSON.parse(line) as {_id?: unknown})._id
      } catch {
        id = undefined
      }
      return [typeof id === 'string' ? id : '', line]
    })
    .filter(([id]) => !incoming.has(id))
  for (const [id, line] of incoming) lines.push([id, line])
  lines.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `${lines.map(([, line]) => line).join('\n')}\n`
}

/** @returns the data.ndjson path written. */
export const writeDraftsToDataset = async (path: string, documents: readonly StoredDocument[]): Promise<string> => {
  const file = await ndjsonPathOf(path)
  let current = ''
  try {
    current = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new SanadError('DATASET_UNREADABLE', `Cannot read ${file}: ${(error as Error).message}`, {cause: error})
    }
  }
  const temporary = `${file}.import-${process.pid}.tmp`
  try {
    await writeFile(temporary, mergeIntoNdjson(current, documents))
    await rename(temporary, file)
  } catch (error) {
    throw new SanadError('OUTPUT_UNWRITABLE', `Cannot write ${file}: ${(error as Error).message}`, {cause: error})
  }
  return file
}
