// One writer per clinic site at a time, across processes: `sanad serve` rebuilding while someone runs
// `sanad build --out` on the same folder would otherwise delete each other's standby or newly live
// release (each takes the other's for abandoned) and leave dist/<clinic> pointing at nothing. A
// second writer waits for the first, and says so; a lock left by a killed build goes stale and is taken over.
// A build that loses its lock that way (it was stopped past the staleness) exits, unless it runs in a
// long-running process that asked to be told instead (`sanad serve` builds that clinic again).
import {readFile, rm, writeFile} from 'node:fs/promises'
import {makeFolder} from './makeFolder.ts'
import lockfile from 'proper-lockfile'
import {ERROR_CATALOG, SanadError, sanadErrorText} from '../errors/catalog.ts'
import {isProcessRunning} from '../process/isProcessRunning.ts'
import {releasesDir} from './releaseStore.ts'

// A build of thousands of articles writes for tens of seconds; the lock is refreshed meanwhile.
const WAIT = {retries: 60, factor: 1.2, minTimeout: 200, maxTimeout: 2000}
const STALE_MS = 20_000

/**
 * Who holds the lock, beside the lock folder (proper-lockfile removes a stale lock with rmdir, so
 * nothing may go inside it). A killed build leaves its record, which is what a waiter wants to read.
 */
export interface LockHolder {
  pid: number
  since: string
}
const holderFile = (folder: string) => `${folder}.lock-holder.json`

const readHolder = (folder: string): Promise<LockHolder | undefined> =>
  readFile(holderFile(folder), 'utf8').then(
    (text) => JSON.parse(text) as LockHolder,
    () => undefined,
  )

const waitingLine = (folder: string, holder: LockHolder | undefined): string => {
  if (!holder) return `waiting for the write lock of ${folder}, held by another build`
  const gone = isProcessRunning(holder.pid) ? '' : `, which is no longer running; the lock is taken over once it is ${STALE_MS / 1000} s old`
  return `waiting for the write lock of ${folder}, held by pid ${holder.pid} since ${holder.since}${gone}`
}

const printToStderr = (line: string) => void process.stderr.write(`sanad: ${line}\n`)

const lostLockError = (folder: string, clinic: string): SanadError =>
  new SanadError(
    'WRITE_LOCK_LOST',
    `Another build took over the write lock of ${folder} while this one was stopped for more than ${STALE_MS / 1000} s; clinic "${clinic}" was not published by this build.`,
  )

/**
 * Another build took the lock over while this one was stopped (Ctrl+Z, a suspended machine) past
 * STALE_MS: it may have deleted this build's unfinished release already, so going on could publish
 * part of one. This stops the process at once, as a kill would (a release is only swapped in whole),
 * saying why, where proper-lockfile's default throws from a timer.
 */
const stopOnLostLock = (error: SanadError): void => {
  process.stderr.write(sanadErrorText(error))
  process.exit(ERROR_CATALOG.WRITE_LOCK_LOST.exitCode)
}

/**
 * Holds the clinic's write lock until the returned release function is called. When another
 * process holds it, `onWait` is told once, before the wait (on stderr unless given). Losing the lock
 * to another build stops the process with WRITE_LOCK_LOST, unless `onLost` is given: a long-running
 * process is told instead, and must then write nothing more of this clinic until it locks it again.
 */
export const lockClinicWrites = async (
  outDir: string,
  clinic: string,
  onWait: (line: string, holder: LockHolder | undefined) => void = printToStderr,
  onLost?: (error: SanadError) => void,
): Promise<() => Promise<void>> => {
  const folder = releasesDir(outDir, clinic)
  let lost = false
  const whenLost = onLost ?? stopOnLostLock
  const onCompromised = () => {
    lost = true
    whenLost(lostLockError(folder, clinic))
  }
  const options = {stale: STALE_MS, realpath: false, onCompromised}
  try {
    await makeFolder(folder)
    const unlock = await lockfile.lock(folder, {...options, retries: 0}).catch(async (error: unknown) => {
      if ((error as {code?: unknown}).code !== 'ELOCKED') throw error
      const holder = await readHolder(folder)
      onWait(waitingLine(folder, holder), holder)
      return lockfile.lock(folder, {...options, retries: WAIT})
    })
    // Only ever read to tell a waiter who it waits for: not worth failing a build over.
    await writeFile(holderFile(folder), JSON.stringify({pid: process.pid, since: new Date().toISOString()} satisfies LockHolder)).catch(() => {})
    return async () => {
      // A lost lock is the other build's now, and so is the record of who holds it.
      if (lost) return
      await rm(holderFile(folder), {force: true})
      await unlock()
    }
  } catch (error) {
    const busy = (error as {code?: unknown}).code === 'ELOCKED'
    throw new SanadError(
      'OUTPUT_UNWRITABLE',
      busy
        ? `Another build has been writing clinic "${clinic}" in ${outDir} for too long; its site was left as it is. Run again once that build is done.`
        : `Could not lock ${folder} for writing: ${error instanceof Error ? error.message : String(error)}`,
      {cause: error},
    )
  }
}
