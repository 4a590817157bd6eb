// The zod boundary: every raw document from any source passes through here exactly once. Invalid
// documents become `schema-invalid` findings and are left out; system and foreign types are counted,
// except a document whose type looks mistyped for one of ours (contentTypeMeant), which is invalid.
import type {z} from 'zod'
import {formatPath, ruleDocsUrl, type Finding, type PathSegment} from '../findings/finding.ts'
import {articleDocument} from './documents/article.ts'
import {fieldTitlesAt, fieldTitlesText, isReadOnlyAt} from './fieldTitles/fieldTitlesAt.ts'
import {claimDocument} from './documents/claim.ts'
import {contentTypeMeant} from './contentTypeMeant.ts'
import {duplicateArrayKeys} from './duplicateArrayKeys.ts'
import {documentTypeTitle} from './fieldTitles/documentLocation.ts'
import {clinicDocument} from './documents/clinic.ts'
import {contraindicationDocument} from './documents/contraindication.ts'
import {disclaimerDocument} from './documents/disclaimer.ts'
import {personDocument} from './documents/person.ts'
import {procedureDocument} from './documents/procedure.ts'
import {riskDocument} from './documents/risk.ts'
import {schemaIssueMessage} from './schemaIssueMessages.ts'
import {shareEmptyArrays} from './shareEmptyArrays.ts'

export const documentSchemas = {
  article: articleDocument,
  claim: claimDocument,
  clinic: clinicDocument,
  contraindication: contraindicationDocument,
  disclaimer: disclaimerDocument,
  person: personDocument,
  procedure: procedureDocument,
  risk: riskDocument,
} as const

export type DocumentType = keyof typeof documentSchemas
export type SanadDocument = {[T in DocumentType]: z.infer<(typeof documentSchemas)[T]>}[DocumentType]

export interface ParseResult {
  documents: SanadDocument[]
  findings: Finding[]
  /** Documents that are not content: `sanity.*` types, `_.`-prefixed ids, asset documents. */
  skippedSystem: number
  /** Documents of types Sanad does not know, by type. */
  skippedUnknown: Record<string, number>
  /**
   * Clinic documents that failed the boundary, with the slug they claim if it is a string: their
   * sites are not built, and must not be taken for sites of clinics deleted from the content.
   */
  invalidClinics: InvalidClinic[]
  /**
   * Disclaimer documents that failed the boundary, with the jurisdiction and effective date they
   * claim where those read as such: one of them may be the disclaimer in force, which is then unknown.
   */
  invalidDisclaimers: InvalidDisclaimer[]
}

export interface InvalidClinic {
  id: string
  slug?: string
}

export interface InvalidDisclaimer {
  id: string
  jurisdiction?: string
  /** `YYYY-MM-DD`; absent when the document's date does not read as one. */
  effectiveDate?: string
}

const claimedDisclaimer = (id: string, raw: unknown): InvalidDisclaimer => {
  const {jurisdiction, effectiveDate} = (raw ?? {}) as {jurisdiction?: unknown; effectiveDate?: unknown}
  return {
    id,
    ...(typeof jurisdiction === 'string' && jurisdiction !== '' ? {jurisdiction} : {}),
    ...(typeof effectiveDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(effectiveDate) ? {effectiveDate} : {}),
  }
}

const claimedSlug = (raw: unknown): string | undefined => {
  const slug = (raw as {slug?: {current?: unknown}} | null)?.slug?.current
  return typeof slug === 'string' && slug.trim() !== '' ? slug : undefined
}

const isSystemDocument = (id: string, type: string): boolean =>
  id.startsWith('_.') || type.startsWith('sanity.') || type.startsWith('system.')

const isKnownType = (type: string): type is DocumentType => Object.hasOwn(documentSchemas, type)

const DOCUMENT_TYPES = Object.keys(documentSchemas) as DocumentType[]

const describe = (raw: unknown): {id: string; type: string} => {
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  return {
    id: typeof record._id === 'string' ? record._id : '(بلا معرّف)',
    type: typeof record._type === 'string' ? record._type : '',
  }
}

/** The field as the writer sees it in the Studio («الترخيص المهني › رقم الترخيص»), with its path for whoever reads the export. */
const fieldNamed = (titles: readonly string[], path: string): string => {
  if (titles.length > 0) return ` في الحقل ${fieldTitlesText(titles, path)} (${path})`
  return path ? ` في الحقل ${path}` : ''
}

/**
 * What to do: a field the form lets writers change is corrected there; a read-only one (a claim's
 * review, which only the workflow buttons change) was written from outside the Studio, and only
 * there can it be put right.
 */
const SCHEMA_FIX = {
  editable: 'صحّح الحقل في الاستوديو ثم أعد النشر.',
  readOnly: 'لا يُعدَّل هذا الحقل في الاستوديو، فقيمته كُتبت من خارجه (استيراد أو نص برمجي أو واجهة Sanity البرمجية): صحّحها حيث كُتبت، أو اطلب ذلك من المسؤول التقني عن المحتوى.',
} as const

