// Unpacks the .tar.gz that `sanity dataset export` writes into a temporary folder. Extracting to disk
// (rather than streaming entries) is deliberate: images must exist as files the publisher can copy,
// and an export's images can be far larger than memory should hold. `tar` also refuses entries that
// would land outside the folder. The folder is named with the process id, so a run killed before it
// could remove its own (SIGKILL, Ctrl+C) leaves one the next run removes (runTempFolder.ts).
import {rm} from 'node:fs/promises'
import * as tar from 'tar'
import {SanadError} from '../../errors/catalog.ts'
import {makeRunTempFolder} from '../../process/runTempFolder.ts'

export interface ExtractedArchive {
  folder: string
  remove(): Promise<void>
}

export const extractExportArchive = async (archivePath: string): Promise<ExtractedArchive> => {
  const folder = await makeRunTempFolder('sanad-dataset-')
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
