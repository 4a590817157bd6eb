// A file's bytes for its upload, as they were when digested. The deploy reads the release the
// clinic's link pointed at when it began; a build meanwhile may turn that release into the standby
// it patches (moving it, replacing files) once two newer ones exist. Uploading what is there then
// would send bytes Netlify was not promised, or fail on a vanished file as if the network had.
import {readFile} from 'node:fs/promises'
import {SanadError} from '../errors/catalog.ts'
import {sha1Of, type SiteFileDigest} from './fileDigests.ts'

/** `digest`'s file, read whole (a retry sends the same bytes); SITE_CHANGED_DURING_DEPLOY when it is gone or no longer what was digested. */
export const digestedBytes = async (digest: SiteFileDigest, deployId: string): Promise<NonSharedBuffer> => {
  const changed = (what: string, cause?: unknown): SanadError =>
    new SanadError('SITE_CHANGED_DURING_DEPLOY', `${digest.path} ${what} since deploy ${deployId} listed it (${digest.absolutePath}); it was not uploaded, and the deploy will not go live.`, cause === undefined ? undefined : {cause})
  let bytes: NonSharedBuffer
  try {
    bytes = await readFile(digest.absolutePath)
  } catch (error) {
    throw changed(`could not be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, error)
  }
  if (sha1Of(bytes) !== digest.sha1) throw changed('has changed')
  return bytes
}
