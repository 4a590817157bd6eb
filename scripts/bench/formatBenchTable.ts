// The benchmark's human-readable report: one column per corpus size, one row per figure, then the
// targets with met / not met. Pure; bench.ts prints it.
import type {SizeSummary} from './summarizeBench.ts'

export interface BenchEnvironment {
  node: string
  cpus: string
  tmpDir: string
  tmpFilesystem: string
  buildClock: string
  loadAtStart: number[]
  loadAtEnd: number[]
  hugo: string
  totalMs: number
}

type Row = [label: string, ...values: string[]] | [section: string]

const integer = (value: number): string => Math.round(value).toLocaleString('en-US')
const seconds = (ms: number): string => (ms / 1000).toFixed(2)
const fixed = (value: number | undefined, digits = 1): string => (value === undefined || Number.isNaN(value) ? 'n/a' : value.toFixed(digits))
const load = (values: number[]): string => values.map((value) => value.toFixed(2)).join(' ')

const rows = (sizes: readonly SizeSummary[]): Row[] => {
  const each = (value: (size: SizeSummary) => string): string[] => sizes.map(value)
  const hugo = (value: (summary: NonNullable<SizeSummary['hugoSummary']>) => string): string[] =>
    sizes.map((size) => (size.hugoSummary ? value(size.hugoSummary) : 'skipped'))
  return [
    ['articles', ...each((size) => integer(size.corpus.articles))],
    ['Corpus'],
    ['  documents (claims)', ...each((size) => `${integer(size.corpus.documents)} (${integer(size.corpus.claims)})`)],
    ['  words per article, avg (min-max)', ...each((size) => `${integer(size.corpus.wordsAverage)} (${size.corpus.wordsMin}-${size.corpus.wordsMax})`)],
    ['  data.ndjson MB', ...each((size) => fixed(size.corpus.ndjsonBytes / 1048576))],
    ['  generated in s', ...each((size) => seconds(size.corpus.generateMs))],
    ['Sanad full build (fresh process)'],
    ['  HTML pages written', ...each((size) => integer(size.full.pages))],
    ['  all files in the releases', ...each((size) => integer(size.full.files))],
    ['  (article, clinic) pairs blocked by the gate', ...each((size) => integer(size.sanad.blockedArticles))],
    ['  wall, process start to done, s', ...each((size) => seconds(size.full.coldWallMs))],
    ['  wall, inside runBuild, s', ...each((size) => seconds(size.full.buildMs))],
    ['  pages/s (process wall)', ...each((size) => fixed(size.full.pagesPerSecond))],
    ['  pages/s (inside runBuild)', ...each((size) => fixed(size.full.buildPagesPerSecond))],
    ['  CPU s (user+system)', ...each((size) => seconds(size.full.cpuMs))],
    ['  pages per CPU second', ...each((size) => fixed(size.full.pagesPerCpuSecond))],
    ['  peak RSS MB', ...each((size) => integer(size.full.peakRssMb))],
    ['Sanad incremental: 1 edited article, all 3 clinics'],
    ['  (a) runBuild over edited export, ms', ...each((size) => integer(size.exportRebuild.ms))],
    ['      article pages rendered / reused', ...each((size) => `${size.exportRebuild.rendered} / ${integer(size.exportRebuild.reused)}`)],
    ['  (b) in-process parse+gate+render, ms', ...each((size) => `${integer(size.inProcess.medianMs)} (${integer(size.inProcess.minMs)}-${integer(size.inProcess.maxMs)})`)],
    ['      CPU ms (user+system), median', ...each((size) => integer(size.inProcess.medianCpuMs))],
    ['      of which gate, all clinics, ms', ...each((size) => integer(size.inProcess.medianGateMs))],
    ['      of which render+write, ms', ...each((size) => integer(size.inProcess.medianRenderMs))],
    ['      article pages rendered / reused', ...each((size) => `${size.inProcess.rendered} / ${integer(size.inProcess.reused)}`)],
    ['  (c) sanad serve on the Content Lake: webhook change to pages live, ms', ...each((size) => `${integer(size.server.medianMs)} (${integer(size.server.minMs)}-${integer(size.server.maxMs)})`)],
    ['      CPU ms (user+system), median', ...each((size) => integer(size.server.medianCpuMs))],
    ['      of which the Lake stand-in answering, ms', ...each((size) => integer(size.server.medianFetchMs))],
    ['      then, in the background: replaced releases deleted, ms', ...each((size) => integer(size.server.medianCleanupMs))],
    ['  peak RSS of the whole child, MB', ...each((size) => integer(size.childPeakRssMb))],
    ['Hugo, same articles as Markdown (median run)'],
    ['  HTML pages written', ...hugo((summary) => integer(summary.pages))],
    ['  wall, process spawn to exit, s', ...hugo((summary) => seconds(summary.medianWallMs))],
    ['  Hugo\'s own "Total in", s', ...hugo((summary) => (summary.hugoReportedMs === undefined ? 'n/a' : seconds(summary.hugoReportedMs)))],
    ['  pages/s', ...hugo((summary) => fixed(summary.pagesPerSecond))],
    ['  CPU s (user+system)', ...hugo((summary) => (summary.cpuMs === undefined ? 'n/a' : seconds(summary.cpuMs)))],
    ['  pages per CPU second', ...hugo((summary) => fixed(summary.pagesPerCpuSecond))],
    ['  peak RSS MB', ...hugo((summary) => (summary.peakRssMb === undefined ? 'n/a' : integer(summary.peakRssMb)))],
    ['Sanad / Hugo pages/s (wall)', ...each((size) => (size.ratio === undefined ? 'n/a' : `${size.ratio.toFixed(2)}x`))],
    ['Sanad / Hugo pages per CPU second', ...each((size) => (size.cpuRatio === undefined ? 'n/a' : `${size.cpuRatio.toFixed(2)}x`))],
  ]
}

