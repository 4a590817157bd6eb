// A hash of the code that makes a page, read once per process: pages and API documents rendered by
// older code are never reused by the incremental build. All of src/ (a page also depends on the
// vocabulary labels, locale formatting, presets and the disclaimer rule, not only on render/ and
// delivery/) and package-lock.json (the unified, rehype and feed packages shape the bytes too).
import {readdir, readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {hashParts} from './contentHash.ts'

const SOURCE_DIR = fileURLToPath(new URL('../', import.meta.url))
const LOCK_FILE = fileURLToPath(new URL('../../package-lock.json', import.meta.url))
let fingerprint: Promise<string> | undefined

const sourceFiles = async (dir: string): Promise<string[]> => {
  const entries = await readdir(dir, {withFileTypes: true, recursive: true})
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
}

export const rendererFingerprint = (): Promise<string> =>
  (fingerprint ??= sourceFiles(SOURCE_DIR).then(async (files) =>
    hashParts([
      ...(await Promise.all(files.map((file) => readFile(file, 'utf8')))),
      // An installed copy without a lock file is still fingerprinted by its own source.
      await readFile(LOCK_FILE, 'utf8').catch(() => ''),
    ]),
  ))
