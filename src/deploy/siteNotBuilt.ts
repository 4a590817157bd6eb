// SITE_NOT_BUILT, said with the clinic sites that are built in the same output folder, so a mistyped
// slug shows next to the right one, and "none yet" says to build first.
import {dirname} from 'node:path'
import {SanadError} from '../errors/catalog.ts'
import {builtClinicSites} from '../publish/releaseStore.ts'

/** `siteDir` is `<out>/<clinic>`: the sites listed are the others in `<out>`. */
export const siteNotBuilt = async (siteDir: string, cause: unknown): Promise<SanadError> => {
  const outDir = dirname(siteDir)
  const builtSites = await builtClinicSites(outDir)
  const built = builtSites.length > 0 ? `Clinic sites built in ${outDir}: ${builtSites.join(', ')}.` : `No clinic site is built in ${outDir} yet.`
  return new SanadError('SITE_NOT_BUILT', `No built site at ${siteDir}. ${built}`, {cause})
}
