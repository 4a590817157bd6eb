// `sanad serve` and `npm start`: takes the ports, builds every clinic once, serves each site and its
// API on localhost, and, when a webhook secret is configured, rebuilds just the affected clinics on
// every signed Sanity webhook, a country's clinics at its midnight, and an article's clinics when its
// publishAt or unpublishAt passes.
import {loadContent} from '../content/loadContent.ts'
import {createBuildMemory} from '../pipeline/buildMemory.ts'
import {runBuild} from '../pipeline/runBuild.ts'
import {selectClinics} from '../pipeline/selectClinics.ts'
import {renderReportPage} from '../report/reportPage.ts'
import type {RunReport} from '../report/buildReport.ts'
import type {ContentSource} from '../sources/contentSource.ts'
import {createReplayGuard, SIGNATURE_TOLERANCE_MS} from '../webhook/index.ts'
import {clinicsToServe} from './clinicsToServe.ts'
import {createSiteRebuilder, type RebuildResult, type SiteRebuilder} from './siteRebuilder.ts'
import {startSiteServers, WEBHOOK_PATH, type SiteServers} from './startSiteServers.ts'
import {createWebhookRoute} from './webhookRoute.ts'
import {rebuildAtClinicMidnights} from './rebuildAtClinicMidnights.ts'
import {rebuildAtWindowChanges, type WindowChangeRebuild} from './rebuildAtWindowChanges.ts'
import type {SetTimer} from '../schedule/instantTimer.ts'

export interface ServeOptions {
  outDir: string
  /** Opened afresh for every build, so an edited dataset file or new Content Lake data is read. */
  openSource: () => Promise<ContentSource>
  port: number
  /** What set `port`, for the messages about it: `--port` (the default) or `PORT` (npm start). */
  portName?: string
  /** SANITY_WEBHOOK_SECRET; without it there is no webhook route. */
  webhookSecret?: string | undefined
  now?: () => Date
  /** The timer of the rebuilds at each country's midnight and each publishAt and unpublishAt (tests fire it themselves). */
  setTimer?: SetTimer
  onProgress?: (message: string) => void
  onRebuilt?: (result: RebuildResult) => void
}

export interface ServedSites extends SiteServers {
  webhookUrl: string | undefined
  initialReport: RunReport
  rebuilder: SiteRebuilder
}

export const serveSites = async (options: ServeOptions): Promise<ServedSites> => {
  const now = options.now ?? (() => new Date())
  const source = await options.openSource()
  let initialReport: RunReport
  const memory = createBuildMemory()
  let loaded
  let bound
  let served: string[]
  const builtAt = now()
  try {
    options.onProgress?.(`reading ${source.describe()}`)
    loaded = await loadContent(source)
    // The ports first: one that cannot be had ends the command before the output folder is touched.
    bound = await startSiteServers({
      outDir: options.outDir,
      clinics: selectClinics(loaded).map((clinic) => clinic.slug.current),
      port: options.port,
      portName: options.portName ?? '--port',
    })
    initialReport = await runBuild({source, loaded, memory, outDir: options.outDir, now: builtAt, retryOnLostWriteLock: true, ...(options.onProgress ? {onProgress: options.onProgress} : {})})
    // A clinic whose new release failed still has its previous site to serve; with none to serve, this throws.
    served = clinicsToServe(initialReport, options.outDir)
  } catch (error) {
    await bound?.close()
    throw error
  } finally {
    await source.close()
  }
  // A rebuild reports only the clinics it built; the report page shows every clinic's latest state.
  let latest = initialReport
  // Armed once the servers are open; every rebuild can move an article's publishAt or unpublishAt.
  let windowChanges: WindowChangeRebuild | undefined
  const rebuilder = createSiteRebuilder({
    outDir: options.outDir,
    openSource: options.openSource,
    now,
    initialContent: loaded,
    memory,
    ...(options.onProgress ? {onProgress: options.onProgress} : {}),
    onRebuilt: (result) => {
      if (result.report) {
        const rebuilt = new Map(result.report.clinics.map((clinic) => [clinic.slug, clinic]))
        latest = {...result.report, clinics: latest.clinics.map((clinic) => rebuilt.get(clinic.slug) ?? clinic)}
      }
      windowChanges?.rearm()
      options.onRebuilt?.(result)
    },
  })
  const webhook = options.webhookSecret
    ? createWebhookRoute({
        secret: options.webhookSecret,
        replayGuard: createReplayGuard(2 * SIGNATURE_TOLERANCE_MS),
        now,
        onChange: (change) => {
          rebuilder.submit(change).catch((error: unknown) => options.onProgress?.(`rebuild for ${change.documentId} failed: ${String(error)}`))
        },
      })
    : undefined
  const servers = await bound.open({
    clinics: served,
    reportHtml: (clinicUrls) => renderReportPage(latest, clinicUrls),
    ...(webhook ? {webhook} : {}),
  })
  const midnights = rebuildAtClinicMidnights({
    now,
    clinicsIn: (jurisdiction) => [...(rebuilder.currentContent()?.graph.clinics.values() ?? [])].filter((clinic) => clinic.jurisdiction === jurisdiction),
    submit: (change) => rebuilder.submit(change),
    ...(options.onProgress ? {onProgress: options.onProgress} : {}),
    ...(options.setTimer ? {setTimer: options.setTimer} : {}),
  })
  windowChanges = rebuildAtWindowChanges({
    now,
    builtAt,
    graph: () => rebuilder.currentContent()?.graph,
    submit: (change) => rebuilder.submit(change),
    ...(options.onProgress ? {onProgress: options.onProgress} : {}),
    ...(options.setTimer ? {setTimer: options.setTimer} : {}),
  })
  return {
    ...servers,
    webhookUrl: webhook ? new URL(WEBHOOK_PATH, servers.reportUrl).href : undefined,
    initialReport,
    rebuilder,
    close: async () => {
      midnights.stop()
      windowChanges?.stop()
      rebuilder.stop()
      await rebuilder.idle()
      await servers.close()
    },
  }
}
