// Child process of the benchmark, one per corpus size, so its peak RSS is this build's alone: a full
// build, then (a) a full runBuild over an export with one article edited, (b) the in-process
// incremental path, repeated, and (c) the same edits through `sanad serve`'s rebuilder on a Content
// Lake stand-in. Prints one JSON line (BuildMeasurement) on stdout; nothing else.
import {spawn} from 'node:child_process'
import {readFile, rm} from 'node:fs/promises'
import {fileURLToPath} from 'node:url'
import {join} from 'node:path'
import {loadContent, type LoadedContent} from '../../src/content/loadContent.ts'
import {createBuildMemory, type BuildMemory} from '../../src/pipeline/buildMemory.ts'
import {runBuild} from '../../src/pipeline/runBuild.ts'
import type {RunReport} from '../../src/report/buildReport.ts'
import {limitHeapGrowth} from '../../src/process/heapGrowth.ts'
import {lockClinicWrites} from '../../src/publish/clinicWriteLock.ts'
import {createSiteRebuilder} from '../../src/server/siteRebuilder.ts'
import type {ContentSource} from '../../src/sources/contentSource.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {DEFAULT_SANITY_API_VERSION, parseSanityEnv} from '../../src/sources/sanity/sanityEnv.ts'
import {createSanitySource} from '../../src/sources/sanity/sanitySource.ts'
import {countHtmlPages} from './countHtmlPages.ts'
import {editArticle} from './editArticle.ts'
import type {RawDocument} from './generateCorpus.ts'
import {applyArticleChange, type IncrementalTiming} from './incrementalRender.ts'
import {makeTempDir, readExportDocuments, writeExportDataset} from './writeCorpusDataset.ts'

export interface BuildChildRequest {
  datasetDir: string
  outDir: string
  now: string
  incrementalRuns: number
}

interface ClinicRelease {
  slug: string
  published: number
  rendered: number
  reused: number
  files: number
}

export interface BuildMeasurement {
  /** ms from process start to the end of the full build: Node start-up, imports and the build. */
  coldFullMs: number
  /** ms inside runBuild (opening the source included). */
  fullMs: number
  /** HTML files on disk in every clinic's live site after the full build. */
  fullPages: number
  fullClinics: ClinicRelease[]
  blockedArticles: number
  fullMaxRssKb: number
  fullCpuMs: number
  editedArticleId: string
  exportRebuild: {ms: number; clinics: ClinicRelease[]}
  inProcess: IncrementalTiming[]
  /** (c) What `sanad serve` on the Content Lake does per webhook: fetch the changed document, patch, gate, render, activate. */
  server: ServerEditTiming[]
  finalMaxRssKb: number
}

const releases = (report: RunReport): ClinicRelease[] =>
  report.clinics.map((clinic) => ({
    slug: clinic.slug,
    published: clinic.published.length,
    rendered: clinic.release?.rendered ?? 0,
    reused: clinic.release?.reused ?? 0,
    files: clinic.release?.files ?? 0,
  }))

const buildOnce = async (datasetDir: string, outDir: string, now: Date): Promise<RunReport> => {
  const source = await openLocalSource(datasetDir)
  try {
    return await runBuild({source, outDir, now})
  } finally {
    await source.close()
  }
}

/**
 * Fails the bench unless the edit is live in every clinic: a timed edit the gate blocked, or pages
 * reused where they should have been rendered, would time something other than an edit.
 */
const assertEditLive = async (outDir: string, clinics: readonly string[], edited: RawDocument): Promise<void> => {
  const slug = (edited.slug as {current: string}).current
  for (const clinic of clinics) {
    const page = await readFile(join(outDir, clinic, 'articles', slug, 'index.html'), 'utf8').catch(() => '')
    if (!page.includes(String(edited.title))) throw new Error(`the edit of ${edited._id} is not live in ${clinic}: the bench would time something else`)
  }
}

const cpuMs = (): number => {
  const usage = process.resourceUsage()
  return (usage.userCPUTime + usage.systemCPUTime) / 1000
}

