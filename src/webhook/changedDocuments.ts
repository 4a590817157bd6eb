// Every document a reload of the whole content found added, changed or removed, as the changes a
// webhook would name. An export file holds every change saved so far, whichever delivery is handled
// first: the delivery that names a document may come after a reload that already took it in, and
// then finds it the same before and after (a deleted disclaimer is in neither graph).
import type {ContentGraph} from '../content/contentGraph.ts'
import type {DocumentChange} from './affectedClinics.ts'

/**
 * `next` must share every unchanged document (and every unchanged collection) with `previous`, as
 * shareUnchangedContent makes it: a document counts as changed when it is not the same object.
 */
export const changedDocuments = (previous: ContentGraph, next: ContentGraph): DocumentChange[] => {
  const changes: DocumentChange[] = []
  for (const collection of Object.keys(next) as (keyof ContentGraph)[]) {
    const before = previous[collection] as ReadonlyMap<string, {_type: string}>
    const after = next[collection] as ReadonlyMap<string, {_type: string}>
    if (before === after) continue
    for (const [id, document] of after) if (before.get(id) !== document) changes.push({documentId: id, documentType: document._type})
    for (const [id, document] of before) if (!after.has(id)) changes.push({documentId: id, documentType: document._type})
  }
  return changes
}
