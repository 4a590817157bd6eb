// The heap the three jurisdictions' compiled phrasebooks keep alive, measured in a fresh process so
// nothing compiled before counts: every process that gates (a build, a server, each Studio tab) holds
// it for its whole life. `measurePhrasebookHeap()` for scripts/bench.ts; run directly, the child:
//   node --expose-gc scripts/bench/phrasebookHeap.ts
import {fileURLToPath} from 'node:url'
import {compilePhrasebook} from '../../src/arabic/claims/compilePhrasebook.ts'
import {bannedClaimsByJurisdiction} from '../../src/presets/bannedClaims/index.ts'
import {runJsonChild} from './jsonChild.ts'

export interface PhrasebookHeap {
  /** Live heap after compiling all three, less the live heap before, in bytes (after full collections). */
  heapBytes: number
  /** Word forms in the three lexicons, for scale. */
  phrasebooks: number
}

const SELF = fileURLToPath(import.meta.url)

const childMain = (): void => {
  const gc = (globalThis as {gc?: () => void}).gc
  if (!gc) throw new Error('run with --expose-gc')
  const liveHeap = (): number => {
    gc()
    gc()
    return process.memoryUsage().heapUsed
  }
  const phrasebooks = Object.values(bannedClaimsByJurisdiction)
  const before = liveHeap()
  // Kept in a variable read after the measurement, so the compiled phrasebooks are alive while it is taken.
  const compiled = phrasebooks.map((phrasebook) => compilePhrasebook(phrasebook))
  const heapBytes = liveHeap() - before
  process.stdout.write(`${JSON.stringify({heapBytes, phrasebooks: compiled.length} satisfies PhrasebookHeap)}\n`)
}

export const measurePhrasebookHeap = async (): Promise<PhrasebookHeap> => (await runJsonChild<PhrasebookHeap>('phrasebook heap child', ['--expose-gc', SELF])).result

if (process.argv[1] === SELF) childMain()
