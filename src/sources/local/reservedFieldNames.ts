// Fields named like the members every JavaScript object inherits (`hasOwnProperty`, `constructor`,
// `toString`…). No Sanad document has one, but an import or an API write can add it, and groq-js
// calls `value.hasOwnProperty(name)` on every object it reads a field of: a document with a
// `hasOwnProperty` string stopped the whole build with a TypeError. They are removed as the export
// is read, each reported, and the document loads without them.
import {formatPath, type PathSegment} from '../../findings/finding.ts'

const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype))

// Most lines name none of them: only those that might are walked.
const MIGHT_HOLD_ONE = new RegExp(`"(?:${[...RESERVED].join('|')})"\\s*:`)

export interface DroppedField {
  field: string
  /** Where it was, as a finding path (`extra.list[_key=="k1"].toString`). */
  path: string
}

/** Removes reserved fields from `value` in place; returns each with where it was. */
export const dropReservedFields = (line: string, value: object): DroppedField[] => {
  if (!MIGHT_HOLD_ONE.test(line)) return []
  const dropped: DroppedField[] = []
  const walk = (node: unknown, at: PathSegment[]): void => {
    if (Array.isArray(node)) {
      node.forEach((item, index) => {
        const key = (item as {_key?: unknown} | null)?._key
        walk(item, [...at, typeof key === 'string' && key !== '' ? {_key: key} : index])
      })
    } else if (typeof node === 'object' && node !== null) {
      for (const key of Object.keys(node)) {
        if (RESERVED.has(key)) {
          dropped.push({field: key, path: formatPath([...at, key])})
          delete (node as Record<string, unknown>)[key]
        } else walk((node as Record<string, unknown>)[key], [...at, key])
      }
    }
  }
  walk(value, [])
  return dropped
}
