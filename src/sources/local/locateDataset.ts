// Turns the --dataset argument (a data.ndjson file, an export folder, or an export .tar.gz) into the
// NDJSON file to read and the folder its `images/` are relative to.
import {open, readdir, stat} from 'node:fs/promises'
import {basename, dirname, join, relative, resolve} from 'node:path'
import {SanadError} from '../../errors/catalog.ts'
import {datasetReadError} from './datasetReadError.ts'
import {extractExportArchive} from './extractExportArchive.ts'

export interface DatasetLocation {
  /** The path the user gave, resolved; what the report shows. */
  inputPath: string
  ndjsonPath: string
  /** How problems name the NDJSON file: inside an archive, the archive plus the entry. */
  ndjsonLabel: string
  /** The export's root: `_sanityAsset` paths such as `./images/x.jpg` are relative to it. */
  rootDir: string
  /** Removes what locating created (an extracted archive); a no-op otherwise. */
  release(): Promise<void>
}

const DATA_FILE = 'data.ndjson'
const GZIP_MAGIC = [0x1f, 0x8b]

const unreadable = (path: string, error: unknown): SanadError => datasetReadError(`the dataset at ${path}`, path, error)

const looksGzipped = async (path: string): Promise<boolean> => {
  const handle = await open(path, 'r')
  try {
    const {bytesRead, buffer} = await handle.read(Buffer.alloc(2), 0, 2, 0)
    return bytesRead === 2 && buffer[0] === GZIP_MAGIC[0] && buffer[1] === GZIP_MAGIC[1]
  } finally {
    await handle.close()
  }
}

const isFile = async (path: string): Promise<boolean> => {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}

/** The subfolders of `folder` holding a data.ndjson, by name: exports extracted side by side. */
export const exportsInside = async (folder: string): Promise<string[]> => {
  const entries = await readdir(folder, {withFileTypes: true}).catch(() => [])
  const found = await Promise.all(entries.filter((entry) => entry.isDirectory()).map(async (entry) => ((await isFile(join(folder, entry.name, DATA_FILE))) ? entry.name : undefined)))
  return found.filter((name): name is string => name !== undefined).sort()
}

/** `data.ndjson` at the top of `folder`, or inside its single top-level folder (how exports are packed). */
const findDataFile = async (folder: string): Promise<string | undefined> => {
  if (await isFile(join(folder, DATA_FILE))) return join(folder, DATA_FILE)
  const entries = await readdir(folder, {withFileTypes: true})
  const folders = entries.filter((entry) => entry.isDirectory())
  if (folders.length !== 1) return undefined
  const nested = join(folder, folders[0]!.name, DATA_FILE)
  return (await isFile(nested)) ? nested : undefined
}

const fromArchive = async (inputPath: string): Promise<DatasetLocation> => {
  const archive = await extractExportArchive(inputPath)
  const ndjsonPath = await findDataFile(archive.folder).catch(async (error: unknown) => {
    await archive.remove()
    throw unreadable(inputPath, error)
  })
  if (!ndjsonPath) {
    await archive.remove()
    throw new SanadError('DATASET_UNREADABLE', `The archive ${inputPath} holds no ${DATA_FILE}; is it a \`sanity dataset export\` file?`)
  }
  return {
    inputPath,
    ndjsonPath,
    ndjsonLabel: `${inputPath} → ${relative(archive.folder, ndjsonPath)}`,
    rootDir: dirname(ndjsonPath),
    release: archive.remove,
  }
}

const plain = (inputPath: string, ndjsonPath: string): DatasetLocation => ({
  inputPath,
  ndjsonPath,
  ndjsonLabel: ndjsonPath,
  rootDir: dirname(ndjsonPath),
  release: async () => {},
})

export const locateDataset = async (path: string): Promise<DatasetLocation> => {
  const inputPath = resolve(path)
  let stats
  try {
    stats = await stat(inputPath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new SanadError('DATASET_NOT_FOUND', `No dataset at ${inputPath}`, {cause: error})
    }
    throw unreadable(inputPath, error)
  }

  if (stats.isDirectory()) {
    const ndjsonPath = await findDataFile(inputPath).catch((error: unknown) => {
      throw unreadable(inputPath, error)
    })
    if (!ndjsonPath) {
      const exports = await exportsInside(inputPath)
      const which = exports.length > 0 ? ` of its own, but ${exports.length === 1 ? 'an export' : 'exports'} in ${exports.map((name) => `${name}/`).join(', ')}: pass the one to read (\`--dataset ${join(inputPath, exports[0]!)}\`)` : ''
      throw new SanadError('DATASET_NOT_FOUND', `The folder ${inputPath} holds no ${DATA_FILE}${which}`)
    }
    return plain(inputPath, ndjsonPath)
  }

  const name = basename(inputPath).toLowerCase()
  const archiveByName = name.endsWith('.tar.gz') || name.endsWith('.tgz') || name.endsWith('.tar')
  const gzipped = await looksGzipped(inputPath).catch((error: unknown) => {
    throw unreadable(inputPath, error)
  })
  return archiveByName || gzipped ? fromArchive(inputPath) : plain(inputPath, inputPath)
}