const layout = (table: Row[]): string[] => {
  const labelWidth = Math.max(...table.map((row) => (row.length > 1 ? row[0].length : 0)))
  const columns = Math.max(...table.map((row) => row.length - 1))
  const widths = Array.from({length: columns}, (_, column) => Math.max(...table.map((row) => (row[column + 1] ?? '').length)))
  return table.map((row) =>
    row.length === 1 ? row[0] : [row[0].padEnd(labelWidth), ...row.slice(1).map((value, column) => value.padStart(widths[column]!))].join('   '),
  )
}

export const formatBenchTable = (sizes: readonly SizeSummary[], environment: BenchEnvironment): string => {
  const incrementalRuns = sizes[0]?.inProcess.runs ?? 0
  const hugoRuns = sizes.find((size) => 'runs' in size.hugo)?.hugo
  const lines = [
    `Sanad benchmark: node ${environment.node}, ${environment.cpus}, temp dir ${environment.tmpDir} (${environment.tmpFilesystem})`,
    `build clock ${environment.buildClock}; load average ${load(environment.loadAtStart)} at start, ${load(environment.loadAtEnd)} at end`,
    `hugo: ${environment.hugo}`,
    '',
    ...layout(rows(sizes)),
    '',
    'How to read it:',
    '  Pages = every *.html file written, counted on disk the same way on both sides (each clinic site for',
    '  Sanad; public/ for Hugo). Hugo builds one site with a section per clinic holding a Markdown page',
    '  for every article that clinic publishes, so both sides write the same article pages; the rest',
    '  differs slightly (Sanad: index, 404 and procedure pages per clinic; Hugo: home, 404, section lists).',
  '  Sanad also writes non-HTML files per article and per clinic (all files in the releases); they cost',
  '  build time but are not counted as pages. Hugo writes HTML only (RSS, sitemap, taxonomies disabled).',
    '  pages/s = pages / wall time of a cold process (spawn or start to exit or done), on both sides.',
  '  CPU figures (user+system) are shown too: other processes on the machine slow the wall clock',
  '  (see the load average above) far more than they change CPU time. Hugo uses every core; Sanad one.',
    `  (a) includes re-reading and re-parsing the whole export; (b) starts from the changed raw document in`,
    `  a running process with the graph loaded: zod parse, gate for every clinic, renderClinicRelease for`,
    `  every clinic (pages written, release activated); median (min-max) of ${incrementalRuns} edits.`,
    `  (c) is what \`sanad serve\` on the Content Lake does per webhook, timed from the change to every clinic's`,
    `  release live: ask the Lake (a stand-in on 127.0.0.1, over HTTP) for the changed document, patch the`,
    `  content, work out the affected clinics, lock, gate, render, activate, prune. The target is judged on (c).`,
    `  Every timed edit is checked live in every clinic afterwards (the bench fails otherwise).`,
    ...(hugoRuns && 'runs' in hugoRuns ? [`  Hugo: median of ${hugoRuns.runs.length} cold builds into an empty public/; CPU and RSS from GNU time.`] : []),
    '',
    'Targets (reported, not asserted):',
    ...sizes.flatMap((size) =>
      size.targets.map((target) => `  ${integer(size.corpus.articles).padStart(5)} articles  ${target.met ? 'MET    ' : 'NOT MET'}  ${target.target}: ${target.measured}`),
    ),
    '',
    `Bench took ${seconds(environment.totalMs)} s.`,
  ]
  return lines.join('\n')
}
