// A finding as a Studio form shows it: what the gate found, and, for a problem in another document
// the form's document shows, where to fix it. The article and procedure forms both build these.
import {documentLocation} from '../../content/fieldTitles/documentLocation.ts'
import type {Finding} from '../../findings/finding.ts'

/** A clinic as the Studio names it to a writer: told apart by id, shown by its label (clinicLabels.ts). */
export interface LabelledClinic {
  _id: string
  label: string
}

/** A finding as the Studio shows it; `blocksClinics` are the clinics it keeps the document from while others pass. */
export interface StudioFinding extends Finding {
  blocksClinics?: readonly LabelledClinic[]
  /**
   * A required field left empty, which the field's own required rule already marks («حقل مطلوب»):
   * not marked a second time, but still a reason Publish's tooltip names (draftStandIns.ts).
   */
  markedByField?: boolean
}

/**
 * A finding about a document the form's document shows (an article's claim, a procedure page's risk)
 * has no field in that form: it is shown on the whole document, naming where to fix it (by the
 * linked document's name and the field's title, when `linked` is that document) and, in
 * `shownWhere`, why it concerns this one.
 */
export const inLinkedDocument = (finding: Finding, shownWhere: string, linked?: {_type: string}): Finding => ({
  ...finding,
  path: '',
  message: `${finding.message} (${documentLocation(finding.documentId, finding.path, linked)}؛ ${shownWhere})`,
})

/**
 * Errors with `note` after their message: why one on this form holds back more than its own document
 * (the pages or articles that show its text). Warnings hold nothing back and stay as they are.
 */
export const withHeldBackNote = <Found extends Finding>(findings: readonly Found[], note: string): Found[] =>
  findings.map((finding) => (finding.severity === 'error' ? {...finding, message: `${finding.message} (${note})`} : finding))