/**
 * Writes the export with its first article that every clinic publishes edited once, and returns that
 * article as it was. The raw documents stay in here: a running server holds its graph, not a second
 * copy of the export, and holding one would slow the timed edits with a larger heap.
 */
const writeEditedExport = async (datasetDir: string, editedDir: string, everywhere: ReadonlySet<string>): Promise<RawDocument> => {
  const documents = await readExportDocuments(datasetDir)
  const original = documents.find((document) => document._type === 'article' && everywhere.has(document._id))
  if (!original) throw new Error('no article is published to every clinic; cannot measure an edit across all clinics')
  const edited = editArticle(original, 1)
  await writeExportDataset(editedDir, documents.map((document) => (document._id === edited._id ? edited : document)), datasetDir)
  return original
}

export interface ServerEditTiming {
  totalMs: number
  cpuMs: number
  /** Of totalMs, waiting for the Content Lake stand-in's answer (it runs in a process of its own). */
  fetchMs: number
  /** After the pages are live: the replaced releases' deletion the server finishes in the background. */
  cleanupMs: number
}

/** The Content Lake stand-in the tests use, started in its own process (contentLakeProcess.ts). */
const startContentLake = (datasetDir: string, token: string): Promise<{url: string; dataset: string; close: () => Promise<void>}> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(new URL('./contentLakeProcess.ts', import.meta.url)), datasetDir, token], {stdio: ['pipe', 'pipe', 'inherit']})
    let output = ''
    child.on('error', reject)
    child.on('exit', (code) => reject(new Error(`the Content Lake stand-in exited with ${code}`)))
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (!output.includes('\n')) return
      const {url, dataset} = JSON.parse(output) as {url: string; dataset: string}
      resolve({url, dataset, close: () => new Promise((done) => (child.once('exit', () => done()), child.stdin.end()))})
    })
  })

interface ServerEditsInput {
  editedDir: string
  source: ContentSource
  loaded: LoadedContent
  memory: BuildMemory
  outDir: string
  now: Date
  original: RawDocument
  clinicSlugs: readonly string[]
  runs: number
}

/**
 * (c): the site rebuilder of `sanad serve`, told by a webhook that the article changed, timed from
 * the change to every clinic's new release being live: it asks a Content Lake (the HTTP stand-in,
 * holding the corpus, in a process of its own as the Lake is elsewhere) for the changed document,
 * patches its content, gates, renders and activates.
 * Its images still resolve from the export, as in the builds before, so pages stay comparable.
 */
const timeServerEdits = async (input: ServerEditsInput): Promise<ServerEditTiming[]> => {
  const lake = await startContentLake(input.editedDir, 'bench')
  try {
    const fromLake = createSanitySource(parseSanityEnv({SANITY_PROJECT_ID: 'bench', SANITY_DATASET: lake.dataset, SANITY_READ_TOKEN: 'bench', SANITY_API_HOST: lake.url}), {maxRetries: 0})
    let fetchMs = 0
    const timedFetch: ContentSource['fetch'] = async (query, params) => {
      const started = performance.now()
      try {
        return await fromLake.fetch(query, params)
      } finally {
        fetchMs += performance.now() - started
      }
    }
    const source: ContentSource = {...input.source, kind: 'sanity', fetch: timedFetch, close: async () => {}}
    const rebuilder = createSiteRebuilder({outDir: input.outDir, openSource: async () => source, now: () => input.now, initialContent: input.loaded, memory: input.memory})
    const timings: ServerEditTiming[] = []
    for (let run = 0; run < input.runs; run++) {
      const changed = editArticle(input.original, run + 100)
      const stored = await fetch(`${lake.url}/v${DEFAULT_SANITY_API_VERSION}/data/mutate/${lake.dataset}`, {
        method: 'POST',
        headers: {'content-type': 'application/json', authorization: 'Bearer bench'},
        body: JSON.stringify({mutations: [{createOrReplace: changed}]}),
      })
      if (!stored.ok) throw new Error(`the Content Lake stand-in refused the edit: HTTP ${stored.status}`)
      fetchMs = 0
      const started = performance.now()
      const cpuStarted = process.cpuUsage()
      await rebuilder.submit({documentId: changed._id, documentType: 'article'})
      const cpu = process.cpuUsage(cpuStarted)
      const live = performance.now()
      // Each edit is timed on its own, as (b) is: the last one's background deletion is waited out
      // (taking each clinic's write lock waits for it) and reported apart; that wait is expected, so
      // it is not announced on stderr as a wait for another build would be.
      for (const clinic of input.clinicSlugs) await (await lockClinicWrites(input.outDir, clinic, () => {}))()
      timings.push({totalMs: live - started, cpuMs: (cpu.user + cpu.system) / 1000, fetchMs, cleanupMs: performance.now() - live})
      await assertEditLive(input.outDir, input.clinicSlugs, changed)
    }
    return timings
  } finally {
    await lake.close()
  }
}

