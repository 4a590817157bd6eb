// The hash the release manifest records per file (and the server sends as its ETag). Producers that
// cache a file's contents compute it with this same function and hand it to the writer with the
// file, so an unchanged file is not hashed on every build.
import {createHash} from 'node:crypto'

export const sha256 = (contents: string | Uint8Array): string => createHash('sha256').update(contents).digest('hex')

/**
 * The file as UTF-8 bytes with their hash attached, for producers that keep the file to hand out
 * again. Encoded once: hashing text encodes it, and writing it would encode it a second time.
 */
export const withSha256 = <File extends {contents: string | Uint8Array}>(file: File): Omit<File, 'contents'> & {contents: Uint8Array; sha256: string} => {
  const contents = typeof file.contents === 'string' ? Buffer.from(file.contents) : file.contents
  return {...file, contents, sha256: sha256(contents)}
}