const schemaInvalid = (documentId: string, path: string, titles: readonly string[], detail: string, fix: keyof typeof SCHEMA_FIX = 'editable'): Finding => ({
  ruleId: 'schema-invalid',
  severity: 'error',
  message: `المستند لا يطابق نموذج المحتوى${fieldNamed(titles, path)}: ${detail}. ${SCHEMA_FIX[fix]}`,
  documentId,
  path,
  url: ruleDocsUrl('schema-invalid'),
})

/**
 * The issue's path as the gate writes paths: an array item that has a `_key` is named by it, as
 * Studio focuses fields and as every other finding names Portable Text blocks; a position would
 * point elsewhere once a writer reorders the blocks.
 */
const keyedPath = (raw: unknown, path: readonly (string | number)[]): PathSegment[] => {
  let value = raw
  return path.map((segment) => {
    const item = (value as Record<string | number, unknown> | undefined)?.[segment]
    const key = typeof segment === 'number' && typeof item === 'object' && item !== null ? (item as {_key?: unknown})._key : undefined
    value = item
    return typeof key === 'string' && key !== '' ? {_key: key} : segment
  })
}

// `_type` is set where the document was written (an import, a script, the API): the Studio cannot change it.
const mistypedDocument = (id: string, type: string, meant: DocumentType): Finding =>
  schemaInvalid(
    id,
    '_type',
    [],
    `النوع «${type}» لا يعرفه نموذج المحتوى، والمقصود على الأرجح «${meant}» (${documentTypeTitle(meant)})، فلم يُحمَّل المستند ولا يظهر في أي موقع، ولا يجده ما يشير إليه`,
    'readOnly',
  )

// The later item named by position: its key names the first too. The Studio shows the list broken
// and offers to give the items keys of their own.
const duplicateKeyFindings = (id: string, type: DocumentType, raw: unknown): Finding[] =>
  duplicateArrayKeys(raw).map(({key, path, firstIndex}) => {
    const arrayPath = path.slice(0, -1)
    const index = path.at(-1) as number
    const at = [...keyedPath(raw, arrayPath), index, '_key']
    return schemaInvalid(
      id,
      formatPath(at),
      fieldTitlesAt(type, raw, [...arrayPath]),
      `المفتاح «${key}» (_key) للعنصر ${index + 1} هو مفتاح العنصر ${firstIndex + 1} في القائمة نفسها، ويجب أن يكون لكل عنصر مفتاح لا يشاركه فيه غيره: يعرض الاستوديو القائمة معطوبة، وكل ملاحظة تسمّي العنصر بمفتاحه قد تشير إلى غير موضعها`,
      isReadOnlyAt(type, raw, arrayPath) ? 'readOnly' : 'editable',
    )
  })

/** Parses one raw document; `undefined` when it is a system document or of a type Sanad ignores. */
export const parseDocument = (
  raw: unknown,
): {document: SanadDocument} | {findings: Finding[]; meant?: DocumentType} | {skipped: 'system' | 'unknown'; type: string} => {
  const {id, type} = describe(raw)
  if (isSystemDocument(id, type)) return {skipped: 'system', type}
  if (!isKnownType(type)) {
    const meant = contentTypeMeant(id, type, DOCUMENT_TYPES)
    return meant ? {findings: [mistypedDocument(id, type, meant)], meant} : {skipped: 'unknown', type}
  }
  const result = documentSchemas[type].safeParse(raw, {error: schemaIssueMessage})
  const duplicateKeys = duplicateKeyFindings(id, type, raw)
  if (result.success && duplicateKeys.length === 0) return {document: shareEmptyArrays(result.data as SanadDocument)}
  return {
    findings: [
      ...(result.success ? [] : result.error.issues).map((issue) => {
        const path = issue.path.filter((segment): segment is string | number => typeof segment !== 'symbol')
        return schemaInvalid(id, formatPath(keyedPath(raw, path)), fieldTitlesAt(type, raw, path), issue.message, isReadOnlyAt(type, raw, path) ? 'readOnly' : 'editable')
      }),
      ...duplicateKeys,
    ],
  }
}

export const parseDocuments = (raws: Iterable<unknown>): ParseResult => {
  const result: ParseResult = {documents: [], findings: [], skippedSystem: 0, skippedUnknown: {}, invalidClinics: [], invalidDisclaimers: []}
  for (const raw of raws) {
    const parsed = parseDocument(raw)
    if ('document' in parsed) result.documents.push(parsed.document)
    else if ('findings' in parsed) {
      result.findings.push(...parsed.findings)
      const {id} = describe(raw)
      // A clinic typed `Clinic` is as unbuilt as an invalid one, not a clinic deleted from the content.
      const type = parsed.meant ?? describe(raw).type
      if (type === 'clinic') {
        const slug = claimedSlug(raw)
        result.invalidClinics.push(slug ? {id, slug} : {id})
      }
      if (type === 'disclaimer') result.invalidDisclaimers.push(claimedDisclaimer(id, raw))
    }
    else if (parsed.skipped === 'system') result.skippedSystem++
    else {
      const type = parsed.type || '(بلا نوع)'
      result.skippedUnknown[type] = (result.skippedUnknown[type] ?? 0) + 1
    }
  }
  return result
}
