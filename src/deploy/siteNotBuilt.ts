// SITE_NOT_BUILT as `sanad deploy --clinic <slug>` says it: with the clinic sites that are built in
// the same --out, so a mistyped slug shows next to the right one, and "none yet" says to build first.
import {SanadError} from '../errors/catalog.ts'

export const siteNotBuilt = (options: {siteDir: string; outDir: string; builtSites: readonly string[]; cause?: unknown}): SanadError => {
  const {siteDir, outDir, builtSites} = options
  const built = builtSites.length > 0 ? `Clinic sites built in ${outDir}: ${builtSites.join(', ')}.` : `No clinic site is built in ${outDir} yet.`
  return new SanadError('SITE_NOT_BUILT', `No built site at ${siteDir}. ${built}`, options.cause === undefined ? undefined : {cause: options.cause})
}
