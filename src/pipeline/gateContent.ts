// Load → parse → gate: what `sanad check` runs, and the first half of every build.
import type {LoadedContent} from '../content/loadContent.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import {runGate, type ClinicGateResult} from '../gate/index.ts'
import {presetFor} from '../presets/index.ts'
import type {ClinicReport, RunReport} from '../report/buildReport.ts'
import {articleUrl} from '../render/index.ts'

export interface GatedClinic {
  clinic: Clinic
  gate: ClinicGateResult
  publishedArticleIds: Set<string>
}

export const gateClinics = (loaded: LoadedContent, clinics: readonly Clinic[], now: Date): GatedClinic[] =>
  clinics.map((clinic) => {
    const gate = runGate({graph: loaded.graph, clinic, now, preset: presetFor(clinic.jurisdiction), parseFindings: loaded.findings})
    return {
      clinic,
      gate,
      publishedArticleIds: new Set(gate.articles.filter((verdict) => verdict.publishable).map((verdict) => verdict.articleId)),
    }
  })

export const clinicReport = ({clinic, gate}: GatedClinic): ClinicReport => ({
  slug: clinic.slug.current,
  name: clinic.name,
  jurisdiction: clinic.jurisdiction,
  published: gate.articles
    .filter((verdict) => verdict.publishable)
    .map((verdict) => ({articleId: verdict.articleId, title: verdict.title, slug: verdict.slug, path: articleUrl(verdict.slug).slice(1)})),
  blocked: gate.articles
    .filter((verdict) => !verdict.publishable)
    .map((verdict) => ({articleId: verdict.articleId, title: verdict.title, findings: verdict.findings})),
  warnings: gate.articles
    .filter((verdict) => verdict.publishable && verdict.findings.length > 0)
    .map((verdict) => ({articleId: verdict.articleId, title: verdict.title, findings: verdict.findings})),
})

export const runReport = (loaded: LoadedContent, clinics: ClinicReport[], startedAt: number): RunReport => {
  const graphIds = new Set(Object.values(loaded.graph).flatMap((documents: Map<string, unknown>) => [...documents.keys()]))
  return {
    source: loaded.sourceDescription,
    documents: {
      loaded: graphIds.size,
      skippedSystem: loaded.skippedSystem,
      skippedUnknown: loaded.skippedUnknown,
      draftsIgnored: loaded.draftsIgnored,
    },
    // Findings on documents that never made it into the graph belong to no clinic's article list.
    datasetFindings: loaded.findings.filter((finding) => !graphIds.has(finding.documentId)),
    clinics,
    durationMs: Math.round(performance.now() - startedAt),
  }
}
