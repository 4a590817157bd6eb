// What one form shows of several clinics' verdicts on its document: each problem once
// (mergeClinicFindings), a problem in a linked document on the whole form, and, while one clinic the
// document goes to passes, an error for the others as a warning naming them: the build publishes to
// every clinic the gate passes, and Sanity takes an error for a reason to disable Publish for every
// clinic. Article, procedure, risk and contraindication forms all show their findings through this. Pure.
import {clinicLabels, type SluggedClinic} from './clinicLabels.ts'
import {mergeClinicFindings, type ClinicVerdict, type NamedClinic} from './mergeClinicFindings.ts'
import {inLinkedDocument, type StudioFinding} from './studioFinding.ts'

export interface FindingsAcrossClinicsInput {
  verdicts: Iterable<ClinicVerdict>
  /** Every clinic the document goes to, whether or not a verdict says anything about it; none while it goes nowhere. */
  clinics: Iterable<SluggedClinic>
  /** The form's document: findings about other documents are shown on the whole form, `shownWhere` saying why. */
  documentId: string
  shownWhere: string
  /** The linked document a finding is about, to name it and its field as the Studio does. */
  linkedDocument?: (documentId: string) => {_type: string} | undefined
  /** What the form says of the clinics (their labels, joined) a problem keeps the document from while others pass. */
  leftOutNote: (clinics: string) => string
}

export const findingsAcrossClinics = ({verdicts, clinics, documentId, shownWhere, linkedDocument, leftOutNote}: FindingsAcrossClinicsInput): StudioFinding[] => {
  const labels = clinicLabels(clinics)
  const labelled = (named: readonly NamedClinic[]) => named.map(({_id, name}) => ({_id, label: labels.get(_id) ?? name}))
  const listed = (named: readonly NamedClinic[]) => labelled(named).map(({label}) => label).join('، ')
  const merged = mergeClinicFindings(verdicts)
  const blocked = new Set(merged.flatMap(({blocking}) => blocking.map((clinic) => clinic._id)))
  const someClinicPasses = [...labels.keys()].some((id) => !blocked.has(id))
  return merged.map(({finding: found, clinics: concerned, blocking}): StudioFinding => {
    const finding = found.documentId === documentId ? found : inLinkedDocument(found, shownWhere, linkedDocument?.(found.documentId))
    if (blocking.length > 0 && someClinicPasses) {
      return {...finding, severity: 'warning', message: `${finding.message} (${leftOutNote(listed(blocking))})`, blocksClinics: labelled(blocking)}
    }
    return concerned.length < labels.size ? {...finding, message: `${finding.message} (يخصّ: ${listed(concerned)})`} : finding
  })
}
