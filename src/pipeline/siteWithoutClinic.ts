// What a build says of a site folder that no clinic in the content builds. A deleted or renamed
// clinic's site is left for someone to remove; a clinic whose document is invalid is only left out
// of this build, and its live site must not be taken for an abandoned one.
import type {InvalidClinic} from '../content/parseDocuments.ts'

export const siteWithoutClinicMessage = (slug: string, invalidClinics: readonly InvalidClinic[], outDir: string): string => {
  const invalid = invalidClinics.find((clinic) => clinic.slug === slug)
  if (invalid) {
    return `${slug}: not built: its clinic document ${invalid.id} does not match the content model (see its schema-invalid findings); its site in ${outDir} stays live as it was until the document is fixed`
  }
  const unnamed = invalidClinics.filter((clinic) => clinic.slug === undefined).map((clinic) => clinic.id)
  if (unnamed.length > 0) {
    return `${slug}: no valid clinic document has this slug: if it is ${unnamed.join(' or ')} (invalid, with no readable slug), fix that document; otherwise the clinic was deleted or renamed, and its site in ${outDir} is no longer updated and can be removed`
  }
  return `${slug}: no such clinic in the content any more; its site in ${outDir} is no longer updated and can be removed`
}
