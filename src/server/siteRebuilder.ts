// Turns document changes into incremental builds of just the clinics they affect. Changes that
// arrive while a build runs are merged into the next one, and builds never run concurrently, so
// the last release activated always reflects the latest content. A batch that fails is built again
// on its own after a pause, so a change that takes an article down never waits for the next delivery.
import {loadContent, loadDrafts, type LoadedContent} from '../content/loadContent.ts'
import {patchLoadedContent} from '../pipeline/patchContent.ts'
import {siteWithoutClinicMessage} from '../pipeline/siteWithoutClinic.ts'
import {createBuildMemory, type BuildMemory} from '../pipeline/buildMemory.ts'
import {runBuild} from '../pipeline/runBuild.ts'
import {shareUnchangedContent} from '../pipeline/shareUnchangedContent.ts'
import type {RunReport} from '../report/buildReport.ts'
import {changedDocumentsQuery} from '../queries.ts'
import type {ContentSource} from '../sources/contentSource.ts'
import {fetchDocumentList} from '../sources/fetchDocumentList.ts'
import {isPublishedDocumentId} from '../sources/publishedPerspective.ts'
import {nodeTimer, type SetTimer} from '../schedule/instantTimer.ts'
import {affectedClinics, changedDocuments, type DocumentChange} from '../webhook/index.ts'
import {collectIfGrown, tuneCollectorForEdits} from './collectorForEdits.ts'

export interface RebuildResult {
  clinics: string[]
  report: RunReport | undefined
  /** ms from the change being queued to its clinics' new releases being live. */
  latencyMs: number
}

export interface SiteRebuilder {
  /** Resolves once a build that includes this change has been published. */
  submit(change: DocumentChange): Promise<RebuildResult>
  /** Resolves when nothing is queued or running (a retry waiting for its time is neither). */
  idle(): Promise<void>
  /** Cancels a waiting retry: the server is closing. */
  stop(): void
  lastReport(): RunReport | undefined
  /** The content the live sites were last built from (the initial content until a rebuild). */
  currentContent(): LoadedContent | undefined
}

export interface SiteRebuilderOptions {
  outDir: string
  openSource: () => Promise<ContentSource>
  now: () => Date
  /** The content the live sites were built from, so deletions and moved articles are seen. */
  initialContent?: LoadedContent
  /** What the initial build remembered; each rebuild adds to it, so unchanged articles are not checked again. */
  memory?: BuildMemory
  onProgress?: (message: string) => void
  onRebuilt?: (result: RebuildResult) => void
  /** The timer a retry waits on; tests inject one they fire. */
  setTimer?: SetTimer
}

// The Webhook has been acknowledged (Sanity retries only a delivery that failed), so a batch whose
// content did not load (the Content Lake or the export briefly unreadable) or a clinic whose release
// did not write is retried here: after 5 s, then twice as long each time it fails again, up to 5 min.
const FIRST_RETRY_MS = 5_000
const LONGEST_RETRY_MS = 5 * 60_000

interface Waiting {
  change: DocumentChange
  queuedAt: number
  resolve: (result: RebuildResult) => void
  reject: (error: unknown) => void
}

/**
 * The content after `changes`. The Content Lake is asked for the changed documents only, which a
 * webhook names, and for its list of drafts again (publishing one removes it from that list); an
 * export file is read again whole, since a file can have changed anywhere, and shares every
 * unchanged document with the last load.
 */
const contentAfter = async (source: ContentSource, previous: LoadedContent | undefined, changes: readonly DocumentChange[]): Promise<LoadedContent> => {
  if (!previous || source.kind !== 'sanity') return shareUnchangedContent(previous, await loadContent(source))
  const ids = [...new Set(changes.map((change) => change.documentId).filter(isPublishedDocumentId))]
  if (ids.length === 0) return previous
  const [changed, drafts] = await Promise.all([fetchDocumentList(source, changedDocumentsQuery, {ids}, 'changed-documents'), loadDrafts(source)])
  const {drafts: _before, ...patched} = patchLoadedContent(previous, ids, changed)
  return {...patched, ...drafts}
}

