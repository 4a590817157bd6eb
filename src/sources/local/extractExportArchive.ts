// Unpacks the .tar.gz that `sanity dataset export` writes into a temporary folder. Extracting to disk
// (rather than streaming entries) is deliberate: images must exist as files the publisher can copy,
// and an export's images can be far larger than memory should hold. `tar` also refuses entries that
// would land outside the folder. The folder is named with the process id, so a run killed before it
// could remove its own (SIGKILL, Ctrl+C) leaves one the next run removes (runTempFolder.ts).
import {createReadStream} from 'node:fs'
import {rm} from 'node:fs/promises'
import {createGunzip} from 'node:zlib'
import * as tar from 'tar'
import {SanadError} from '../../errors/catalog.ts'
import {makeRunTempFolder} from '../../process/runTempFolder.ts'

export interface ExtractedArchive {
  folder: string
  remove(): Promise<void>
}

/** The first bytes `archivePath` decompresses to, or undefined when it does not gunzip (not gzip, or corrupt from the start). */
const firstGunzippedBytes = async (archivePath: string): Promise<Buffer | undefined> => {
  // pipe() does not pass a read error on: the gunzip stream is destroyed with it, or it would wait forever.
  const file = createReadStream(archivePath)
  const stream = file.pipe(createGunzip())
  file.on('error', (error) => stream.destroy(error))
  try {
    for await (const chunk of stream) return chunk as Buffer
    return Buffer.alloc(0)
  } catch {
    return undefined
  } finally {
    file.destroy()
    stream.destroy()
  }
}

/**
 * What to say of an archive tar cannot read: a gzipped data.ndjson (`gzip data.ndjson`, or a
 * download a browser or server compressed) is a common mix-up, and «checksum failure» does not name it.
 */
const notTarReason = async (archivePath: string, detail: string): Promise<string> => {
  const first = await firstGunzippedBytes(archivePath)
  if (first?.toString('utf8').trimStart().startsWith('{')) {
    return `${archivePath} is a gzip-compressed file but not a tar archive: it holds NDJSON, as if it were a gzipped data.ndjson. Decompress it (\`gunzip -c ${archivePath} > data.ndjson\`) and pass that data.ndjson, or pass the .tar.gz that \`sanity dataset export\` writes.`
  }
  return `Could not extract the dataset archive ${archivePath}: ${detail}`
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
    throw new SanadError('DATASET_UNREADABLE', await notTarReason(archivePath, detail), {cause: error})
  }
  return {folder, remove}
}
