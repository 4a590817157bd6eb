// Loads a source's published content through the one zod boundary into a ContentGraph, keeping every
// content problem (unreadable lines, invalid documents, missing image files) as findings and counting what was skipped.
import type {Finding} from '../findings/finding.ts'
import {contentQuery, skippedDocumentsQuery} from '../queries.ts'
import type {ContentSource, DraftSummary} from '../sources/contentSource.ts'
import type {SourceLabel} from '../sources/arabicSourceLabel.ts'
import {fetchDocumentList} from '../sources/fetchDocumentList.ts'
import {buildContentGraph, type ContentGraph} from './contentGraph.ts'
import {missingImageFindings} from './missingImageFindings.ts'
import {documentSchemas, parseDocuments, type InvalidClinic, type InvalidDisclaimer} from './parseDocuments.ts'

export interface LoadedContent {
  graph: ContentGraph
  /**
   * Problems met reading the source, then `schema-invalid` findings for documents left out of the
   * graph, then `image-missing` warnings for images the source cannot deliver.
   */
  findings: Finding[]
  /** System documents (`sanity.*` types, `_.` ids, assets). */
  skippedSystem: number
  /** Documents of types Sanad does not know, by type. */
  skippedUnknown: Record<string, number>
  /** Clinic documents left out of the graph as invalid (their `schema-invalid` findings are in `findings`). */
  invalidClinics: readonly InvalidClinic[]
  /** Disclaimer documents left out of the graph as invalid: the gate asks whether one may be in force. */
  invalidDisclaimers: readonly InvalidDisclaimer[]
  /** Drafts and release versions left out; `null` when the source cannot see them (the Content Lake without a token). */
  draftsIgnored: number | null
  /** Those drafts by id and title, when the source can see them; listed in the build report. */
  drafts?: readonly DraftSummary[]
  sourceDescription: string
  /** The source in Arabic, for the reports (`ContentSource.describeInArabic`). */
  sourceLabel: SourceLabel
}

const CONTENT_TYPES = Object.keys(documentSchemas)

const byId = (a: DraftSummary, b: DraftSummary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * The source's drafts and release versions as the report carries them, in id order so that a
 * dataset export and the Content Lake holding the same documents report the same list.
 */
export const loadDrafts = async (source: ContentSource): Promise<Pick<LoadedContent, 'draftsIgnored' | 'drafts'>> => {
  const drafts = await source.listDrafts()
  return drafts ? {draftsIgnored: drafts.length, drafts: [...drafts].sort(byId)} : {draftsIgnored: null}
}

/**
 * Yields each item and lets go of it: a raw document can then be collected as soon as it is parsed,
 * instead of every raw document staying alive, next to its parsed copy, until the last is parsed.
 */
function* takeEach(items: unknown[]): Generator<unknown> {
  for (let index = 0; index < items.length; index++) {
    const item = items[index]
    items[index] = undefined
    yield item
  }
}

export const loadContent = async (source: ContentSource): Promise<LoadedContent> => {
  const [content, skipped, drafts] = await Promise.all([
    fetchDocumentList(source, contentQuery, {}, 'content'),
    fetchDocumentList<{_id: string; _type: string}>(source, skippedDocumentsQuery, {contentTypes: CONTENT_TYPES}, 'skipped-documents'),
    loadDrafts(source),
  ])
  const parsed = parseDocuments(takeEach(content))
  // The skipped documents are only id + type; parseDocuments classifies them by the same rule it
  // applies to full documents, so "system" means one thing everywhere, and one whose type looks
  // mistyped for a content type is reported (with an invalid clinic's or disclaimer's consequences).
  const others = parseDocuments(skipped)
  const skippedUnknown = {...parsed.skippedUnknown}
  for (const [type, count] of Object.entries(others.skippedUnknown)) skippedUnknown[type] = (skippedUnknown[type] ?? 0) + count

  const graph = buildContentGraph(parsed.documents)
  const missingImageReason = source.missingImageReason?.bind(source)
  return {
    graph,
    findings: [...source.findings, ...parsed.findings, ...others.findings, ...(missingImageReason ? missingImageFindings(graph, missingImageReason) : [])],
    // A clinic whose export line could not be read is as unbuilt as one that fails the schema.
    invalidClinics: [...parsed.invalidClinics, ...others.invalidClinics, ...(source.unreadableDocuments ?? []).filter((document) => document.type === 'clinic').map(({id}) => ({id}))],
    invalidDisclaimers: [...parsed.invalidDisclaimers, ...others.invalidDisclaimers],
    skippedSystem: parsed.skippedSystem + others.skippedSystem,
    skippedUnknown,
    ...drafts,
    sourceDescription: source.describe(),
    sourceLabel: source.describeInArabic(),
  }
}
