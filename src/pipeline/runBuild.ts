// `sanad build`: load → parse → gate → render → publish, one atomic release per clinic. A clinic
// whose release fails to write, or whose own texts fail the gate, keeps its previous site; the other
// clinics still publish.
import {isSanadError} from '../errors/catalog.ts'
import {loadContent, type LoadedContent} from '../content/loadContent.ts'
import {HELD_BACK_LOG, releaseHeldBack, type RunReport} from '../report/buildReport.ts'
import type {ContentSource} from '../sources/contentSource.ts'
import {englishCount} from '../locale/englishCount.ts'
import {lockClinicWrites} from '../publish/clinicWriteLock.ts'
import {prepareOutputFolder} from '../publish/outputFolder.ts'
import {hasLiveSite, removeAbandonedReleases, sitesOtherThan} from '../publish/releaseStore.ts'
import {clinicReport, gateClinics, runReport} from './gateContent.ts'
import {hasBuilt, type BuildMemory} from './buildMemory.ts'
import {eachClinic} from './eachClinic.ts'
import {renderClinicRelease} from './renderClinicRelease.ts'
import {rendererFingerprint} from './rendererFingerprint.ts'
import {selectClinics} from './selectClinics.ts'
import {siteWithoutClinicMessage} from './siteWithoutClinic.ts'

export interface BuildRequest {
  source: ContentSource
  outDir: string
  clinicSlugs?: readonly string[]
  now: Date
  /** Content the caller already loaded from `source` (the webhook handler needs it first, to find the affected clinics). */
  loaded?: LoadedContent
  /** Kept by a long-running process between builds, so unchanged articles are not checked again. */
  memory?: BuildMemory
  /**
   * `sanad serve` and `sanad schedule`: a clinic whose write lock another build took over while this process was stopped
   * is built again once the lock is free, where a one-off build exits with WRITE_LOCK_LOST.
   */
  retryOnLostWriteLock?: boolean
  onProgress?: (message: string) => void
  /** Test hook: called after every file written into a release. */
  onFileWritten?: (clinic: string, path: string) => void
}

// A lock lost again and again means something keeps stopping this process: the clinic is then
// reported failed, and `sanad serve` builds it again with the next change.
const LOST_LOCK_ATTEMPTS = 3
const LOST_LOCK_RETRY_HINT = `Lost ${LOST_LOCK_ATTEMPTS} times running: something keeps stopping this process (a suspended machine or container). The clinic is built again with the next change or scheduled run.`

