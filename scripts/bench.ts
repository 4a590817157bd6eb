#!/usr/bin/env node
// `npm run bench`: generates N synthetic Arabic articles per size, measures a full and an incremental
// Sanad build in a fresh process, builds the same articles with Hugo when it is installed, and prints
// a table (or JSON with --json). Progress goes to stderr; temp folders are removed at the end.
import {rm, statfs} from 'node:fs/promises'
import {availableParallelism, cpus, loadavg, tmpdir} from 'node:os'
import {join} from 'node:path'
import {fileURLToPath} from 'node:url'
import {Command, InvalidArgumentError} from 'commander'
import {buildContentGraph} from '../src/content/contentGraph.ts'
import {parseDocuments} from '../src/content/parseDocuments.ts'
import {formatBenchTable, type BenchEnvironment} from './bench/formatBenchTable.ts'
import {generateCorpus} from './bench/generateCorpus.ts'
import {hugoVersion, measureHugo} from './bench/hugoComparison.ts'
import {measureBuildInChild} from './bench/measureBuild.ts'
import {measurePhrasebookHeap} from './bench/phrasebookHeap.ts'
import {articleLintTexts, measureLintThroughput, measureLongClaimTexts, type LintThroughput} from './bench/lintThroughput.ts'
import {summarizeSize, type SizeSummary} from './bench/summarizeBench.ts'
import {measureWebhookLatency} from './bench/webhookLatency.ts'
import type {Article} from '../src/content/documents/article.ts'
import {makeTempDir, readExportDocuments, writeExportDataset} from './bench/writeCorpusDataset.ts'

const BUNDLED_DATASET = fileURLToPath(new URL('../dataset/', import.meta.url))
// The corpus's review and approval dates are set around this instant, so the build runs on it
// rather than on the wall clock: the same corpus publishes the same pages on any day.
const BUILD_CLOCK = '2026-11-21T12:00:00Z'

const positiveIntegers = (value: string): number[] => {
  const numbers = value.split(',').map((part) => Number(part.trim()))
  if (numbers.length === 0 || numbers.some((number) => !Number.isInteger(number) || number < 1)) {
    throw new InvalidArgumentError('expected comma-separated positive integers, e.g. 1000,4000')
  }
  return numbers
}

const positiveInteger = (value: string): number => positiveIntegers(value)[0]!

const program = new Command('bench')
  .description('Measures Sanad full and incremental builds on synthetic Arabic corpora, against Hugo when installed.')
  .option('--sizes <list>', 'article counts to measure', positiveIntegers, [1000, 4000])
  .option('--skip-hugo', 'do not build the Hugo comparison site')
  .option('--skip-webhook', 'do not measure webhook-to-page latency')
  .option('--json', 'print the figures as JSON instead of the table')
  .option('--incremental-runs <n>', 'incremental edits to time per size, for (b) and for (c) (the median is reported; in (b) a full garbage collection lands in about one edit of four at 4,000 articles, so fewer edits make a noisy median)', positiveInteger, 15)
  .option('--hugo-runs <n>', 'cold Hugo builds per size (the median is reported)', positiveInteger, 3)
  .option('--cpu-prof-dir <dir>', 'write a V8 CPU profile of each Sanad build process into this folder')
  .parse()

const options = program.opts<{
  sizes: number[]
  skipHugo?: boolean
  skipWebhook?: boolean
  json?: boolean
  incrementalRuns: number
  hugoRuns: number
  cpuProfDir?: string
}>()

const benchStarted = performance.now()
const progress = (message: string) => process.stderr.write(`bench [${((performance.now() - benchStarted) / 1000).toFixed(1)}s] ${message}\n`)

const filesystemName = async (path: string): Promise<string> => {
  const types: Record<number, string> = {0xef53: 'ext4', 0x01021994: 'tmpfs', 0x9123683e: 'btrfs', 0x58465342: 'xfs', 0x794c7630: 'overlayfs'}
  const {type} = await statfs(path)
  return types[type] ?? `filesystem 0x${type.toString(16)}`
}

const loadAtStart = loadavg()
const hugo = options.skipHugo ? undefined : await hugoVersion()
const base = await readExportDocuments(BUNDLED_DATASET)
const today = BUILD_CLOCK.slice(0, 10)
const summaries: SizeSummary[] = []
const temporary: string[] = []
const lintBySize: {articles: number; throughput: LintThroughput}[] = []

