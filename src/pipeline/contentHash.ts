// Stable hashes of content for the incremental build. Parsed documents are never mutated, so a
// document's hash is computed once per object and reused by every clinic and every rebuild.
import {createHash} from 'node:crypto'
import {oncePerObject} from '../memo/oncePerObject.ts'

export const hashDocument = oncePerObject((document: object): string => createHash('sha1').update(JSON.stringify(document)).digest('hex'))

export const hashParts = (parts: readonly string[]): string => createHash('sha1').update(parts.join('\n')).digest('hex')

/**
 * Whether a freshly parsed document has the content of one loaded before, so the old object can stand
 * in for it and what the build memory keyed on it still applies. By hash, not `_rev`: a hand-edited
 * export that kept its revisions is still seen as changed.
 */
export const sameContent = (before: object, after: object): boolean => before === after || hashDocument(before) === hashDocument(after)
