// The build every job ends with: an atomic release per clinic from freshly loaded content, and what
// the scheduler must remember afterwards (the content's fingerprint, the folder and sites it built,
// the next publishing instants and clinic midnights).
import {loadContent, type LoadedContent} from '../content/loadContent.ts'
import {runBuild} from '../pipeline/runBuild.ts'
import {upcomingWindowChanges} from '../pipeline/publishWindow.ts'
import {clinicOutcome, type RunReport} from '../report/buildReport.ts'
import type {ContentSource} from '../sources/contentSource.ts'
import {contentFingerprint} from './contentFingerprint.ts'
import {upcomingDayStarts} from './clinicDayStarts.ts'
import type {JobOutcome} from './scheduler.ts'

export interface JobEnvironment {
  outDir: string
  /** Opened afresh for each run, so every run sees the latest content. */
  openSource: () => Promise<ContentSource>
  onProgress?: (message: string) => void
}

export const withSource = async <T>(environment: JobEnvironment, work: (source: ContentSource) => Promise<T>): Promise<T> => {
  const source = await environment.openSource()
  try {
    return await work(source)
  } finally {
    await source.close()
  }
}

export const describeBuild = (report: RunReport): string =>
  report.clinics
    .map((clinic) => {
      const outcome = clinicOutcome(clinic)
      return `${clinic.slug}: ${outcome === 'failed' ? 'FAILED' : outcome === 'heldBack' ? 'HELD BACK by its own texts' : `${clinic.published.length} published, ${clinic.blocked.length} blocked`}`
    })
    .join('; ')

/** The clinics a build released a site for (a clinic held back by its own texts has none to keep live). */
const releasedSlugs = (report: RunReport): string[] => report.clinics.filter((clinic) => clinicOutcome(clinic) === 'released').map((clinic) => clinic.slug)

/** Builds `clinicSlugs` (all when omitted) and returns the content state to remember. */
export const buildAndRecord = async (
  environment: JobEnvironment,
  source: ContentSource,
  now: Date,
  options: {loaded?: LoadedContent; clinicSlugs?: string[]; fingerprint?: string} = {},
): Promise<{report: RunReport; outcome: Required<Pick<JobOutcome, 'content'>>}> => {
  const loaded = options.loaded ?? (await loadContent(source))
  const fingerprint = options.fingerprint ?? (await contentFingerprint(source))
  const report = await runBuild({
    source,
    loaded,
    outDir: environment.outDir,
    now,
    // The scheduler runs until SIGTERM: a clinic whose lock another build took over while it was
    // stopped is built again, as `sanad serve` does, instead of the process exiting with every job.
    retryOnLostWriteLock: true,
    ...(options.clinicSlugs ? {clinicSlugs: options.clinicSlugs} : {}),
    ...(environment.onProgress ? {onProgress: environment.onProgress} : {}),
  })
  const failed = report.clinics.some((clinic) => clinic.failure)
  const partial = options.clinicSlugs !== undefined
  return {
    report,
    outcome: {
      content: {
        // A failed or partial build does not vouch for the whole content: the next sync builds again.
        ...(failed || partial ? {} : {fingerprint, outDir: environment.outDir, sites: releasedSlugs(report)}),
        windowChanges: upcomingWindowChanges(loaded.graph.articles.values(), now),
        dayStarts: upcomingDayStarts(now),
      },
    },
  }
}
