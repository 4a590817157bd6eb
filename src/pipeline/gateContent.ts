// Load → parse → gate: what `sanad check` runs, and the first half of every build.
import {calendarDateIn} from '../locale/calendarDates.ts'
import {articlesReachingNoClinic} from '../checks/target-clinics-missing.ts'
import {documentById, documentCount, findingsNoVerdictCarries, type ContentGraph} from '../content/contentGraph.ts'
import {documentLocation} from '../content/fieldTitles/documentLocation.ts'
import type {Finding} from '../findings/finding.ts'
import type {LoadedContent} from '../content/loadContent.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import {articlesTargeting, runGate, type ClinicGateResult} from '../gate/index.ts'
import {presetFor} from '../presets/index.ts'
import {releaseHeldBack, type BlockedArticle, type ClinicFinding, type ClinicReport, type RunReport, type ScheduledArticle} from '../report/buildReport.ts'
import {tallyClaims, type ClaimTally} from '../report/claimTally.ts'
import {articleUrl} from '../render/index.ts'
import {claimTallyCounter, samePublishedIds, type BuildMemory} from './buildMemory.ts'
import {publishWindowState} from './publishWindow.ts'
import {oncePerObject} from '../memo/oncePerObject.ts'

type Verdict = ClinicGateResult['articles'][number]

export interface GatedClinic {
  clinic: Clinic
  gate: ClinicGateResult
  publishedArticleIds: ReadonlySet<string>
  /** The verdicts of the published articles, in the gate's order. */
  publishedVerdicts: readonly Verdict[]
  /** Articles that pass the gate but are outside their publishAt/unpublishAt window at `now`. */
  scheduled: ScheduledArticle[]
  claims: ClaimTally
  /** The gate's findings on the clinic's own texts, each with where the Studio shows its field. */
  clinicFindings: ClinicFinding[]
}

const locatedIn = (graph: ContentGraph, finding: Finding): ClinicFinding => ({
  ...finding,
  location: documentLocation(finding.documentId, finding.path, documentById(graph, finding.documentId)),
})

export const gateClinics = (loaded: LoadedContent, clinics: readonly Clinic[], now: Date, memory?: BuildMemory): GatedClinic[] =>
  clinics.map((clinic) => {
    const preset = presetFor(clinic.jurisdiction)
    const gate = runGate({graph: loaded.graph, clinic, now, preset, parseFindings: loaded.findings, invalidDisclaimers: loaded.invalidDisclaimers, ...(memory ? {memo: memory.graphReads} : {})})
    // The verdicts come in the order of this list, one per article.
    const articles = articlesTargeting(loaded.graph, clinic._id)
    const published = new Set<string>()
    const publishedVerdicts: Verdict[] = []
    const scheduled: ScheduledArticle[] = []
    for (let index = 0; index < gate.articles.length; index++) {
      const verdict = gate.articles[index]!
      if (!verdict.publishable) continue
      const window = publishWindowState(articles[index]!, now)
      if (window.live) {
        published.add(verdict.articleId)
        publishedVerdicts.push(verdict)
      } else scheduled.push({articleId: verdict.articleId, title: verdict.title, reason: window.reason, at: window.at})
    }
    const today = calendarDateIn(now, preset.timeZone)
    const months = preset.claimReviewPeriodMonths
    const claims = memory ? claimTallyCounter(memory, clinic._id).tally(loaded.graph, articles, today, months) : tallyClaims(loaded.graph, articles, today, months)
    const publishedArticleIds = memory ? samePublishedIds(memory, clinic._id, published) : published
    const clinicFindings = gate.clinicFindings.map((finding) => locatedIn(loaded.graph, finding))
    return {clinic, gate, publishedArticleIds, publishedVerdicts, scheduled, claims, clinicFindings}
  })

// Once per verdict: a running process's gate gives an unchanged article the verdict it gave before,
// and the report lists every published article after every edit.
const publishedEntry = oncePerObject((verdict: Verdict): ClinicReport['published'][number] => ({
  articleId: verdict.articleId,
  title: verdict.title,
  slug: verdict.slug,
  path: articleUrl(verdict.slug).slice(1),
}))

export const clinicReport = ({clinic, gate, publishedVerdicts, scheduled, claims, clinicFindings}: GatedClinic): ClinicReport => {
  // One pass over every verdict of the clinic, which a running process makes after every edit.
  const blocked: BlockedArticle[] = []
  const warnings: BlockedArticle[] = []
  for (const verdict of gate.articles) {
    if (!verdict.publishable) blocked.push({articleId: verdict.articleId, title: verdict.title, findings: verdict.findings})
    else if (verdict.findings.length > 0) warnings.push({articleId: verdict.articleId, title: verdict.title, findings: verdict.findings})
  }
  const published = publishedEntry.each(publishedVerdicts, `report:${clinic._id}`)
  // Texts every page shows hold back every page: what passed the gate is listed apart, as unpublished.
  const heldBack = releaseHeldBack({clinicFindings})
  return {
    slug: clinic.slug.current,
    name: clinic.name,
    jurisdiction: clinic.jurisdiction,
    published: heldBack ? [] : published,
    blocked,
    blockedProcedures: gate.blockedProcedures,
    clinicFindings,
    warnings,
    scheduled,
    claims,
    ...(heldBack ? {unpublished: published} : {}),
  }
}

export const runReport = (loaded: LoadedContent, clinics: ClinicReport[], startedAt: number): RunReport => {
  return {
    source: loaded.sourceDescription,
    sourceLabel: loaded.sourceLabel,
    documents: {
      loaded: documentCount(loaded.graph),
      skippedSystem: loaded.skippedSystem,
      skippedUnknown: loaded.skippedUnknown,
      draftsIgnored: loaded.draftsIgnored,
      ...(loaded.drafts ? {drafts: loaded.drafts} : {}),
    },
    // An article no clinic's gate judged is in no clinic's part of the report: said here, or nowhere.
    datasetFindings: [...findingsNoVerdictCarries(loaded.graph, loaded.findings), ...articlesReachingNoClinic(loaded.graph, loaded.findings)],
    invalidClinics: loaded.invalidClinics.map(({id, slug}) => ({documentId: id, ...(slug === undefined ? {} : {slug})})),
    clinics,
    durationMs: Math.round(performance.now() - startedAt),
  }
}
