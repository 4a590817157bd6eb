// Stable hashes of content for the incremental build. Parsed documents are never mutated, so a
// document's hash is computed once per object and reused by every clinic and every rebuild.
import {createHash} from 'node:crypto'

const documentHashes = new WeakMap<object, string>()

export const hashDocument = (document: object): string => {
  let hash = documentHashes.get(document)
  if (!hash) {
    hash = createHash('sha1').update(JSON.stringify(document)).digest('hex')
    documentHashes.set(document, hash)
  }
  return hash
}

export const hashParts = (parts: readonly string[]): string => createHash('sha1').update(parts.join('\n')).digest('hex')
