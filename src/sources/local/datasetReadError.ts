// DATASET_UNREADABLE for a dataset file the system would not open or read. A file this user may not
// read is not a broken export: «re-export it» would send the operator to redo a good export.
import {SanadError} from '../../errors/catalog.ts'

const PERMISSION_CODES = new Set(['EACCES', 'EPERM'])

export const datasetReadError = (what: string, path: string, error: unknown): SanadError => {
  const code = (error as {code?: unknown} | null)?.code
  const reason = error instanceof Error ? error.message : String(error)
  if (typeof code === 'string' && PERMISSION_CODES.has(code)) {
    return new SanadError('DATASET_UNREADABLE', `Could not read ${what}: permission denied (${code}).`, {
      cause: error,
      hint: `Give the user running Sanad read access to ${path} (and to the folders above it), e.g. \`chmod a+r\` on the file, or run Sanad as a user who can read it.`,
    })
  }
  return new SanadError('DATASET_UNREADABLE', `Could not read ${what}: ${reason}`, {cause: error})
}
