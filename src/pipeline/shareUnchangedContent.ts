// A reloaded dataset, with every document whose content did not change replaced by the object the
// previous load made for it (and the same findings list when the findings are the same). Loading
// parses every document anew; without this, a running server would see 4,000 "changed" articles
// after one edit and its build memory (gate verdicts, page input hashes, all keyed on object
// identity) would be worthless. Content is compared by sameContent (its hash, not its `_rev`).
import type {ContentGraph} from '../content/contentGraph.ts'
import type {LoadedContent} from '../content/loadContent.ts'
import {sameContent} from './contentHash.ts'

type Collection = keyof ContentGraph

export const shareUnchangedDocuments = (previous: ContentGraph | undefined, next: ContentGraph): ContentGraph => {
  if (!previous) return next
  const shared = {} as Record<Collection, Map<string, {_id: string}>>
  for (const collection of Object.keys(next) as Collection[]) {
    const before = previous[collection] as Map<string, object>
    const after = next[collection] as Map<string, {_id: string}>
    const documents = new Map<string, {_id: string}>()
    let unchanged = before.size === after.size
    for (const [id, document] of after) {
      const old = before.get(id) as {_id: string} | undefined
      const same = old !== undefined && sameContent(old, document)
      documents.set(id, same ? old : document)
      if (!same) unchanged = false
    }
    // A collection with no change at all keeps its Map too: whole-collection reads stay valid.
    shared[collection] = unchanged ? (before as Map<string, {_id: string}>) : documents
  }
  return shared as unknown as ContentGraph
}

/** `next` with its graph shared as above and its findings list kept from `previous` when they are equal. */
export const shareUnchangedContent = (previous: LoadedContent | undefined, next: LoadedContent): LoadedContent => {
  if (!previous) return next
  // Findings are few and plain data; the gate's memory keys on the list itself.
  const sameFindings = JSON.stringify(previous.findings) === JSON.stringify(next.findings)
  return {...next, graph: shareUnchangedDocuments(previous.graph, next.graph), findings: sameFindings ? previous.findings : next.findings}
}