export const runBuild = async (request: BuildRequest): Promise<RunReport> => {
  const startedAt = performance.now()
  const progress = request.onProgress ?? (() => {})
  await prepareOutputFolder(request.outDir)
  if (!request.loaded) progress(`reading ${request.source.describe()}`)
  const loaded = request.loaded ?? (await loadContent(request.source))
  // A running process's first build renders every page of every clinic, as a one-off build does, so
  // it renders them one at a time as well: together, the three clinics' working sets took a 4,000-article
  // server to 1,258 MB of RSS. Asked before the gate, which fills the memory.
  const renderTogether = request.memory !== undefined && hasBuilt(request.memory)
  const gated = gateClinics(loaded, selectClinics(loaded, request.clinicSlugs), request.now, request.memory)
  const fingerprint = await rendererFingerprint()
  if (!request.clinicSlugs?.length) {
    // Sites of clinics the content no longer has (deleted, given a new slug, or invalid) are left as
    // they are, since a site is not removed on a guess, and named on every full build so someone does.
    const slugs = new Set([...loaded.graph.clinics.values()].map((clinic) => clinic.slug.current))
    for (const slug of await sitesOtherThan(request.outDir, slugs)) progress(siteWithoutClinicMessage(slug, loaded.invalidClinics, request.outDir))
  }
  const pruning: Promise<void>[] = []
  const clinics = await eachClinic(gated, renderTogether, async (entry) => {
    const slug = entry.clinic.slug.current
    if (releaseHeldBack(entry)) {
      // Every page shows these texts, so no page of a new release may go out; nothing is written.
      const previousSiteLive = await hasLiveSite(request.outDir, slug)
      const errors = entry.clinicFindings.filter((finding) => finding.severity === 'error').length
      progress(`${slug}: NOT published, ${previousSiteLive ? 'the previous site stays live' : 'and it has no previous site'}: ${HELD_BACK_LOG}, ${errors} error(s)`)
      return {...clinicReport(entry), previousSiteLive}
    }
    progress(`${slug}: ${entry.publishedArticleIds.size} of ${entry.gate.articles.length} articles pass the gate; rendering`)
    for (let attempt = 1; ; attempt += 1) {
      // Aborted if another build takes this clinic's write lock over while this one is stopped.
      const lockLost = new AbortController()
      let unlock: (() => Promise<void>) | undefined
      try {
        // A running process mostly waits for its own last edit's old releases to be deleted (and, as
        // that lock is let go, may find no holder named): only a wait for another process is news.
        unlock = await lockClinicWrites(
          request.outDir,
          slug,
          (line, holder) => {
            if (holder && holder.pid !== process.pid) progress(line)
          },
          request.retryOnLostWriteLock ? (error) => lockLost.abort(error) : undefined,
        )
        await removeAbandonedReleases(request.outDir, slug)
        const {pruned, ...release} = await renderClinicRelease({
          outDir: request.outDir,
          clinic: entry.clinic,
          graph: loaded.graph,
          publishedArticleIds: entry.publishedArticleIds,
          now: request.now,
          source: request.source,
          rendererFingerprint: fingerprint,
          lockLost: lockLost.signal,
          ...(request.memory ? {memo: request.memory.graphReads} : {}),
          ...(request.onFileWritten ? {onFileWritten: (path: string) => request.onFileWritten!(slug, path)} : {}),
        })
        // The lock is held until the old releases are gone: pruning is writing too.
        const unlockAfterPruning = unlock
        unlock = undefined
        pruning.push(pruned.finally(unlockAfterPruning))
        progress(`${slug}: published ${englishCount(release.files, 'file', 'files')} (${englishCount(release.rendered, 'article page', 'article pages')} rendered, ${release.reused} reused)`)
        return {...clinicReport(entry), release}
      } catch (caught) {
        // Once the lock is lost, what failed after it (a file the other build's clean-up deleted) failed for that.
        const error: unknown = lockLost.signal.aborted ? lockLost.signal.reason : caught
        if (!isSanadError(error)) throw error
        if (lockLost.signal.aborted && attempt < LOST_LOCK_ATTEMPTS) {
          progress(`${slug}: ${error.message} Building it again once the lock is free (attempt ${attempt + 1} of ${LOST_LOCK_ATTEMPTS}).`)
          continue
        }
        // Nothing of this build reached the site: what passed the gate is listed apart, not as published.
        const previousSiteLive = await hasLiveSite(request.outDir, slug)
        // The catalog's hint is for a one-off build (run it again, resume it with `fg`); a running process does that itself.
        const hint = lockLost.signal.aborted ? LOST_LOCK_RETRY_HINT : error.hint
        progress(`${slug}: NOT published, ${previousSiteLive ? 'the previous site stays live' : 'and it has no previous site'}: ${error.message} ${hint}`)
        const report = clinicReport(entry)
        return {...report, published: [], unpublished: report.published, failure: `${error.code}: ${error.message}`, previousSiteLive}
      } finally {
        await unlock?.()
      }
    }
  })
  // Old releases are deleted while the next clinic renders. A one-off build is done when they are
  // gone; a running process (it keeps a memory) returns once the new releases are live and lets the
  // deletion finish in the background, holding each clinic's write lock, so its next build waits.
  const pruned = Promise.all(pruning)
  if (request.memory) pruned.catch((error: unknown) => progress(`removing replaced releases failed: ${error instanceof Error ? error.message : String(error)}`))
  else await pruned
  return runReport(loaded, clinics, startedAt)
}
