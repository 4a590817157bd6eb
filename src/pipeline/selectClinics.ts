// Resolves --clinic slugs against the dataset; an unknown slug is an operational error that lists
// the clinics that do exist, and the slug of a clinic document that failed the boundary says so.
import type {Clinic} from '../content/documents/clinic.ts'
import type {LoadedContent} from '../content/loadContent.ts'
import {SanadError} from '../errors/catalog.ts'

type ClinicContent = Pick<LoadedContent, 'graph' | 'invalidClinics' | 'findings'>

export const selectClinics = (content: ClinicContent, slugs: readonly string[] = []): Clinic[] => {
  const all = [...content.graph.clinics.values()].sort((a, b) => a.slug.current.localeCompare(b.slug.current))
  if (slugs.length === 0) return all
  return slugs.map((slug) => {
    const clinic = all.find((candidate) => candidate.slug.current === slug)
    if (clinic) return clinic
    const invalid = content.invalidClinics.find((candidate) => candidate.slug === slug)
    if (invalid) {
      const fields = [...new Set(content.findings.filter((finding) => finding.documentId === invalid.id).map((finding) => finding.path || '(the whole document)'))]
      throw new SanadError('CLINIC_INVALID', `The clinic document ${invalid.id} ("${slug}") does not match the content model (${fields.join(', ')}), so its site is not built.`)
    }
    const known = all.map((candidate) => candidate.slug.current).join(', ') || '(none)'
    throw new SanadError('CLINIC_UNKNOWN', `No clinic with slug "${slug}" in this dataset. Known clinics: ${known}.`)
  })
}
