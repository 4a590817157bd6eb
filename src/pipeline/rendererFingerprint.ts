// A hash of the renderer's own source, read once per process: pages rendered by older code are
// never reused by the incremental build.
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {hashParts} from './contentHash.ts'

const RENDER_DIR = fileURLToPath(new URL('../render/', import.meta.url))
let fingerprint: Promise<string> | undefined

const sourceFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true})
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

export const rendererFingerprint = (): Promise<string> =>
  (fingerprint ??= sourceFiles(RENDER_DIR).then(async (files) => hashParts(await Promise.all(files.map((file) => readFile(file, 'utf8'))))))
