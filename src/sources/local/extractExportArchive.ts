// Unpacks the .tar.gz that `sanity dataset export` writes into a temporary folder. Extracting to disk
// (rather than streaming entries) is deliberate: images must exist as files the publisher can copy,
// and an export's images can be far larger than memory should hold. `tar` also refuses entries that
// would land outside the folder. The folder is named with the process id, so a run killed before it
// could remove its own (SIGKILL, Ctrl+C) leaves one the next run removes.
import {mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import * as tar from 'tar'
import {SanadError} from '../../errors/catalog.ts'
import {isProcessRunning} from '../../process/isProcessRunning.ts'

export interface ExtractedArchive {
  folder: string
  remove(): Promise<void>
}

const FOLDER_PREFIX = 'sanad-dataset-'
const RUN_FOLDER = new RegExp(`^${FOLDER_PREFIX}(\\d+)-`)

/** Extracted exports of runs that are no longer running: an export's images can take gigabytes. */
const removeFoldersOfEndedRuns = async (): Promise<void> => {
  for (const name of await readdir(tmpdir()).catch((): string[] => [])) {
    const pid = Number(RUN_FOLDER.exec(name)?.[1])
    if (pid && pid !== process.pid && !isProcessRunning(pid)) await rm(join(tmpdir(), name), {recursive: true, force: true}).catch(() => {})
  }
}

export const extractExportArchive = async (archivePath: string): Promise<ExtractedArchive> => {
  await removeFoldersOfEndedRuns()
  const folder = await mkdtemp(join(tmpdir(), `${FOLDER_PREFIX}${process.pid}-`))
  // Retries: a failed extraction rejects while entries may still be landing in the folder.
  const remove = () => rm(folder, {recursive: true, force: true, maxRetries: 5, retryDelay: 50})
  try {
    // strict: a truncated archive or corrupt gzip stream fails instead of yielding a partial dataset.
    await tar.x({file: archivePath, cwd: folder, strict: true})
  } catch (error) {
    // The archive's error is what the user needs; a folder that will not go away must not replace it.
    await remove().catch(() => {})
    const detail = error instanceof Error ? error.message : String(error)
    throw new SanadError('DATASET_UNREADABLE', `Could not extract the dataset archive ${archivePath}: ${detail}`, {cause: error})
  }
  return {folder, remove}
}
