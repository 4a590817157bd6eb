// Turns the raw measurements of one corpus size into the figures the benchmark reports: pages per
// second on both sides (same page rule, same clock rule), the Sanad/Hugo ratio, the incremental
// medians and a verdict per target. Pure; the table and --json print exactly this.
import type {BuildMeasurement} from './buildChild.ts'
import type {HugoMeasurement, HugoRun} from './hugoComparison.ts'

export interface CorpusFigures {
  articles: number
  claims: number
  documents: number
  ndjsonBytes: number
  wordsAverage: number
  wordsMin: number
  wordsMax: number
  generateMs: number
}

export interface SizeMeasurements {
  corpus: CorpusFigures
  sanad: BuildMeasurement & {processWallMs: number}
  hugo: HugoMeasurement | {skipped: string}
}

export interface TargetVerdict {
  target: string
  met: boolean
  measured: string
}

export interface SizeSummary extends SizeMeasurements {
  full: {pages: number; files: number; coldWallMs: number; buildMs: number; pagesPerSecond: number; buildPagesPerSecond: number; cpuMs: number; pagesPerCpuSecond: number; peakRssMb: number}
  exportRebuild: {ms: number; rendered: number; reused: number}
  inProcess: {medianMs: number; minMs: number; maxMs: number; medianCpuMs: number; medianGateMs: number; medianRenderMs: number; rendered: number; reused: number; runs: number}
  server: {medianMs: number; minMs: number; maxMs: number; medianCpuMs: number; medianFetchMs: number; medianCleanupMs: number; runs: number}
  childPeakRssMb: number
  hugoSummary?: {pages: number; medianWallMs: number; pagesPerSecond: number; cpuMs: number | undefined; pagesPerCpuSecond: number | undefined; peakRssMb: number | undefined; hugoReportedMs: number | undefined}
  /** Sanad pages/s ÷ Hugo pages/s, both on cold process wall time. */
  ratio?: number
  /** The same ratio on CPU time (user + system), which other load on the machine disturbs less. */
  cpuRatio?: number
  targets: TargetVerdict[]
}

export const INCREMENTAL_TARGET_MS = 200
export const FULL_BUILD_RATIO_TARGET = 2
export const PEAK_RSS_TARGET_MB = 300
export const PEAK_RSS_TARGET_ARTICLES = 4000

export const median = (values: readonly number[]): number => {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

const sum = (values: readonly number[]): number => values.reduce((total, value) => total + value, 0)
const mb = (kb: number): number => kb / 1024

/** The Hugo run with the median wall time (a real run, so its pages, CPU and RSS belong together). */
const medianRun = (runs: readonly HugoRun[]): HugoRun | undefined => [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor(runs.length / 2)]

/** Median, min and max wall time and median CPU time of repeated timed runs. */
const timedRuns = (runs: readonly {totalMs: number; cpuMs: number}[]) => {
  const totals = runs.map((run) => run.totalMs)
  return {medianMs: median(totals), minMs: Math.min(...totals), maxMs: Math.max(...totals), medianCpuMs: median(runs.map((run) => run.cpuMs)), runs: runs.length}
}

export const summarizeSize = (measured: SizeMeasurements): SizeSummary => {
  const {sanad, hugo, corpus} = measured
  const full = {
    pages: sanad.fullPages,
    files: sum(sanad.fullClinics.map((clinic) => clinic.files)),
    coldWallMs: sanad.coldFullMs,
    buildMs: sanad.fullMs,
    pagesPerSecond: sanad.fullPages / (sanad.coldFullMs / 1000),
    buildPagesPerSecond: sanad.fullPages / (sanad.fullMs / 1000),
    cpuMs: sanad.fullCpuMs,
    pagesPerCpuSecond: sanad.fullPages / (sanad.fullCpuMs / 1000),
    peakRssMb: mb(sanad.fullMaxRssKb),
  }
  const last = sanad.inProcess.at(-1)
  const inProcess = {
    ...timedRuns(sanad.inProcess),
    medianGateMs: median(sanad.inProcess.map((run) => run.gateMs)),
    medianRenderMs: median(sanad.inProcess.map((run) => run.renderMs)),
    rendered: last ? sum(last.clinics.map((clinic) => clinic.rendered)) : 0,
    reused: last ? sum(last.clinics.map((clinic) => clinic.reused)) : 0,
  }
  const server = {
    ...timedRuns(sanad.server),
    medianFetchMs: median(sanad.server.map((run) => run.fetchMs)),
    medianCleanupMs: median(sanad.server.map((run) => run.cleanupMs)),
  }
  const exportRebuild = {
    ms: sanad.exportRebuild.ms,
    rendered: sum(sanad.exportRebuild.clinics.map((clinic) => clinic.rendered)),
    reused: sum(sanad.exportRebuild.clinics.map((clinic) => clinic.reused)),
  }

  const run = 'runs' in hugo ? medianRun(hugo.runs) : undefined
  const hugoSummary = run && {
    pages: run.pages,
    medianWallMs: run.wallMs,
    pagesPerSecond: run.pages / (run.wallMs / 1000),
    cpuMs: run.cpuMs,
    pagesPerCpuSecond: run.cpuMs === undefined ? undefined : run.pages / (run.cpuMs / 1000),
    peakRssMb: run.maxRssKb === undefined ? undefined : mb(run.maxRssKb),
    hugoReportedMs: run.hugoReportedMs,
  }
  const ratio = hugoSummary ? full.pagesPerSecond / hugoSummary.pagesPerSecond : undefined
  const cpuRatio = hugoSummary?.pagesPerCpuSecond ? full.pagesPerCpuSecond / hugoSummary.pagesPerCpuSecond : undefined

  const targets: TargetVerdict[] = []
  if (ratio !== undefined) {
    targets.push({target: `full build >= ${FULL_BUILD_RATIO_TARGET}x Hugo pages/s`, met: ratio >= FULL_BUILD_RATIO_TARGET, measured: `${ratio.toFixed(2)}x (${cpuRatio?.toFixed(2) ?? 'n/a'}x on CPU time)`})
  }
  // Judged on (c), what the running server does from the webhook's change to the pages live.
  targets.push({
    target: `incremental (c), one article across all clinics, webhook change to pages live < ${INCREMENTAL_TARGET_MS} ms (median of ${server.runs})`,
    met: server.medianMs < INCREMENTAL_TARGET_MS,
    measured: `${Math.round(server.medianMs)} ms median, max ${Math.round(server.maxMs)} (${Math.round(server.medianCpuMs)} ms CPU)`,
  })
  if (corpus.articles === PEAK_RSS_TARGET_ARTICLES) {
    targets.push({target: `peak RSS < ${PEAK_RSS_TARGET_MB} MB at ${PEAK_RSS_TARGET_ARTICLES} articles`, met: full.peakRssMb < PEAK_RSS_TARGET_MB, measured: `${Math.round(full.peakRssMb)} MB`})
  }

  return {
    ...measured,
    full,
    exportRebuild,
    inProcess,
    server,
    childPeakRssMb: mb(sanad.finalMaxRssKb),
    ...(hugoSummary ? {hugoSummary} : {}),
    ...(ratio !== undefined ? {ratio} : {}),
    ...(cpuRatio !== undefined ? {cpuRatio} : {}),
    targets,
  }
}
