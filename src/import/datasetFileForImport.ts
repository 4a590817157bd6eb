// Which file `sanad import --dataset <path>` writes: the data.ndjson of an export folder, the
// data.ndjson given, or a new file. Archives are refused before anything is read: import adds lines
// to NDJSON, and the other commands' .tar.gz would be rewritten into garbage.
import {open, stat} from 'node:fs/promises'
import {basename, dirname, join} from 'node:path'
import {SanadError} from '../errors/catalog.ts'
import {shellQuoted} from '../errors/shellQuoted.ts'
import {exportsInside, locateDataset} from '../sources/local/locateDataset.ts'
import {ZIP_SIGNATURE} from '../sources/local/readNdjsonDocuments.ts'

export interface ImportDatasetFile {
  path: string
  /** False when the drafts start a new data.ndjson. */
  exists: boolean
}

const DATA_FILE = 'data.ndjson'

type ArchiveKind = 'tar.gz' | 'tar' | 'zip'

const ARCHIVE_NAMES: ReadonlyArray<[RegExp, ArchiveKind]> = [
  [/\.(tar\.gz|tgz|gz)$/i, 'tar.gz'],
  [/\.tar$/i, 'tar'],
  [/\.zip$/i, 'zip'],
]

const archiveByName = (path: string): ArchiveKind | undefined => ARCHIVE_NAMES.find(([pattern]) => pattern.test(basename(path)))?.[1]

/** gzip and zip by their first bytes, whatever the file is called. */
const archiveByContent = async (path: string): Promise<ArchiveKind | undefined> => {
  const handle = await open(path, 'r')
  try {
    const {bytesRead, buffer} = await handle.read(Buffer.alloc(4), 0, 4, 0)
    if (bytesRead >= 2 && buffer[0] === 0x1f && buffer[1] === 0x8b) return 'tar.gz'
    if (bytesRead === 4 && buffer.toString('latin1') === ZIP_SIGNATURE) return 'zip'
    return undefined
  } finally {
    await handle.close()
  }
}

const extractCommand = (path: string, kind: ArchiveKind): string => {
  const quoted = shellQuoted(path)
  const extract = kind === 'zip' ? `unzip ${quoted} -d export` : `tar -x${kind === 'tar.gz' ? 'z' : ''}f ${quoted} -C export`
  return `mkdir export && ${extract}`
}

const archiveRefused = (path: string, kind: ArchiveKind, exists: boolean): SanadError =>
  new SanadError(
    'IMPORT_DATASET_INVALID',
    `${path} ${exists ? 'is' : 'names'} a ${kind} archive; import writes drafts into an export folder or a data.ndjson, never into an archive${exists ? ', so it left the file untouched' : ''}. ` +
      (exists ? `Extract it (\`${extractCommand(path, kind)}\`) and pass \`--dataset export\`.` : `Pass an export folder or a .ndjson file name.`),
  )

const cannotCreate = (path: string, why: string, cause?: unknown): SanadError =>
  new SanadError('IMPORT_DATASET_UNWRITABLE', `Cannot create the dataset file ${path}: ${why}.`, cause === undefined ? undefined : {cause})

// A folder without a data.ndjson of its own whose subfolders hold exports (two archives extracted
// side by side): a new data.ndjson there is what every command given the folder reads from then on,
// hiding all of them, so the user picks one.
const severalExports = (path: string, exports: readonly string[]): SanadError =>
  new SanadError(
    'IMPORT_DATASET_INVALID',
    `${path} holds no ${DATA_FILE} of its own but ${exports.length === 1 ? 'an export' : 'exports'} in ${exports.map((name) => `${name}/`).join(', ')}; a new ${DATA_FILE} there would hide ${exports.length === 1 ? 'it' : 'them'} from every command given ${path}, so import left the folder untouched. Pass the export to add the drafts to (\`--dataset ${shellQuoted(join(path, exports[0]!))}\`).`,
  )

const codeOf = (error: unknown): string | undefined => (error as NodeJS.ErrnoException).code

export const datasetFileForImport = async (path: string): Promise<ImportDatasetFile> => {
  let info
  try {
    info = await stat(path)
  } catch (error) {
    if (codeOf(error) !== 'ENOENT' && codeOf(error) !== 'ENOTDIR') throw cannotCreate(path, (error as Error).message, error)
    const kind = archiveByName(path)
    if (kind) throw archiveRefused(path, kind, false)
    if (/[\\/]$/.test(path)) throw cannotCreate(join(path, DATA_FILE), `the folder ${path} does not exist (create it with \`mkdir -p ${shellQuoted(path)}\`, or pass an existing export folder)`, error)
    const folder = await stat(dirname(path)).catch(() => undefined)
    if (!folder?.isDirectory()) throw cannotCreate(path, `the folder ${dirname(path)} does not exist`, error)
    return {path, exists: false}
  }
  if (info.isDirectory()) {
    // The export's own data.ndjson, also where `tar -xzf` put it (inside the archive's one folder).
    const located = await locateDataset(path).catch((error: unknown) => {
      if (error instanceof SanadError && error.code === 'DATASET_NOT_FOUND') return undefined
      throw error
    })
    if (located) return {path: located.ndjsonPath, exists: true}
    const exports = await exportsInside(path)
    if (exports.length > 0) throw severalExports(path, exports)
    return {path: join(path, DATA_FILE), exists: false}
  }
  // A device, FIFO or socket (`--dataset /dev/null`, the usual "throw it away"): the new version is
  // renamed over the path, which would replace the device itself with a file, for every program.
  if (!info.isFile()) {
    throw new SanadError(
      'IMPORT_DATASET_INVALID',
      `${path} is not a regular file (a device, pipe or socket); import writes drafts into an export folder or a data.ndjson and left ${path} untouched. Pass an export folder or a .ndjson file, or leave out --dataset to only see the report.`,
    )
  }
  const kind = archiveByName(path) ?? (await archiveByContent(path).catch(() => undefined))
  if (kind) throw archiveRefused(path, kind, true)
  return {path, exists: true}
}
