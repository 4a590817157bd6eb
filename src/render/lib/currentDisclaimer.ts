// Which disclaimer is in force for a jurisdiction: the one with the latest effectiveDate on or
// before the build day (UTC). Superseded and not-yet-effective versions never render.
import type {ContentGraph} from '../../content/contentGraph.ts'
import type {Disclaimer} from '../../content/documents/disclaimer.ts'

const isoDay = (now: Date): string => now.toISOString().slice(0, 10)

export const currentDisclaimer = (graph: ContentGraph, jurisdiction: string, now: Date): Disclaimer | undefined => {
  const today = isoDay(now)
  let current: Disclaimer | undefined
  for (const disclaimer of graph.disclaimers.values()) {
    if (disclaimer.jurisdiction !== jurisdiction || disclaimer.effectiveDate > today) continue
    if (!current || disclaimer.effectiveDate > current.effectiveDate) current = disclaimer
  }
  return current
}
