// A hash of the renderer's and the delivery code's source, read once per process: pages and API
// documents rendered by older code are never reused by the incremental build.
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {hashParts} from './contentHash.ts'

const SOURCE_DIRS = [fileURLToPath(new URL('../render/', import.meta.url)), fileURLToPath(new URL('../delivery/', import.meta.url))]
let fingerprint: Promise<string> | undefined

const sourceFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true})
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

export const rendererFingerprint = (): Promise<string> =>
  (fingerprint ??= Promise.all(SOURCE_DIRS.map(sourceFiles)).then(async (dirs) =>
    hashParts(await Promise.all(dirs.flat().map((file) => readFile(file, 'utf8')))),
  ))
