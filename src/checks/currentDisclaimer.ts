// The disclaimer in force for a jurisdiction on a given day: the one with the latest
// effectiveDate on or before that day; and the one that will replace it next. Shared by
// disclaimer-missing, disclaimer-due-soon, the renderer and the Studio.
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Disclaimer} from '../content/documents/disclaimer.ts'

export const currentDisclaimer = (graph: ContentGraph, jurisdiction: string, today: string): Disclaimer | undefined => {
  let current: Disclaimer | undefined
  for (const disclaimer of graph.disclaimers.values()) {
    if (disclaimer.jurisdiction !== jurisdiction || disclaimer.effectiveDate > today) continue
    // Same-day ties are a data mistake; break them by id so every run picks the same one.
    if (
      !current ||
      disclaimer.effectiveDate > current.effectiveDate ||
      (disclaimer.effectiveDate === current.effectiveDate && disclaimer._id > current._id)
    ) {
      current = disclaimer
    }
  }
  return current
}

/** The version that comes into force next after `today` (the earliest later effectiveDate; a same-day tie going to the larger id, as it will in force). */
export const nextDisclaimer = (graph: ContentGraph, jurisdiction: string, today: string): Disclaimer | undefined => {
  let next: Disclaimer | undefined
  for (const disclaimer of graph.disclaimers.values()) {
    if (disclaimer.jurisdiction !== jurisdiction || disclaimer.effectiveDate <= today) continue
    if (
      !next ||
      disclaimer.effectiveDate < next.effectiveDate ||
      (disclaimer.effectiveDate === next.effectiveDate && disclaimer._id > next._id)
    ) {
      next = disclaimer
    }
  }
  return next
}