export const measureBuild = async (request: BuildChildRequest): Promise<BuildMeasurement> => {
  const now = new Date(request.now)
  const fullStarted = performance.now()
  const report = await buildOnce(request.datasetDir, request.outDir, now)
  const fullEnded = performance.now()
  const fullMaxRssKb = process.resourceUsage().maxRSS
  const fullCpuMs = cpuMs()
  const fullClinics = releases(report)
  let fullPages = 0
  for (const clinic of fullClinics) fullPages += await countHtmlPages(join(request.outDir, clinic.slug))

  // The edited article is the first one every clinic publishes, so the edit reaches all clinics.
  const everywhere = report.clinics
    .map((clinic) => new Set(clinic.published.map((entry) => entry.articleId)))
    .reduce((common, ids) => new Set([...common].filter((id) => ids.has(id))))
  const editedDir = await makeTempDir('sanad-bench-edited-')
  try {
    const original = await writeEditedExport(request.datasetDir, editedDir, everywhere)
    const rebuildStarted = performance.now()
    const rebuild = await buildOnce(editedDir, request.outDir, now)
    const exportRebuild = {ms: performance.now() - rebuildStarted, clinics: releases(rebuild)}
    const clinicSlugs = report.clinics.map((clinic) => clinic.slug)
    await assertEditLive(request.outDir, clinicSlugs, editArticle(original, 1))

    const source = await openLocalSource(editedDir)
    const inProcess: IncrementalTiming[] = []
    const server: ServerEditTiming[] = []
    try {
      const loaded = await loadContent(source)
      // A running server built the live sites from this content once; that build leaves the memory
      // (gate verdicts, the standby releases) the edits below start from.
      const memory = createBuildMemory()
      await runBuild({source, loaded, outDir: request.outDir, now, memory})
      for (let run = 0; run < request.incrementalRuns; run++) {
        const changed = editArticle(original, run + 2)
        inProcess.push(await applyArticleChange({loaded, source, outDir: request.outDir, now, changed, memory}))
        await assertEditLive(request.outDir, clinicSlugs, changed)
      }
      server.push(...(await timeServerEdits({editedDir, source, loaded, memory, outDir: request.outDir, now, original, clinicSlugs, runs: request.incrementalRuns})))
    } finally {
      await source.close()
    }
    return {
      coldFullMs: fullEnded,
      fullMs: fullEnded - fullStarted,
      fullPages,
      fullClinics,
      blockedArticles: report.clinics.reduce((sum, clinic) => sum + clinic.blocked.length, 0),
      fullMaxRssKb,
      fullCpuMs,
      editedArticleId: original._id,
      exportRebuild,
      inProcess,
      server,
      finalMaxRssKb: process.resourceUsage().maxRSS,
    }
  } finally {
    await rm(editedDir, {recursive: true, force: true})
  }
}

if (import.meta.main) {
  limitHeapGrowth()
  const request = JSON.parse(process.argv[2] ?? '{}') as BuildChildRequest
  process.stdout.write(`${JSON.stringify(await measureBuild(request))}\n`)
}
