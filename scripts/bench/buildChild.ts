// Child process of the benchmark, one per corpus size, so its peak RSS is this build's alone: a full
// build, then (a) a full runBuild over an export with one article edited and (b) the in-process
// incremental path, repeated. Prints one JSON line (BuildMeasurement) on stdout; nothing else.
import {readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {loadContent} from '../../src/content/loadContent.ts'
import {createBuildMemory} from '../../src/pipeline/buildMemory.ts'
import {runBuild} from '../../src/pipeline/runBuild.ts'
import type {RunReport} from '../../src/report/buildReport.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
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
      finalMaxRssKb: process.resourceUsage().maxRSS,
    }
  } finally {
    await rm(editedDir, {recursive: true, force: true})
  }
}

if (import.meta.main) {
  const request = JSON.parse(process.argv[2] ?? '{}') as BuildChildRequest
  process.stdout.write(`${JSON.stringify(await measureBuild(request))}\n`)
}
