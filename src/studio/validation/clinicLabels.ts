// How Studio messages, tooltips and badges name clinics to a writer: by name, and where two of the
// clinics a document goes to share a name, by name and slug (and id, should the slugs match too), so
// no two clinics read alike. Pure.
import type {NamedClinic} from './mergeClinicFindings.ts'

/** A clinic as the gate's context gives it: a parsed `clinic` document fits. */
export interface SluggedClinic extends NamedClinic {
  slug: {current: string}
}

const shared = <T>(items: readonly T[], keyOf: (item: T) => string): Set<string> => {
  const seen = new Set<string>()
  const twice = new Set<string>()
  for (const item of items) {
    const key = keyOf(item)
    if (seen.has(key)) twice.add(key)
    seen.add(key)
  }
  return twice
}

/** Each clinic's label, by id; a clinic listed twice is one clinic. */
export const clinicLabels = (clinics: Iterable<SluggedClinic>): Map<string, string> => {
  const distinct = [...new Map([...clinics].map((clinic) => [clinic._id, clinic])).values()]
  const sharedNames = shared(distinct, (clinic) => clinic.name)
  const bySlug = (clinic: SluggedClinic) => (sharedNames.has(clinic.name) ? `${clinic.name} (${clinic.slug.current})` : clinic.name)
  const sharedLabels = shared(distinct, bySlug)
  return new Map(distinct.map((clinic) => [clinic._id, sharedLabels.has(bySlug(clinic)) ? `${clinic.name} (${clinic._id})` : bySlug(clinic)]))
}
