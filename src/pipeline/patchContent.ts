// The content after some documents changed, made from those documents alone: a running server that a
// webhook told which ids changed asks the Content Lake for just them (changedDocumentsQuery) instead
// of every document again. They pass the same zod boundary; an id that came back with nothing was
// deleted (or unpublished) and leaves the graph. Untouched collections keep their Map, and a
// document whose content did not change keeps its object, so the build memory still applies.
import type {Finding} from '../findings/finding.ts'
import {COLLECTION_OF, documentById, type ContentGraph} from '../content/contentGraph.ts'
import type {LoadedContent} from '../content/loadContent.ts'
import {parseDocuments, type SanadDocument} from '../content/parseDocuments.ts'
import {sameContent} from './contentHash.ts'

type Collection = keyof ContentGraph

export const patchLoadedContent = (before: LoadedContent, ids: readonly string[], fetched: readonly unknown[]): LoadedContent => {
  const parsed = parseDocuments(fetched)
  const touched = new Set(ids)
  const graph = {...before.graph}
  const copied = new Set<Collection>()
  const writable = (collection: Collection): Map<string, SanadDocument> => {
    if (!copied.has(collection)) {
      copied.add(collection)
      ;(graph as Record<Collection, Map<string, SanadDocument>>)[collection] = new Map(before.graph[collection] as Map<string, SanadDocument>)
    }
    return graph[collection] as Map<string, SanadDocument>
  }
  const arrived = new Map(parsed.documents.map((document) => [document._id, document]))
  for (const id of touched) {
    const old = documentById(before.graph, id)
    if (!old) continue
    const next = arrived.get(id)
    // Unchanged content keeps the old object; a changed one (or one of another type now) goes below.
    if (next && sameContent(old, next)) arrived.delete(id)
    else writable(COLLECTION_OF[old._type]).delete(id)
  }
  for (const document of arrived.values()) writable(COLLECTION_OF[document._type]).set(document._id, document)
  // The findings of the touched documents are replaced by what their new versions gave.
  const kept = before.findings.filter((finding) => !touched.has(finding.documentId))
  const findings: Finding[] = kept.length === before.findings.length && parsed.findings.length === 0 ? before.findings : [...kept, ...parsed.findings]
  const invalidClinics = [...before.invalidClinics.filter((clinic) => !touched.has(clinic.id)), ...parsed.invalidClinics]
  const invalidDisclaimers = [...before.invalidDisclaimers.filter((disclaimer) => !touched.has(disclaimer.id)), ...parsed.invalidDisclaimers]
  return {...before, graph, findings, invalidClinics, invalidDisclaimers}
}
