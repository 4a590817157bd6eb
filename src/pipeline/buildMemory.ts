// What a long-running process (`sanad serve`, the benchmark) keeps from one build to the next so
// that a small edit costs a small rebuild. A one-off `sanad build` starts with an empty memory.
import {createGraphReadMemo, type GraphReadMemo} from '../content/graphReadMemo.ts'

export interface BuildMemory {
  /** Gate findings and page input hashes per article, with what they read (src/content/graphReadMemo.ts). */
  graphReads: GraphReadMemo
}

export const createBuildMemory = (): BuildMemory => ({graphReads: createGraphReadMemo()})
