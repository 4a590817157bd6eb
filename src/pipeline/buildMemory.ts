// What a long-running process (`sanad serve`, the benchmark) keeps from one build to the next so
// that a small edit costs a small rebuild. A one-off `sanad build` starts with an empty memory.
import {createGraphReadMemo, type GraphReadMemo} from '../content/graphReadMemo.ts'
import {createClaimTallyCounter, type ClaimTallyCounter} from '../report/claimTallyCounter.ts'

export interface BuildMemory {
  /** Gate findings and page input hashes per article, with what they read (src/content/graphReadMemo.ts). */
  graphReads: GraphReadMemo
  /** Each clinic's claim tally, changed only where the articles changed (src/report/claimTallyCounter.ts). */
  claimTallies: Map<string, ClaimTallyCounter>
}

export const createBuildMemory = (): BuildMemory => ({graphReads: createGraphReadMemo(), claimTallies: new Map()})

export const claimTallyCounter = (memory: BuildMemory, clinicId: string): ClaimTallyCounter => {
  let counter = memory.claimTallies.get(clinicId)
  if (!counter) memory.claimTallies.set(clinicId, (counter = createClaimTallyCounter()))
  return counter
}
