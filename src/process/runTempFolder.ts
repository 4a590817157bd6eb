// Temporary folders named with the id of the process that made them. Node's default for Ctrl+C and
// SIGTERM (and SIGKILL always) ends a run without its finally blocks, so a run can leave its folder
// behind: the next run that makes one with the same prefix removes those of runs no longer running.
// An extracted export's images can take gigabytes; a deploy's bundled functions, tens of megabytes.
import {mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {isProcessRunning} from './isProcessRunning.ts'

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** Folders `prefix<pid>-…` in the temp folder whose process no longer runs. */
const removeFoldersOfEndedRuns = async (prefix: string): Promise<void> => {
  const runFolder = new RegExp(`^${escapeRegExp(prefix)}(\\d+)-`)
  for (const name of await readdir(tmpdir()).catch((): string[] => [])) {
    const pid = Number(runFolder.exec(name)?.[1])
    if (pid && pid !== process.pid && !isProcessRunning(pid)) await rm(join(tmpdir(), name), {recursive: true, force: true}).catch(() => {})
  }
}

/** A new folder `<tmpdir>/<prefix><pid>-XXXXXX`, after removing those ended runs left with the same prefix. */
export const makeRunTempFolder = async (prefix: string): Promise<string> => {
  await removeFoldersOfEndedRuns(prefix)
  return mkdtemp(join(tmpdir(), `${prefix}${process.pid}-`))
}
