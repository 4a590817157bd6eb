// What the publisher writes: a file's site path and either its bytes or a file on disk to copy.

export type PublishFile =
  /** `sha256` of `contents`, when the producer already has it (cached with the contents): the writer then skips hashing. */
  | {path: string; contents: string | Uint8Array; sha256?: string}
  | {path: string; sourcePath: string}

/** Site paths are POSIX, relative, and may not climb out of the site folder. */
export const assertSafeSitePath = (path: string): void => {
  if (path.startsWith('/') || path.split('/').some((part) => part === '..' || part === '') || path.includes('\\')) {
    throw new Error(`unsafe site path: ${JSON.stringify(path)}`)
  }
}
