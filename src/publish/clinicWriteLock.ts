// One writer per clinic site at a time, across processes: `sanad serve` rebuilding while someone runs
// `sanad build --out` on the same folder would otherwise delete each other's standby or newly live
// release (each takes the other's for abandoned) and leave dist/<clinic> pointing at nothing. A
// second writer waits for the first; a lock left by a killed build goes stale and is taken over.
import {makeFolder} from './makeFolder.ts'
import lockfile from 'proper-lockfile'
import {SanadError} from '../errors/catalog.ts'
import {releasesDir} from './releaseStore.ts'

// A build of thousands of articles writes for tens of seconds; the lock is refreshed meanwhile.
const WAIT = {retries: 60, factor: 1.2, minTimeout: 200, maxTimeout: 2000}
const STALE_MS = 20_000

/** Holds the clinic's write lock until the returned release function is called. */
export const lockClinicWrites = async (outDir: string, clinic: string): Promise<() => Promise<void>> => {
  const folder = releasesDir(outDir, clinic)
  try {
    await makeFolder(folder)
    return await lockfile.lock(folder, {retries: WAIT, stale: STALE_MS, realpath: false})
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
