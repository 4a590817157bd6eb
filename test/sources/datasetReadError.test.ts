// A dataset file this user may not read is not a broken export: the hint says to grant read access,
// not to export again. (The tests run as root, for whom no file is unreadable, so the error is built
// as Node raises it.)
import {expect, it} from 'vitest'
import {datasetReadError} from '../../src/sources/local/datasetReadError.ts'

const systemError = (code: string, message: string) => Object.assign(new Error(message), {code})

it.each(['EACCES', 'EPERM'])('%s: permission denied, and how to grant it', (code) => {
  const error = datasetReadError('/srv/export/data.ndjson', '/srv/export/data.ndjson', systemError(code, `${code}: permission denied, open '/srv/export/data.ndjson'`))
  expect([error.code, error.message]).toEqual(['DATASET_UNREADABLE', `Could not read /srv/export/data.ndjson: permission denied (${code}).`])
  expect(error.hint).toBe('Give the user running Sanad read access to /srv/export/data.ndjson (and to the folders above it), e.g. `chmod a+r` on the file, or run Sanad as a user who can read it.')
})

it('any other failure keeps the usual hint, to export again', () => {
  const error = datasetReadError('the dataset at /srv/export', '/srv/export', systemError('EIO', 'EIO: i/o error, read'))
  expect(error.message).toBe('Could not read the dataset at /srv/export: EIO: i/o error, read')
  expect(error.hint).toBe('Re-export the dataset with `sanity dataset export` and check the file is not truncated.')
})
