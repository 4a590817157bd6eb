// The incremental part of a build alone, as a long-running process would do it: one changed raw
// article arrives, goes through the zod boundary into the already-loaded graph, then the gate and
// each clinic's release render run. Composed from the pipeline's own steps; timed per phase.
import type {LoadedContent} from '../../src/content/loadContent.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import type {BuildMemory} from '../../src/pipeline/buildMemory.ts'
import {eachClinic} from '../../src/pipeline/eachClinic.ts'
import {gateClinics} from '../../src/pipeline/gateContent.ts'
import {renderClinicRelease} from '../../src/pipeline/renderClinicRelease.ts'
import {rendererFingerprint} from '../../src/pipeline/rendererFingerprint.ts'
import {selectClinics} from '../../src/pipeline/selectClinics.ts'
import type {ContentSource} from '../../src/sources/contentSource.ts'
import type {RawDocument} from './generateCorpus.ts'

export interface IncrementalTiming {
  totalMs: number
  /** CPU time of this process (user + system) over the same span; steadier than wall time on a busy machine. */
  cpuMs: number
  parseMs: number
  gateMs: number
  /** Rendering and publishing every clinic, wall time; the clinics' own spans below overlap. */
  renderMs: number
  clinics: {slug: string; renderMs: number; rendered: number; reused: number; files: number}[]
}

export interface IncrementalInput {
  loaded: LoadedContent
  source: ContentSource
  outDir: string
  now: Date
  changed: RawDocument
  /** The memory the full build left (src/pipeline/buildMemory.ts), as a running server keeps it. */
  memory: BuildMemory
}

export const applyArticleChange = async ({loaded: before, source, outDir, now, changed, memory}: IncrementalInput): Promise<IncrementalTiming> => {
  const started = performance.now()
  const cpuStarted = process.cpuUsage()
  const parsed = parseDocuments([changed])
  const [article] = parsed.documents
  if (!article || article._type !== 'article' || parsed.findings.length > 0) throw new Error(`edited article ${changed._id} does not parse`)
  // Graphs are never changed in place (caches key on them): the edit makes a new graph sharing every
  // untouched document, as a running server's rebuild would.
  const loaded: LoadedContent = {...before, graph: {...before.graph, articles: new Map(before.graph.articles).set(article._id, article)}}
  const parsedAt = performance.now()
  const gated = gateClinics(loaded, selectClinics(loaded), now, memory)
  const gatedAt = performance.now()
  const fingerprint = await rendererFingerprint()
  const pruning: Promise<void>[] = []
  // Together, as runBuild renders the clinics of a build with a memory (src/pipeline/eachClinic.ts).
  const clinics = await eachClinic(gated, true, async (entry) => {
    const clinicStarted = performance.now()
    const release = await renderClinicRelease({
      outDir,
      clinic: entry.clinic,
      graph: loaded.graph,
      publishedArticleIds: entry.publishedArticleIds,
      now,
      source,
      rendererFingerprint: fingerprint,
      memo: memory.graphReads,
    })
    pruning.push(release.pruned)
    return {
      slug: entry.clinic.slug.current,
      renderMs: performance.now() - clinicStarted,
      rendered: release.rendered,
      reused: release.reused,
      files: release.files,
    }
  })
  const renderedAt = performance.now()
  const cpu = process.cpuUsage(cpuStarted)
  const totalMs = renderedAt - started
  // The pages are live; deleting the replaced releases is background work, finished before the next edit.
  await Promise.all(pruning)
  return {totalMs, cpuMs: (cpu.user + cpu.system) / 1000, parseMs: parsedAt - started, gateMs: gatedAt - parsedAt, renderMs: renderedAt - gatedAt, clinics}
}
