// A text rule's reports for one document's texts depend on those texts and the rule's settings
// alone, and parsed documents are immutable: a claim, procedure, risk or person shown by hundreds of
// articles, in up to three clinics each, is scanned once per settings. A rebuild in a running process
// (serve, schedule) re-scans only the documents that changed, which are new objects; so does a Studio
// form, whose document is a new object on every edit.
import type {ContentGraph} from '../content/contentGraph.ts'
import type {CheckReport} from './check.ts'
import type {ShownText} from './textsShown.ts'

/** The document of `graph` a shown text belongs to, when it is one whose texts articles share. */
const sharedDocumentIn = (graph: ContentGraph, id: string): object | undefined =>
  graph.claims.get(id) ?? graph.procedures.get(id) ?? graph.risks.get(id) ?? graph.contraindications.get(id) ?? graph.people.get(id)

/** Reports kept per document object, then per settings object (a phrasebook, a preset's options). */
export type ReportsCache = WeakMap<object, WeakMap<object, CheckReport[]>>

export const reportsCache = (): ReportsCache => new WeakMap()

/** `scan()` for `document` under `settings`, the first time; what it returned, after. */
export const rememberedReports = (cache: ReportsCache, document: object, settings: object, scan: () => CheckReport[]): CheckReport[] => {
  let bySettings = cache.get(document)
  if (!bySettings) cache.set(document, (bySettings = new WeakMap()))
  let reports = bySettings.get(settings)
  if (!reports) bySettings.set(settings, (reports = scan()))
  return reports
}

/**
 * `report` over the texts of each document in turn (the article's own first, as textsShown gives
 * them, each document's texts together), remembered per document and settings; the reports in the
 * texts' order. A text of a document neither `article` nor in the graph is scanned every time.
 */
export const reportsPerDocument = (
  cache: ReportsCache,
  texts: Iterable<ShownText>,
  graph: ContentGraph,
  settings: object,
  report: (texts: readonly ShownText[]) => CheckReport[],
  article?: {_id: string},
): CheckReport[] => {
  const byDocument = new Map<string, ShownText[]>()
  for (const shown of texts) {
    const group = byDocument.get(shown.documentId)
    if (group) group.push(shown)
    else byDocument.set(shown.documentId, [shown])
  }
  const reports: CheckReport[] = []
  for (const [documentId, group] of byDocument) {
    const document = documentId === article?._id ? article : sharedDocumentIn(graph, documentId)
    const found = document ? rememberedReports(cache, document, settings, () => report(group)) : report(group)
    for (const each of found) reports.push(each)
  }
  return reports
}
