// The Studio's field titles as data the pipeline can read without loading Sanity: taken from the
// schema definitions (schemas/) by scripts/field-titles.ts into fieldTitles.generated.ts. Pure.
import {FIELD_FORMATS, type FieldFormatName} from '../fieldFormats.ts'

/** One field as `defineField` describes it, as far as its title and the types of its value go. */
export interface SchemaFieldDefinition {
  name: string
  title?: string
  type: string
  validation?: unknown
  readOnly?: unknown
  of?: readonly SchemaMemberDefinition[]
  fields?: readonly SchemaFieldDefinition[]
}

/** An array member as `defineArrayMember` describes it. */
export interface SchemaMemberDefinition {
  type: string
  name?: string
  readOnly?: unknown
  fields?: readonly SchemaFieldDefinition[]
}

/** A type as `defineType` describes it. */
export interface SchemaTypeDefinition {
  name: string
  title?: string
  type: string
  fields?: readonly SchemaFieldDefinition[]
  readOnly?: unknown
  of?: readonly SchemaMemberDefinition[]
  preview?: {select?: {title?: string}}
}

/** A document type as the Studio names it, and the field its previews show as a document's name. */
export interface DocumentTypeTitle {
  title: string
  nameField?: string
}

export type DocumentTypeTitles = Readonly<Record<string, DocumentTypeTitle>>

export const extractDocumentTypeTitles = (types: readonly SchemaTypeDefinition[]): DocumentTypeTitles =>
  Object.fromEntries(
    types
      .filter((type) => type.type === 'document')
      .sort((a, b) => a.name.localeCompare(b.name))
      .map(({name, title = name, preview}) => [name, preview?.select?.title ? {title, nameField: preview.select.title} : {title}]),
  )

/** A field's Studio title, the catalogued types its value (or each of its items) may have, and what the Studio checks in it. */
export interface FieldTitle {
  title: string
  types?: readonly string[]
  /**
   * The field's own rules mark it in the form («حقل مطلوب») while it is empty: `rule.required()`, or a
   * custom rule that rejects an empty value (the slugs', see slugValidation.ts).
   */
  required?: true
  /**
   * The field's own rules check its value beyond being there (a format, a range, a custom check),
   * none of them as a warning: the form marks a value they reject at the field itself. Read from the
   * calls its validation makes, all chains together, so a field with any `warning()` chain has none;
   * draftStandIns.ts relies on it only for the slugs (a test pins which fields it covers).
   */
  ownRule?: true
  /**
   * The format (fieldFormats.ts) the field's own rule checks with `rule.regex`, as the zod boundary
   * checks it with `formatted`: a string without it is marked at the field, in the format's words.
   */
  format?: FieldFormatName
  /**
   * The form shows the field but no writer can change it: `readOnly: true` on the field, on its type,
   * or on a field it sits in (a claim's review is changed by the workflow actions only). A value that
   * is wrong there was written from outside the Studio, which is where it must be put right.
   */
  readOnly?: true
}

/** The rule calls that say nothing about a value: how an error is worded, and a sibling's value. */
const WORDING_CALLS: ReadonlySet<PropertyKey> = new Set(['required', 'error', 'valueOfField'])

/**
 * What a field's validation asks of its value: it is run against a stand-in rule that records the
 * calls and answers each with itself, as Sanity's chainable rules do. A `warning()` rule never keeps
 * a value out, so it does not count as the field's own check.
 */
const validationOf = (validation: unknown): Pick<FieldTitle, 'required' | 'ownRule' | 'format'> => {
  if (typeof validation !== 'function') return {}
  const calls = new Set<PropertyKey>()
  const customChecks: unknown[] = []
  const patterns: unknown[] = []
  const rule: object = new Proxy(() => rule, {
    get: (_target, property) => (...args: unknown[]) => {
      calls.add(property)
      if (property === 'custom') customChecks.push(args[0])
      if (property === 'regex') patterns.push(args[0])
      return rule
    },
  })
  ;(validation as (rule: unknown) => unknown)(rule)
  const checks = !calls.has('warning') && [...calls].some((call) => !WORDING_CALLS.has(call))
  const required = calls.has('required') || (!calls.has('warning') && customChecks.some(rejectsEmptyValue))
  const formats = (Object.keys(FIELD_FORMATS) as FieldFormatName[]).filter((name) => patterns.includes(FIELD_FORMATS[name].pattern))
  const format = checks && patterns.length === 1 && formats.length === 1 ? formats[0] : undefined
  return {...(required ? {required: true as const} : {}), ...(checks ? {ownRule: true as const} : {}), ...(format ? {format} : {})}
}

/** A custom check that answers an empty value with a message, synchronously; one that needs the document or the network does not count. */
const rejectsEmptyValue = (check: unknown): boolean => {
  if (typeof check !== 'function') return false
  try {
    const verdict: unknown = check(undefined, {})
    return typeof verdict === 'string' || (typeof verdict === 'object' && verdict !== null && !(verdict instanceof Promise))
  } catch {
    return false
  }
}

/** Per type name (an inline object is `<type>.<field>`), its fields by name. */
export type FieldTitleCatalog = Readonly<Record<string, Readonly<Record<string, FieldTitle>>>>

export const extractFieldTitles = (types: readonly SchemaTypeDefinition[]): FieldTitleCatalog => {
  const arrayMembers = new Map(types.filter((type) => type.type === 'array').map((type) => [type.name, type.of ?? []]))
  // Only a literal `true`: a function decides per document and user, which data cannot say.
  const readOnlyTypes = new Set(types.filter((type) => type.readOnly === true).map((type) => type.name))
  const catalog: Record<string, Record<string, FieldTitle>> = {}
  const memberTypes = (owner: string, members: readonly SchemaMemberDefinition[], readOnly: boolean): string[] =>
    members.map((member) => {
      if (!member.fields) return member.type
      const inline = `${owner}.${member.name ?? member.type}`
      addObject(inline, member.fields, readOnly || member.readOnly === true)
      return inline
    })
  const addObject = (typeName: string, fields: readonly SchemaFieldDefinition[], inheritedReadOnly: boolean): void => {
    const entries: Record<string, FieldTitle> = {}
    catalog[typeName] = entries
    for (const field of fields) {
      const owner = `${typeName}.${field.name}`
      const readOnly = inheritedReadOnly || field.readOnly === true || readOnlyTypes.has(field.type)
      let valueTypes: string[]
      if (field.fields) {
        addObject(owner, field.fields, readOnly)
        valueTypes = [owner]
      } else if (field.of) valueTypes = memberTypes(owner, field.of, readOnly)
      else valueTypes = memberTypes(field.type, arrayMembers.get(field.type) ?? [{type: field.type}], false)
      entries[field.name] = {title: field.title ?? field.name, types: valueTypes, ...validationOf(field.validation), ...(readOnly ? {readOnly: true as const} : {})}
    }
  }
  for (const type of types) if (type.fields) addObject(type.name, type.fields, readOnlyTypes.has(type.name))

  // Only types with fields of their own are worth naming (a reference or a string has none).
  const sorted: Record<string, Record<string, FieldTitle>> = {}
  for (const typeName of Object.keys(catalog).sort()) {
    const fields: Record<string, FieldTitle> = {}
    for (const [name, {title, types: valueTypes = [], ...checks}] of Object.entries(catalog[typeName]!)) {
      const known = valueTypes.filter((valueType) => Object.hasOwn(catalog, valueType))
      fields[name] = {title, ...(known.length > 0 ? {types: known} : {}), ...checks}
    }
    sorted[typeName] = fields
  }
  return sorted
}
