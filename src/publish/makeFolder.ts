// `mkdir -p` that always settles. Node's recursive mkdir never returns where a folder exists but
// nothing can be made in it (`sanad build --out /proc/x` hung: /proc/x is ENOENT, /proc EEXIST, and
// Node retries the pair forever), so the operator saw a build that never ended instead of an error.
import {mkdir, stat} from 'node:fs/promises'
import {dirname} from 'node:path'

const codeOf = (error: unknown): unknown => (error as {code?: unknown}).code

const makeOne = async (path: string): Promise<'made' | 'missing-parent'> => {
  try {
    await mkdir(path)
    return 'made'
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return 'missing-parent'
    // EEXIST from a file of that name, or from a folder: only the folder is what was asked for.
    if (codeOf(error) === 'EEXIST' && (await stat(path)).isDirectory()) return 'made'
    throw error
  }
}

/** Makes `path` and any missing parents; rejects (never hangs) where a parent cannot hold a folder. */
export const makeFolder = async (path: string): Promise<void> => {
  if ((await makeOne(path)) === 'made') return
  const parent = dirname(path)
  if (parent === path) throw Object.assign(new Error(`ENOENT: no such file or directory, mkdir '${path}'`), {code: 'ENOENT', path})
  await makeFolder(parent)
  // The parent exists now; a second ENOENT means this file system makes nothing there.
  if ((await makeOne(path)) === 'missing-parent') {
    throw Object.assign(new Error(`ENOENT: cannot make a folder in ${parent}, mkdir '${path}'`), {code: 'ENOENT', path})
  }
}
