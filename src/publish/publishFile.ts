// What the publisher writes: a file's site path and either its bytes or a file on disk to copy.

export type PublishFile =
  | {path: string; contents: string | Uint8Array}
  | {path: string; sourcePath: string}

/** Site paths are POSIX, relative, and may not climb out of the site folder. */
export const assertSafeSitePath = (path: string): void => {
  if (path.startsWith('/') || path.split('/').some((part) => part === '..' || part === '') || path.includes('\\')) {
    throw new Error(`unsafe site path: ${JSON.stringify(path)}`)
  }
}
