// A draft the writer has not finished, as the Studio's gate reads it: required fields still empty are
// read with neutral stand-ins, so the form shows every other finding now (a banned phrase, a missing
// disclaimer) instead of hiding them behind one schema-invalid marker until those fields are filled.
// The empty fields keep their schema-invalid findings, so Publish stays blocked and names them; the
// form leaves marking them to the fields' own required rules («حقل مطلوب»). Pure.
import {parseDocument, type DocumentType, type SanadDocument} from '../../content/parseDocuments.ts'
import {FIELD_TITLES} from '../../content/fieldTitles/fieldTitles.generated.ts'
import type {Finding} from '../../findings/finding.ts'
import type {StudioFinding} from './studioFinding.ts'

// Neutral on purpose: no words a text rule reads as a claim, a slug no published page uses.
const STAND_IN_TEXT = 'مسودة'
const STAND_IN_SLUG = {_type: 'slug', current: 'draft-without-slug'}

/**
 * Per document type, the required fields a new draft starts without, and what the gate reads there
 * meanwhile; each is one the Studio requires (test/studio/draftStandIns.test.ts), so it is marked.
 */
export const STAND_INS: Partial<Record<DocumentType, Readonly<Record<string, unknown>>>> = {
  article: {title: STAND_IN_TEXT, slug: STAND_IN_SLUG},
  procedure: {name: STAND_IN_TEXT, slug: STAND_IN_SLUG, category: 'skin', summary: STAND_IN_TEXT},
  risk: {name: STAND_IN_TEXT},
  contraindication: {name: STAND_IN_TEXT},
  clinic: {name: STAND_IN_TEXT, slug: STAND_IN_SLUG},
  disclaimer: {title: STAND_IN_TEXT, text: STAND_IN_TEXT, version: STAND_IN_TEXT},
}

const isEmpty = (value: unknown): boolean => {
  if (value === undefined || value === null) return true
  if (typeof value === 'string') return value.trim() === ''
  if (typeof value === 'object' && 'current' in value) return isEmpty((value as {current?: unknown}).current)
  return false
}

const isAt = (finding: Finding, field: string): boolean =>
  finding.path === field || finding.path.startsWith(`${field}.`) || finding.path.startsWith(`${field}[`)

export type ParsedDraft =
  | {document: SanadDocument; emptyFields: readonly string[]; findings: readonly StudioFinding[]}
  | {findings: readonly StudioFinding[]}
  | {skipped: true}

/**
 * The draft parsed at the zod boundary; when only required fields are empty, the document read with
 * their stand-ins, the names of those fields and their findings. Any other problem is returned as
 * the boundary reports it, all of its findings together.
 */
export const parseDraft = (raw: unknown): ParsedDraft => {
  const parsed = parseDocument(raw)
  if ('document' in parsed) return {document: parsed.document, emptyFields: [], findings: []}
  if (!('findings' in parsed)) return {skipped: true}
  const record = raw as Record<string, unknown>
  const type = record._type as DocumentType
  // Every empty field the Studio requires is marked by its own required rule, stood in for or not.
  const markedEmpty = Object.entries(FIELD_TITLES[type] ?? {}).filter(([field, {required}]) => required && isEmpty(record[field])).map(([field]) => field)
  const findings = parsed.findings.map((finding): StudioFinding => (markedEmpty.some((field) => isAt(finding, field)) ? {...finding, markedByField: true} : finding))
  const standIns = STAND_INS[type] ?? {}
  const emptyFields = Object.keys(standIns).filter((field) => isEmpty(record[field]) && parsed.findings.some((finding) => isAt(finding, field)))
  if (emptyFields.length === 0) return {findings}
  const completed = parseDocument({...record, ...Object.fromEntries(emptyFields.map((field) => [field, standIns[field]]))})
  if (!('document' in completed)) return {findings}
  return {document: completed.document, emptyFields, findings}
}

/** The gate's findings on the stand-in document, less those about the stand-ins, which the writer never wrote, after the empty fields' own. */
export const withEmptyFieldFindings = <F extends Finding>(draft: {document: SanadDocument; emptyFields: readonly string[]; findings: readonly StudioFinding[]}, gate: readonly F[]): (F | StudioFinding)[] => [
  ...draft.findings,
  ...gate.filter(
    (finding) =>
      finding.documentId !== draft.document._id ||
      !draft.emptyFields.some((field) => isAt(finding, field)),
  ),
]
