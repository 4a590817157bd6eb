// Resolves --clinic slugs against the dataset; an unknown slug is an operational error that lists
// the clinics that do exist.
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import {SanadError} from '../errors/catalog.ts'

export const selectClinics = (graph: ContentGraph, slugs: readonly string[] = []): Clinic[] => {
  const all = [...graph.clinics.values()].sort((a, b) => a.slug.current.localeCompare(b.slug.current))
  if (slugs.length === 0) return all
  return slugs.map((slug) => {
    const clinic = all.find((candidate) => candidate.slug.current === slug)
    if (!clinic) {
      const known = all.map((candidate) => candidate.slug.current).join(', ') || '(none)'
      throw new SanadError('CLINIC_UNKNOWN', `No clinic with slug "${slug}" in this dataset. Known clinics: ${known}.`)
    }
    return clinic
  })
}
