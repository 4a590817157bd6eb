// `sanad serve`: builds every clinic once, serves each site and its API on localhost, and, when a
// webhook secret is configured, rebuilds just the affected clinics on every signed Sanity webhook.
import {loadContent} from '../content/loadContent.ts'
import {createBuildMemory} from '../pipeline/buildMemory.ts'
import {runBuild} from '../pipeline/runBuild.ts'
import {renderReportPage} from '../report/reportPage.ts'
import type {RunReport} from '../report/buildReport.ts'
import type {ContentSource} from '../sources/contentSource.ts'
import {createReplayGuard, SIGNATURE_TOLERANCE_MS} from '../webhook/index.ts'
import {createSiteRebuilder, type RebuildResult, type SiteRebuilder} from './siteRebuilder.ts'
import {startSiteServers, WEBHOOK_PATH, type SiteServers} from './startSiteServers.ts'
import {createWebhookRoute} from './webhookRoute.ts'

export interface ServeOptions {
  outDir: string
  /** Opened afresh for every build, so an edited dataset file or new Content Lake data is read. */
  openSource: () => Promise<ContentSource>
  port: number
  /** SANITY_WEBHOOK_SECRET; without it there is no webhook route. */
  webhookSecret?: string | undefined
  now?: () => Date
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
  try {
    loaded = await loadContent(source)
    initialReport = await runBuild({source, loaded, memory, outDir: options.outDir, now: now(), ...(options.onProgress ? {onProgress: options.onProgress} : {})})
  } finally {
    await source.close()
  }
  // A rebuild reports only the clinics it built; the report page shows every clinic's latest state.
  let latest = initialReport
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
  const servers = await startSiteServers({
    outDir: options.outDir,
    // A clinic whose new release failed still has its previous site to serve.
    clinics: initialReport.clinics.filter((clinic) => clinic.release || clinic.previousSiteLive).map((clinic) => clinic.slug),
    port: options.port,
    reportHtml: (clinicUrls) => renderReportPage(latest, clinicUrls),
    ...(webhook ? {webhook} : {}),
  })
  return {
    ...servers,
    webhookUrl: webhook ? new URL(WEBHOOK_PATH, servers.reportUrl).href : undefined,
    initialReport,
    rebuilder,
    close: async () => {
      await rebuilder.idle()
      await servers.close()
    },
  }
}
