// A draft the writer has not finished, as the Studio's gate reads it: required fields still empty, and
// a slug its own rule rejects, are read with neutral stand-ins, so the form shows every other finding
// now (a banned phrase, a missing disclaimer) instead of hiding them behind one schema-invalid marker
// until those fields are right. They keep their schema-invalid findings, so Publish stays blocked and
// names them; the form leaves marking them to the fields' own rules («حقل مطلوب», the slug's format,
// an email's). Pure.
import {fromString} from '@sanity/util/paths'
import {hasVisibleText} from '../../content/fields.ts'
import {FIELD_FORMATS} from '../../content/fieldFormats.ts'
import {fieldAt} from '../../content/fieldTitles/fieldTitlesAt.ts'
import {parseDocument, type DocumentType, type SanadDocument} from '../../content/parseDocuments.ts'
import {publishingWindowProblem} from '../../content/publishingWindowOrder.ts'
import {SESSION_PLAN_FIELDS, sessionPlanProblem, type SessionPlanValues} from '../../content/sessionPlanProblem.ts'
import {FIELD_TITLES} from '../../content/fieldTitles/fieldTitles.generated.ts'
import type {Finding, PathSegment} from '../../findings/finding.ts'
import type {StudioFinding} from './studioFinding.ts'

// Neutral on purpose: no words a text rule reads as a claim, a slug no published page uses.
const STAND_IN_TEXT = 'مسودة'
const STAND_IN_SLUG = {_type: 'slug', current: 'draft-without-slug'}

/**
 * Per document type, the required fields a new draft starts without, and what the gate reads there
 * meanwhile (and, for a slug, while its own rule rejects it); each is one the Studio requires
 * (test/studio/draftStandIns.test.ts), so it is marked.
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

const valueAt = (raw: unknown, path: readonly PathSegment[]): unknown =>
  path.reduce<unknown>((value, segment) => {
    if (typeof segment === 'object') return (Array.isArray(value) ? value : []).find((item: {_key?: unknown} | null) => item?._key === segment._key)
    return (value as Record<string | number, unknown> | undefined)?.[segment]
  }, raw)

/**
 * A string, at any depth, that the field's own rule rejects as the boundary does, so the field marks
 * it in the same words: one whose format the field checks (FieldTitle.format: an email, a PMID, a
 * colour), a required text of blanks only (requiredTextValidation, «عنوان المرجع» of spaces), an
 * article's «موعد سحب النشر» not after its «موعد النشر» (publishingWindowProblem), or a bound of a
 * procedure's usual course below its floor or a most below its least (sessionPlanProblem).
 */
const markedByOwnRule = (type: DocumentType, raw: unknown, finding: Finding): boolean => {
  if (type === 'article' && finding.path === 'unpublishAt') {
    const {publishAt, unpublishAt} = raw as {publishAt?: unknown; unpublishAt?: unknown}
    return typeof publishAt === 'string' && typeof unpublishAt === 'string' && publishingWindowProblem(publishAt, unpublishAt) !== undefined
  }
  const planField = type === 'procedure' ? SESSION_PLAN_FIELDS.find((field) => finding.path === `sessions.${field}`) : undefined
  if (planField) return sessionPlanProblem(planField, (raw as {sessions?: SessionPlanValues}).sessions) !== undefined
  const segments = fromString(finding.path)
  if (segments.some((segment) => Array.isArray(segment))) return false
  const path = segments as PathSegment[]
  const field = fieldAt(type, raw, path)
  const value = valueAt(raw, path)
  if (field === undefined || typeof value !== 'string') return false
  if (field.required && !hasVisibleText(value)) return true
  return field.format !== undefined && !FIELD_FORMATS[field.format].pattern.test(value)
}

const isAt = (finding: Finding, field: string): boolean =>
  finding.path === field || finding.path.startsWith(`${field}.`) || finding.path.startsWith(`${field}[`)

export type ParsedDraft =
  | {document: SanadDocument; standInFields: readonly string[]; findings: readonly StudioFinding[]}
  | {findings: readonly StudioFinding[]}
  | {skipped: true}

/**
 * The draft parsed at the zod boundary; when its only problems are in fields with a stand-in (empty,
 * or a slug its rule rejects), the document read with their stand-ins, the names of those fields and
 * their findings. Any other problem is returned as the boundary reports it, all of its findings together.
 */
export const parseDraft = (raw: unknown): ParsedDraft => {
  const parsed = parseDocument(raw)
  if ('document' in parsed) return {document: parsed.document, standInFields: [], findings: []}
  if (!('findings' in parsed)) return {skipped: true}
  const record = raw as Record<string, unknown>
  const type = record._type as DocumentType
  const fields = FIELD_TITLES[type] ?? {}
  const standIns = STAND_INS[type] ?? {}
  // Marked by the field itself: every empty field the Studio requires (its required rule), stood in
  // for or not; and a field with a stand-in whose value its own rule rejects (a slug with a space:
  // the slug's rule is the boundary's isPageSlug or isClinicSlug), which is then stood in for too.
  const markedByField = Object.entries(fields)
    .filter(([field, {required, ownRule}]) => (required && isEmpty(record[field])) || (ownRule && field in standIns))
    .map(([field]) => field)
  const findings = parsed.findings.map((finding): StudioFinding =>
    markedByField.some((field) => isAt(finding, field)) || markedByOwnRule(type, raw, finding) ? {...finding, markedByField: true} : finding,
  )
  const standInFields = Object.keys(standIns).filter((field) => markedByField.includes(field) && parsed.findings.some((finding) => isAt(finding, field)))
  if (standInFields.length === 0) return {findings}
  const completed = parseDocument({...record, ...Object.fromEntries(standInFields.map((field) => [field, standIns[field]]))})
  if (!('document' in completed)) return {findings}
  return {document: completed.document, standInFields, findings}
}

/** The gate's findings on the stand-in document, less those about the stand-ins, which the writer never wrote, after the stood-in fields' own. */
export const withStandInFindings = <F extends Finding>(draft: {document: SanadDocument; standInFields: readonly string[]; findings: readonly StudioFinding[]}, gate: readonly F[]): (F | StudioFinding)[] => [
  ...draft.findings,
  ...gate.filter(
    (finding) =>
      finding.documentId !== draft.document._id ||
      !draft.standInFields.some((field) => isAt(finding, field)),
  ),
]
