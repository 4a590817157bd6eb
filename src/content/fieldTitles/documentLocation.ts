// Where a finding is, as a writer looks for it in the Studio: the document by its name and type, the
// field by its titles; by id and path where the document or field has no title. Pure.
import {fromString} from '@sanity/util/paths'
import type {PathSegment} from '../../findings/finding.ts'
import {DOCUMENT_TYPE_TITLES} from './fieldTitles.generated.ts'
import {fieldTitlesAt, fieldTitlesText} from './fieldTitlesAt.ts'
import {shortenedAtWord} from '../../locale/shortenedAtWord.ts'

// A claim is named by its whole statement: the start of it is enough to find it in a list.
const NAME_LENGTH = 40

/** A document type as the Studio names it («شخص», «إجراء»); the `_type` itself for a type the schema lacks. */
export const documentTypeTitle = (type: string): string => DOCUMENT_TYPE_TITLES[type]?.title ?? type

/** «في «ألم» (خطر / أثر جانبي)، الحقل «ماذا تفعل إن حدث»»; `document` is the one `documentId` names, when known. */
export const documentLocation = (documentId: string, path: string, document?: {_type: string}): string => {
  const type = document ? DOCUMENT_TYPE_TITLES[document._type] : undefined
  const name = type?.nameField ? (document as unknown as Record<string, unknown>)[type.nameField] : undefined
  const inDocument = type && typeof name === 'string' && name.trim() !== '' ? `في «${shortenedAtWord(name.trim(), NAME_LENGTH)}» (${type.title})` : `في المستند ${documentId}`
  if (!path) return inDocument
  const titles = document ? fieldTitlesAt(document._type, document, fromString(path) as PathSegment[]) : []
  return `${inDocument}، الحقل ${fieldTitlesText(titles, path)}`
}
