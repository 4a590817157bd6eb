// The procedures a clinic offers, each once, in the clinic's order, skipping references to nothing:
// what its site may give a page, and what the gate checks for those pages.
import type {ContentGraph} from './contentGraph.ts'
import type {Clinic} from './documents/clinic.ts'
import type {Procedure} from './documents/procedure.ts'

export const proceduresOffered = (clinic: Clinic, graph: ContentGraph): Procedure[] => {
  const seen = new Set<string>()
  return clinic.proceduresOffered.flatMap((ref) => {
    const procedure = graph.procedures.get(ref._ref)
    if (!procedure || seen.has(procedure._id)) return []
    seen.add(procedure._id)
    return [procedure]
  })
}
