// What a long-running process (`sanad serve`, the benchmark) keeps from one build to the next so
// that a small edit costs a small rebuild. A one-off `sanad build` starts with an empty memory.
import {createGraphReadMemo, type GraphReadMemo} from '../content/graphReadMemo.ts'
import {createClaimTallyCounter, type ClaimTallyCounter} from '../report/claimTallyCounter.ts'

export interface BuildMemory {
  /** Gate findings and page input hashes per article, with what they read (src/content/graphReadMemo.ts). */
  graphReads: GraphReadMemo
  /** Each clinic's claim tally, changed only where the articles changed (src/report/claimTallyCounter.ts). */
  claimTallies: Map<string, ClaimTallyCounter>
  /**
   * Each clinic's published article ids, kept as the same Set while its members are the same: what
   * is derived from the set (the sorted article list, related-link states) is then known unchanged.
   */
  publishedIds: Map<string, ReadonlySet<string>>
}

export const createBuildMemory = (): BuildMemory => ({graphReads: createGraphReadMemo(), claimTallies: new Map(), publishedIds: new Map()})

/** Whether a build has gated clinics with this memory: before that, it remembers nothing to reuse. */
export const hasBuilt = (memory: BuildMemory): boolean => memory.publishedIds.size > 0

/** `ids`, or the clinic's previous set when that has exactly the same members. */
export const samePublishedIds = (memory: BuildMemory, clinicId: string, ids: Set<string>): ReadonlySet<string> => {
  const previous = memory.publishedIds.get(clinicId)
  if (previous && previous.size === ids.size && [...ids].every((id) => previous.has(id))) return previous
  memory.publishedIds.set(clinicId, ids)
  return ids
}

export const claimTallyCounter = (memory: BuildMemory, clinicId: string): ClaimTallyCounter => {
  let counter = memory.claimTallies.get(clinicId)
  if (!counter) memory.claimTallies.set(clinicId, (counter = createClaimTallyCounter()))
  return counter
}
