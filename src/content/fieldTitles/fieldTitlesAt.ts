// The Studio titles of the fields along a document path, so a message can name a field as the
// writer sees it in the form («المعرّف في الرابط»), not by its name in the content model (`slug`). Pure.
import type {PathSegment} from '../../findings/finding.ts'
import type {FieldTitle, FieldTitleCatalog} from './extractFieldTitles.ts'
import {FIELD_TITLES} from './fieldTitles.generated.ts'

/** The catalogued type a value has among those its field allows: its own `_type`, or the only one. */
const typeOf = (value: unknown, candidates: readonly string[]): string | undefined => {
  const named = (value as {_type?: unknown} | null | undefined)?._type
  if (typeof named === 'string' && candidates.includes(named)) return named
  return candidates.length === 1 ? candidates[0] : undefined
}

/** A field as the form names it, «الترخيص المهني › رقم الترخيص», or its path where it has no title. */
export const fieldTitlesText = (titles: readonly string[], path: string): string => (titles.length > 0 ? `«${titles.join(' › ')}»` : path)

/**
 * The catalogued fields from the document down, one per named field, as far as the catalog knows
 * the way (a reference's `_ref` or a Portable Text span has no title of its own); the raw document
 * tells which type an array item is.
 */
const fieldsAt = (documentType: string, raw: unknown, path: readonly PathSegment[], catalog: FieldTitleCatalog): FieldTitle[] => {
  const fields: FieldTitle[] = []
  let candidates: readonly string[] = [documentType]
  let value = raw
  for (const segment of path) {
    if (typeof segment === 'number') {
      value = (value as unknown[] | undefined)?.[segment]
      continue
    }
    if (typeof segment === 'object') {
      value = (Array.isArray(value) ? value : []).find((item: {_key?: unknown} | null) => item?._key === segment._key)
      continue
    }
    const typeName = typeOf(value, candidates)
    const field = typeName === undefined ? undefined : catalog[typeName]?.[segment]
    if (!field) break
    fields.push(field)
    candidates = field.types ?? []
    value = (value as Record<string, unknown> | undefined)?.[segment]
  }
  return fields
}

/** The Studio titles of the fields along the path, from the document down. */
export const fieldTitlesAt = (documentType: string, raw: unknown, path: readonly PathSegment[], catalog: FieldTitleCatalog = FIELD_TITLES): string[] =>
  fieldsAt(documentType, raw, path, catalog).map((field) => field.title)

/** Whether the form lets nobody change the value at the path (FieldTitle.readOnly): a field along it is read-only. */
export const isReadOnlyAt = (documentType: string, raw: unknown, path: readonly PathSegment[], catalog: FieldTitleCatalog = FIELD_TITLES): boolean =>
  fieldsAt(documentType, raw, path, catalog).some((field) => field.readOnly)

/** The catalogued field the path ends at, when every field along it is catalogued. */
export const fieldAt = (documentType: string, raw: unknown, path: readonly PathSegment[], catalog: FieldTitleCatalog = FIELD_TITLES): FieldTitle | undefined => {
  const named = path.filter((segment) => typeof segment === 'string').length
  const fields = fieldsAt(documentType, raw, path, catalog)
  return typeof path.at(-1) === 'string' && fields.length === named ? fields.at(-1) : undefined
}