try {
  for (const articleCount of options.sizes) {
    progress(`${articleCount} articles: generating the corpus`)
    const generateStarted = performance.now()
    let corpus: ReturnType<typeof generateCorpus> | undefined = generateCorpus(base, {articleCount, today})
    const generateMs = performance.now() - generateStarted
    const datasetDir = await makeTempDir('sanad-bench-dataset-')
    const outDir = await makeTempDir('sanad-bench-dist-')
    temporary.push(datasetDir, outDir)
    const ndjsonBytes = await writeExportDataset(datasetDir, corpus.documents, BUNDLED_DATASET)
    const words = corpus.wordCounts
    const corpusFigures = {
      articles: articleCount,
      claims: corpus.claims.length,
      documents: corpus.documents.length,
      ndjsonBytes,
      wordsAverage: words.reduce((total, count) => total + count, 0) / words.length,
      wordsMin: Math.min(...words),
      wordsMax: Math.max(...words),
      generateMs,
    }
    const parsed = parseDocuments(corpus.documents).documents
    progress(`${articleCount} articles: banned-claim linter throughput on one core`)
    const articleDocuments = parsed.filter((document): document is Article => document._type === 'article')
    lintBySize.push({articles: articleCount, throughput: measureLintThroughput(articleLintTexts(articleDocuments))})
    // Only the graph is needed from here on (for Hugo); the child reads the dataset from disk.
    const graph = options.skipHugo || !hugo ? undefined : buildContentGraph(parsed)
    corpus = undefined

    progress(`${articleCount} articles: Sanad full build and ${options.incrementalRuns} incremental edits in a fresh process`)
    const sanad = await measureBuildInChild({
      datasetDir,
      outDir,
      now: BUILD_CLOCK,
      incrementalRuns: options.incrementalRuns,
      cpuProfDir: options.cpuProfDir,
    })
    await rm(outDir, {recursive: true, force: true})

    let hugoResult: Parameters<typeof summarizeSize>[0]['hugo'] = {skipped: options.skipHugo ? '--skip-hugo' : 'hugo is not installed (apt-get install -y hugo)'}
    if (graph && hugo) {
      progress(`${articleCount} articles: Hugo, ${options.hugoRuns} cold builds`)
      const hugoDir = await makeTempDir('sanad-bench-hugo-')
      temporary.push(hugoDir)
      hugoResult = await measureHugo(graph, hugoDir, options.hugoRuns, hugo)
      await rm(hugoDir, {recursive: true, force: true})
    }
    await rm(datasetDir, {recursive: true, force: true})
    summaries.push(summarizeSize({corpus: corpusFigures, sanad, hugo: hugoResult}))
  }
} finally {
  for (const dir of temporary) await rm(dir, {recursive: true, force: true})
}

progress('banned-claim linter on long texts of back-to-back claims')
const longTexts = measureLongClaimTexts()
const phrasebookHeap = await measurePhrasebookHeap()

progress('webhook → updated page latency on the bundled dataset (sanad serve)')
const webhook = options.skipWebhook ? undefined : await measureWebhookLatency({runs: 20})

const environment: BenchEnvironment = {
  node: process.version,
  cpus: `${availableParallelism()} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'})`,
  tmpDir: tmpdir(),
  tmpFilesystem: await filesystemName(tmpdir()),
  buildClock: BUILD_CLOCK,
  loadAtStart,
  loadAtEnd: loadavg(),
  hugo: options.skipHugo ? 'skipped (--skip-hugo)' : (hugo ?? 'not installed'),
  totalMs: performance.now() - benchStarted,
}

const extraLines = [
  '',
  'Banned-claim linter, one core (target >= 2,000,000 words/s):',
  ...lintBySize.map(({articles, throughput}) =>
    `  ${articles.toLocaleString('en')} articles: ${Math.round(throughput.words).toLocaleString('en')} words in ${throughput.seconds.toFixed(3)} s = ${Math.round(throughput.wordsPerSecond).toLocaleString('en')} words/s  ${throughput.wordsPerSecond >= 2_000_000 ? 'MET' : 'NOT MET'}`,
  ),
  ...longTexts.map(({unit, characters, claims, ms}) =>
    `  one text of «${unit}» repeated, ${characters.toLocaleString('en')} characters, ${claims.toLocaleString('en')} claims: ${ms.toFixed(0)} ms`,
  ),
  `  heap the ${phrasebookHeap.phrasebooks} jurisdictions' compiled phrasebooks keep (fresh process): ${(phrasebookHeap.heapBytes / 1e6).toFixed(1)} MB`,
  ...(webhook
    ? ['', `Webhook → updated page (sanad serve, bundled dataset, ${webhook.runs} edits of ${webhook.articleId}): median ${webhook.medianMs.toFixed(0)} ms, p95 ${webhook.p95Ms.toFixed(0)} ms, max ${webhook.maxMs.toFixed(0)} ms`]
    : []),
]
process.stdout.write(
  options.json
    ? `${JSON.stringify({environment, sizes: summaries, lint: lintBySize, longTexts, phrasebookHeap, webhook}, null, 2)}\n`
    : `${formatBenchTable(summaries, environment)}\n${extraLines.join('\n')}\n`,
)
