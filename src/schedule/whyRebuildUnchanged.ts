// Whether content unchanged since the last full build must still be built: its fingerprint vouches
// only for the folder that build wrote, and only while the sites it released are still there. A new
// or emptied --out, or a state recorded for another folder, would otherwise never be built.
import {stat} from 'node:fs/promises'
import {join} from 'node:path'
import {hasLiveSite} from '../publish/releaseStore.ts'
import type {ScheduleState} from './scheduleState.ts'

/** Sanad's link is there and what it links to is a folder (a deleted `.releases` leaves it dangling). */
const siteStands = async (outDir: string, slug: string): Promise<boolean> =>
  (await hasLiveSite(outDir, slug)) && (await stat(join(outDir, slug)).then((found) => found.isDirectory(), () => false))

/** Why the last build's sites are not live in `outDir` (one line for the log), or undefined when they all are. */
export const whyRebuildUnchanged = async (content: Pick<ScheduleState['content'], 'outDir' | 'sites'>, outDir: string): Promise<string | undefined> => {
  if (content.outDir === undefined) return 'the state does not say which folder the last build wrote'
  if (content.outDir !== outDir) return `the last build wrote ${content.outDir}, not ${outDir}`
  const missing: string[] = []
  for (const slug of content.sites) if (!(await siteStands(outDir, slug))) missing.push(slug)
  return missing.length > 0 ? `${outDir} has no live site for ${missing.join(', ')}` : undefined
}
