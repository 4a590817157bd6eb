// A legacy file nested thousands of levels deep (6,000 «>» or list levels one inside another: a paste
// or a conversion gone wrong) overflows the stack of a library's recursive walk over its Markdown
// tree (remark-gfm's; the importer's): that RangeError is the file's, reported as an unreadable
// file is, naming it, not as «unexpected error, a bug in Sanad» naming nothing.
import {SanadError} from '../errors/catalog.ts'

/** `read()`, the work `sanad lint` or `sanad import` does on the file at `path`. */
export const withinStackFor = <T>(path: string, read: () => T): T => {
  try {
    return read()
  } catch (error) {
    if (!(error instanceof RangeError && /call stack/i.test(error.message))) throw error
    throw new SanadError('INPUT_UNREADABLE', `${path} is nested too deep to read as Markdown (${error.message}).`, {
      cause: error,
      hint: 'Nothing was linted or imported. Thousands of «>», list levels or emphasis marks one inside another are a paste or a conversion gone wrong: remove that nesting from the file named above, or leave the file out, and run the command again.',
    })
  }
}