export const createSiteRebuilder = (options: SiteRebuilderOptions): SiteRebuilder => {
  // From here on this process rebuilds on saves, and is judged by how soon each is live.
  tuneCollectorForEdits()
  let previous = options.initialContent
  const memory = options.memory ?? createBuildMemory()
  let report: RunReport | undefined
  let queue: Waiting[] = []
  let running: Promise<void> | undefined
  // The changes of a batch that could not be built (the content did not load): their callers were
  // told, and the next batch builds the clinics they affect too, so no change is lost.
  let carried: DocumentChange[] = []
  // Clinics whose last release failed to write: rebuilt with the next batch, whatever it changes.
  let failedClinics = new Set<string>()
  const setTimer = options.setTimer ?? nodeTimer
  let cancelRetry: (() => void) | undefined
  let retryDelay = FIRST_RETRY_MS
  let stopped = false

  const buildBatch = async (batch: Waiting[]) => {
    const source = await options.openSource()
    try {
      const changes = [...carried, ...batch.map((waiting) => waiting.change)]
      const loaded = await contentAfter(source, previous, changes)
      const graphs = previous ? [previous.graph, loaded.graph] : [loaded.graph]
      // An export is read again whole: what it changed is rebuilt now, even where the delivery naming it comes later.
      const reloaded = previous && source.kind !== 'sanity' ? changedDocuments(previous.graph, loaded.graph) : []
      const affected = new Set([...[...changes, ...reloaded].flatMap((change) => affectedClinics(change, graphs)), ...failedClinics])
      // A clinic renamed, deleted or made invalid is only in the content before the change; its old site is left.
      const existing = new Set([...loaded.graph.clinics.values()].map((clinic) => clinic.slug.current))
      const gone = [...affected].filter((slug) => !existing.has(slug))
      for (const slug of gone) options.onProgress?.(siteWithoutClinicMessage(slug, loaded.invalidClinics, options.outDir))
      const clinics = [...affected].filter((slug) => existing.has(slug)).sort()
      let batchReport: RunReport | undefined
      // An empty list would mean "every clinic" to runBuild; a change no site shows builds nothing.
      if (clinics.length > 0) {
        options.onProgress?.(`rebuilding ${clinics.join(', ')} for ${changes.map((change) => change.documentId).join(', ')}`)
        batchReport = await runBuild({source, loaded, memory, outDir: options.outDir, clinicSlugs: clinics, now: options.now(), retryOnLostWriteLock: true, ...(options.onProgress ? {onProgress: options.onProgress} : {})})
        report = batchReport
      }
      failedClinics = new Set(batchReport?.clinics.filter((clinic) => clinic.failure).map((clinic) => clinic.slug))
      carried = []
      previous = loaded
      const finished = performance.now()
      for (const waiting of batch) {
        const result = {clinics, report: batchReport, latencyMs: Math.round(finished - waiting.queuedAt)}
        options.onRebuilt?.(result)
        waiting.resolve(result)
      }
    } finally {
      await source.close()
    }
  }

  const failing = () => carried.length > 0 || failedClinics.size > 0

  /** A retry of what failed, once, unless a change builds it first; or none, when nothing is failing. */
  const armRetry = () => {
    if (!failing()) {
      cancelRetry?.()
      cancelRetry = undefined
      retryDelay = FIRST_RETRY_MS
      return
    }
    if (cancelRetry || stopped) return
    const what = [...new Set([...carried.map((change) => change.documentId), ...failedClinics])].join(', ')
    options.onProgress?.(`building ${what} again in ${retryDelay / 1000} s, after the failure above`)
    cancelRetry = setTimer(retryDelay, () => {
      cancelRetry = undefined
      if (failing()) running ??= drain(true)
    })
    retryDelay = Math.min(retryDelay * 2, LONGEST_RETRY_MS)
  }

  const drain = async (retry = false) => {
    while (queue.length > 0 || retry) {
      const batch = queue
      queue = []
      retry = false
      await buildBatch(batch).catch((error: unknown) => {
        carried = [...carried, ...batch.map((waiting) => waiting.change)]
        // A retry has no caller to tell; a delivery's is told through its rejection.
        if (batch.length === 0) options.onProgress?.(`rebuild of ${carried.map((change) => change.documentId).join(', ')} failed again: ${String(error)}`)
        for (const waiting of batch) waiting.reject(error)
      })
    }
    armRetry()
    running = undefined
    // After the callers have their results and before the next change, if none came meanwhile.
    setImmediate(() => {
      if (!running) collectIfGrown()
    })
  }

  return {
    submit(change) {
      const result = new Promise<RebuildResult>((resolve, reject) => queue.push({change, queuedAt: performance.now(), resolve, reject}))
      running ??= drain()
      return result
    },
    async idle() {
      while (running) await running
    },
    stop() {
      stopped = true
      cancelRetry?.()
      cancelRetry = undefined
    },
    lastReport: () => report,
    currentContent: () => previous,
  }
}
