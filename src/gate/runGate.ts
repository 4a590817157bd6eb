// The publish gate for one clinic: a verdict (findings + publishable) for every article that
// targets the clinic, under the clinic's preset. Pure; articles not targeting the clinic are ignored.
import {documentById, type ContentGraph} from '../content/contentGraph.ts'
import {regroupByReference, type Grouping} from '../content/groupByReference.ts'
import {rememberEachGraphReads, type GraphReadMemo} from '../content/graphReadMemo.ts'
import type {Article} from '../content/documents/article.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import {calendarDateIn} from '../locale/calendarDates.ts'
import type {Finding} from '../findings/finding.ts'
import type {Preset} from '../presets/preset.ts'
import {checkArticle, isPublishable} from './checkArticle.ts'
import type {InvalidDisclaimer} from '../content/parseDocuments.ts'
import {checkClinicTexts} from './checkClinicTexts.ts'
import {clinicSlugCollisions} from './clinicSlugCollisions.ts'
import {disclaimerInForceUnknown} from './disclaimerInForceUnknown.ts'
import {checkProcedure} from './checkProcedure.ts'
import {proceduresOffered} from '../content/proceduresOffered.ts'
import {oncePerObject} from '../memo/oncePerObject.ts'
import {blockSlugCollisions, slugCollisionWatch} from './slugCollisions.ts'
import {clinicDomainUnusable} from './clinicDomainUnusable.ts'
import {clinicProcedureSafetyMissing} from './clinicProcedureSafetyMissing.ts'
import {clinicProceduresOfferedBroken} from './clinicProceduresOfferedBroken.ts'

export interface GateInput {
  graph: ContentGraph
  clinic: Clinic
  now: Date
  preset: Preset
  /** Findings from the zod boundary (parseDocuments); may be omitted when there were none. */
  parseFindings?: readonly Finding[]
  /** Findings of earlier runs (a running server's rebuilds): articles whose inputs did not change are not re-checked. */
  memo?: GraphReadMemo
  /** Disclaimers that failed the boundary (parseDocuments): one may be the disclaimer in force. */
  invalidDisclaimers?: readonly InvalidDisclaimer[]
}

export interface ArticleVerdict {
  articleId: string
  slug: string
  title: string
  publishable: boolean
  findings: Finding[]
}

export interface ClinicGateResult {
  clinicId: string
  clinicSlug: string
  jurisdiction: Clinic['jurisdiction']
  preset: string
  articles: ArticleVerdict[]
  /** The procedures the clinic offers whose own page the gate blocks (their texts), with why. */
  blockedProcedures: BlockedProcedure[]
  /**
   * The clinic's own texts, which every page of its site shows (checkClinicTexts.ts): any error among
   * them holds back its whole new release; warnings hold back nothing.
   */
  clinicFindings: Finding[]
  /**
   * Schema findings for documents that never reached the graph. Their targets are unknown (the
   * document did not parse), so they cannot be attributed to an article here; any article among
   * them is unpublishable everywhere, and any other document among them surfaces as
   * reference-broken on the articles that point to it.
   */
  unparsed: Finding[]
}

export interface BlockedProcedure {
  procedureId: string
  name: string
  findings: Finding[]
}

/** Offered procedures whose page the clinic's gate blocks; few per clinic, so checked on every run. */
const blockedProceduresOf = (graph: ContentGraph, clinic: Clinic, preset: Preset, parseFindings: readonly Finding[]): BlockedProcedure[] =>
  proceduresOffered(clinic, graph).flatMap((procedure) => {
    const findings = checkProcedure({procedure, clinic, graph, preset, parseFindings})
    return isPublishable(findings) ? [] : [{procedureId: procedure._id, name: procedure.name, findings}]
  })

const byId = (a: Article, b: Article): number => (a._id < b._id ? -1 : a._id > b._id ? 1 : 0)

// Every clinic's gate asks which articles target it; grouped once per articles collection (a
// rebuild's new graph has a new one) instead of one pass over every article per clinic, and after
// an edit from the last collection's groups (regroupByReference). Groups keep the list's order, so
// the list is put in id order first; exports list documents by id, so checking usually suffices.
let lastTargeting: Grouping<Article> | undefined

const byTargetClinic = oncePerObject((articles: ContentGraph['articles']): ReadonlyMap<string, readonly Article[]> => {
  const inIdOrder = [...articles.values()]
  if (!inIdOrder.every((article, index) => index === 0 || inIdOrder[index - 1]!._id < article._id)) inIdOrder.sort(byId)
  // An article naming a clinic twice is checked once for it.
  lastTargeting = regroupByReference(lastTargeting, inIdOrder, (article) => article.targetClinics)
  return lastTargeting.groups
})

/** The articles that target the clinic, in id order: the gate's verdicts come in this order. Shared: do not change it. */
export const articlesTargeting = (graph: ContentGraph, clinicId: string): readonly Article[] => byTargetClinic(graph.articles).get(clinicId) ?? []

const verdictOf = (article: Article, findings: Finding[]): ArticleVerdict => ({
  articleId: article._id,
  slug: article.slug.current,
  title: article.title,
  publishable: isPublishable(findings),
  findings,
})

// Per memo, per gate scope (a clinic), what slugs the last verdicts held.
const slugWatches = new WeakMap<GraphReadMemo, Map<string, typeof blockSlugCollisions>>()

const slugCollisionsFor = (memo: GraphReadMemo, scope: string): typeof blockSlugCollisions => {
  let watches = slugWatches.get(memo)
  if (!watches) slugWatches.set(memo, (watches = new Map()))
  let watch = watches.get(scope)
  if (!watch) watches.set(scope, (watch = slugCollisionWatch()))
  return watch
}

export const runGate = ({graph, clinic, now, preset, parseFindings = [], memo, invalidDisclaimers = []}: GateInput): ClinicGateResult => {
  const today = calendarDateIn(now, preset.timeZone)
  const scope = `gate:${clinic._id}`
  const check = (article: Article, view: ContentGraph): ArticleVerdict => verdictOf(article, checkArticle({article, clinic, graph: view, now, preset, parseFindings}))
  const targeting = articlesTargeting(graph, clinic._id)
  const verdicts = memo
    ? rememberEachGraphReads(memo, {scope, graph, keys: [clinic, preset, today, parseFindings]}, targeting, check)
    : targeting.map((article) => check(article, graph))
  const articles = (memo ? slugCollisionsFor(memo, scope) : blockSlugCollisions)(verdicts, targeting)
  return {
    clinicId: clinic._id,
    clinicSlug: clinic.slug.current,
    jurisdiction: clinic.jurisdiction,
    preset: preset.name,
    articles,
    blockedProcedures: blockedProceduresOf(graph, clinic, preset, parseFindings),
    // A few short texts, checked on every run like the procedures: an edited clinic or disclaimer is re-gated.
    clinicFindings: [...clinicSlugCollisions(clinic, graph), ...clinicDomainUnusable(clinic), ...clinicProceduresOfferedBroken(clinic, graph, parseFindings), ...clinicProcedureSafetyMissing(clinic, graph), ...disclaimerInForceUnknown(clinic, graph, invalidDisclaimers, today, preset), ...checkClinicTexts({clinic, graph, today, preset})],
    unparsed: parseFindings.filter((finding) => !documentById(graph, finding.documentId)),
  }
}
