// The hash the release manifest records per file (and the server sends as its ETag). Producers that
// cache a file's contents compute it with this same function and hand it to the writer with the
// file, so an unchanged file is not hashed on every build.
import {createHash, webcrypto} from 'node:crypto'

export const sha256 = (contents: string | Uint8Array): string => createHash('sha256').update(contents).digest('hex')

// Below this a digest costs less than handing it to another thread.
const OFF_THREAD_BYTES = 64 * 1024

/**
 * sha256 of `contents`, the same hex digest, computed off the main thread when it is large bytes: WebCrypto
 * digests on libuv's thread pool, so the main thread renders the next file meanwhile. A site's
 * home page, API index and search index are megabytes each and are hashed on every build. (Release
 * files never live in shared memory, hence the cast.)
 */
export const sha256OffThread = async (contents: string | Uint8Array): Promise<string> =>
  typeof contents === 'string' || contents.byteLength < OFF_THREAD_BYTES
    ? sha256(contents)
    : Buffer.from(await webcrypto.subtle.digest('SHA-256', contents as Uint8Array<ArrayBuffer>)).toString('hex')

/**
 * The file as UTF-8 bytes with their hash attached, for producers that keep the file to hand out
 * again. Encoded once: hashing text encodes it, and writing it would encode it a second time.
 */
type WithSha256<File> = Omit<File, 'contents'> & {contents: Uint8Array; sha256: string}

const utf8 = (contents: string | Uint8Array): Uint8Array => (typeof contents === 'string' ? Buffer.from(contents) : contents)

export const withSha256 = <File extends {contents: string | Uint8Array}>(file: File): WithSha256<File> => {
  const contents = utf8(file.contents)
  return {...file, contents, sha256: sha256(contents)}
}

/** withSha256, hashing large files off the main thread (sha256OffThread). */
export const withSha256OffThread = async <File extends {contents: string | Uint8Array}>(file: File): Promise<WithSha256<File>> => {
  const contents = utf8(file.contents)
  return {...file, contents, sha256: await sha256OffThread(contents)}
}
