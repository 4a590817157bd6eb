// Decides the text direction of one Studio input: Arabic text, Portable Text and lists of options
// (an array with `options.list`, shown as checkboxes with Arabic titles) read right-to-left,
// Latin/technical values (latinFields.ts) left-to-right, everything else is left as Sanity renders it.
// Pure and free of Sanity imports so the rule is unit-tested without a browser.
import {LATIN_FIELDS, LATIN_SCHEMA_TYPES} from './latinFields.ts'

/** What kind of editor an input is: a string-valued input, a Portable Text editor, a list of options to tick, or anything else. */
export type InputKind = 'text' | 'portableText' | 'optionList' | 'other'

export type InputDirection = 'rtl' | 'ltr' | 'unchanged'

export interface InputDescription {
  kind: InputKind
  /** The input's schema type and the types it extends, most specific first (e.g. `['href', 'url', 'string']`). */
  typeNames: readonly string[]
  /** The field names on the way from the document root to the input, array items left out. */
  fieldNames: readonly string[]
}

const latinFieldSuffixes = LATIN_FIELDS.map((field) => field.split('.'))

const endsWith = (names: readonly string[], suffix: readonly string[]): boolean =>
  suffix.length <= names.length && suffix.every((name, index) => names[names.length - suffix.length + index] === name)

const isLatinInput = ({typeNames, fieldNames}: Pick<InputDescription, 'typeNames' | 'fieldNames'>): boolean =>
  typeNames.some((name) => LATIN_SCHEMA_TYPES.includes(name)) ||
  latinFieldSuffixes.some((suffix) => endsWith(fieldNames, suffix))

export const inputDirection = (input: InputDescription): InputDirection => {
  if (isLatinInput(input)) return 'ltr'
  return input.kind === 'other' ? 'unchanged' : 'rtl'
}

/** An array whose values are picked from `options.list`: Sanity shows it as a list of checkboxes. */
export const isOptionListArray = ({jsonType, options}: {jsonType?: string; options?: unknown}): boolean => {
  const list = (options as {list?: unknown} | undefined)?.list
  return jsonType === 'array' && Array.isArray(list) && list.length > 0
}

/** A Sanity schema type as far as direction cares: its name and the type it extends. */
export interface NamedSchemaType {
  name: string
  type?: NamedSchemaType | undefined
}

export const schemaTypeNames = (schemaType: NamedSchemaType): string[] => {
  const names: string[] = []
  for (let current: NamedSchemaType | undefined = schemaType; current; current = current.type) names.push(current.name)
  return names
}

/** Field names of a Sanity path; keys, indexes and index tuples (array items) are dropped. */
export const fieldNamesOf = (path: readonly unknown[]): string[] =>
  path.filter((segment): segment is string => typeof segment === 'string')
