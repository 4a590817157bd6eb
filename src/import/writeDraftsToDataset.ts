// Writes imported drafts into a dataset export's data.ndjson: one document per line, sorted by _id,
// an existing document with the same id replaced. Only a file that reads as a dataset (every line a
// document, by the local source's own line rule) is rewritten, and only one the user may write; it
// is replaced atomically with its permissions kept, so a crash never leaves half a dataset; and by one
// import at a time, since two would each merge into what they read and the last rename would drop the
// other's drafts.
import {access, chmod, constants, lstat, readFile, readlink, realpath, rename, rm, stat, writeFile} from 'node:fs/promises'
import {dirname, resolve} from 'node:path'
import lockfile from 'proper-lockfile'
import {SanadError} from '../errors/catalog.ts'
import {ndjsonTextLines, parseNdjsonLine} from '../sources/local/readNdjsonDocuments.ts'
import {datasetFileForImport} from './datasetFileForImport.ts'

export type StoredDocument = {_id: string; [field: string]: unknown}

const EXCERPT_LENGTH = 60

/** The first non-empty line that is not a document (a JSON object with _id and _type), if any. */
export const firstNonDocumentLine = (ndjson: string): {line: number; text: string} | undefined => {
  const lines = ndjsonTextLines(ndjson)
  const index = lines.findIndex((line) => line.trim() !== '' && !('document' in parseNdjsonLine(line.trim())))
  if (index === -1) return undefined
  const text = lines[index]!.trim()
  return {line: index + 1, text: text.length > EXCERPT_LENGTH ? `${text.slice(0, EXCERPT_LENGTH)}…` : text}
}

/** Merges `documents` into a dataset's NDJSON (every line a document); untouched lines keep their exact bytes. */
export const mergeIntoNdjson = (ndjson: string, documents: readonly StoredDocument[]): string => {
  const incoming = new Map(documents.map((document) => [document._id, JSON.stringify(document)]))
  const lines = ndjsonTextLines(ndjson)
    .filter((line) => line.trim() !== '')
    .map((line): [string, string] => [(JSON.parse(line) as {_id: string})._id, line])
    .filter(([id]) => !incoming.has(id))
  for (const [id, line] of incoming) lines.push([id, line])
  lines.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `${lines.map(([, line]) => line).join('\n')}\n`
}

const utf8 = new TextDecoder('utf-8', {fatal: true})

const notADataset = (file: string, why: string): SanadError =>
  new SanadError('IMPORT_DATASET_INVALID', `${file} is not a dataset export, so import left it unchanged: ${why}.`)

/** The file's text, refused unless it is a dataset; '' for a file that does not exist yet. */
const readDataset = async (file: string): Promise<string> => {
  let bytes: Uint8Array
  try {
    bytes = await readFile(file)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return ''
    throw new SanadError('DATASET_UNREADABLE', `Cannot read ${file}, so import left it unchanged: ${(error as Error).message}`, {cause: error})
  }
  let text: string
  try {
    text = utf8.decode(bytes)
  } catch {
    throw notADataset(file, 'it is not UTF-8 text, and a data.ndjson is')
  }
  const bad = firstNonDocumentLine(text)
  if (bad) throw notADataset(file, `line ${bad.line} is not a document (a JSON object with _id and _type): «${bad.text}»`)
  return text
}

const unwritable = (file: string, why: string, cause?: unknown): SanadError =>
  new SanadError('IMPORT_DATASET_UNWRITABLE', `Cannot write ${file}: ${why}; import left it unchanged.`, cause === undefined ? undefined : {cause})

/**
 * The mode the new file gets: the old file's. A file with no write bit is read-only on purpose and
 * is refused even for root, whom access() never refuses; rename would replace it regardless.
 */
const writableMode = async (file: string): Promise<number | undefined> => {
  const info = await stat(file).catch(() => undefined)
  if (info) {
    if ((info.mode & 0o222) === 0) throw unwritable(file, `it is read-only (mode ${(info.mode & 0o777).toString(8).padStart(4, '0')})`)
    await access(file, constants.W_OK).catch((error: unknown) => {
      throw unwritable(file, 'you do not have permission to write it', error)
    })
  }
  // The new version is written next to the file and renamed over it, which needs the folder writable.
  await access(dirname(file), constants.W_OK).catch((error: unknown) => {
    throw unwritable(file, `you do not have permission to create files in ${dirname(file)}`, error)
  })
  return info ? info.mode & 0o7777 : undefined
}

// An import reads, merges and writes in well under a second; one killed while holding the lock
// leaves it to be taken over once stale.
const LOCK = {realpath: false, stale: 10_000, retries: {retries: 40, factor: 1.3, minTimeout: 50, maxTimeout: 1000}}

const lockDataset = (file: string): Promise<() => Promise<void>> =>
  lockfile.lock(file, LOCK).catch((error: unknown) => {
    const why = (error as NodeJS.ErrnoException).code === 'ELOCKED' ? `another import has been writing it for too long (its lock is ${file}.lock)` : (error as Error).message
    throw unwritable(file, why, error)
  })

/** @returns the data.ndjson path written. */
export const writeDraftsToDataset = async (path: string, documents: readonly StoredDocument[]): Promise<string> => {
  const {path: named} = await datasetFileForImport(path)
  // Through a symlink to the file it names: renaming over the link would leave that file as it was
  // (and one naming a file not there yet would become a file itself; that file is created instead).
  const file = (await lstat(named).catch(() => undefined))?.isSymbolicLink()
    ? await realpath(named).catch(async () => resolve(dirname(named), await readlink(named)))
    : named
  // Permissions first, so a file or folder the user may not write is said to be that, not a lock failure.
  const mode = await writableMode(file)
  const unlock = await lockDataset(file)
  try {
    const current = await readDataset(file)
    const temporary = `${file}.import-${process.pid}.tmp`
    try {
      await writeFile(temporary, mergeIntoNdjson(current, documents))
      if (mode !== undefined) await chmod(temporary, mode)
      await rename(temporary, file)
    } catch (error) {
      await rm(temporary, {force: true})
      throw unwritable(file, (error as Error).message, error)
    }
  } finally {
    await unlock()
  }
  return file
}
