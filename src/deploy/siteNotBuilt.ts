// SITE_NOT_BUILT, said with the clinic sites that are built in the same output folder, so a mistyped
// slug shows next to the right one, and "none yet" says to build first.
import {dirname} from 'node:path'
import {SanadError} from '../errors/catalog.ts'
import {builtClinicSites, foreignSitePath, RELEASES_FOLDER} from '../publish/releaseStore.ts'

/**
 * `siteDir` is `<out>/<clinic>`: the sites listed are the others in `<out>`. `found`: what is there
 * instead of Sanad's link, when something is.
 */
export const siteNotBuilt = async (siteDir: string, cause: unknown, found?: string): Promise<SanadError> => {
  const outDir = dirname(siteDir)
  const builtSites = await builtClinicSites(outDir)
  const built = builtSites.length > 0 ? `Clinic sites built in ${outDir}: ${builtSites.join(', ')}.` : `No clinic site is built in ${outDir} yet.`
  const why = found ? `: it is ${found}, not the link into ${RELEASES_FOLDER}/ that \`sanad build\` writes, so nothing there passed the publish gate, and none of it was sent.` : '.'
  return new SanadError('SITE_NOT_BUILT', `No built site at ${siteDir}${why} ${built}`, cause === undefined ? undefined : {cause})
}

/**
 * Deploy sends only what `sanad build` published: `<out>/<clinic>` must be its link into the
 * releases. A folder someone put there (build refuses to touch it: OUTPUT_OCCUPIED) would otherwise
 * go to the clinic's live site without the gate ever seeing it.
 */
export const assertBuiltSite = async (siteDir: string): Promise<void> => {
  const found = await foreignSitePath(siteDir)
  if (found !== undefined) throw await siteNotBuilt(siteDir, undefined, found)
}
