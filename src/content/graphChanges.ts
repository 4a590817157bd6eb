// The documents that differ between two content graphs which share every unchanged document (and
// every unchanged collection) by identity, as shareUnchangedContent and patchContent make them: a
// document changed when it is not the same object. Collections both graphs share are skipped whole,
// so an edit to one article costs one pass over the articles. Pure.
import type {ContentGraph} from './contentGraph.ts'

export type Collection = keyof ContentGraph

export interface GraphChange {
  collection: Collection
  id: string
  /** The document in the earlier graph; undefined when it was added. */
  before: {_type: string} | undefined
  /** The document in the later graph; undefined when it was removed. */
  after: {_type: string} | undefined
}

/** Each changed collection (those both graphs share are left out) with its added, changed and removed documents. */
export const graphChanges = (previous: ContentGraph, next: ContentGraph): {collection: Collection; changes: GraphChange[]}[] => {
  const collections: {collection: Collection; changes: GraphChange[]}[] = []
  for (const collection of Object.keys(next) as Collection[]) {
    const earlier = previous[collection] as ReadonlyMap<string, {_type: string}>
    const later = next[collection] as ReadonlyMap<string, {_type: string}>
    if (earlier === later) continue
    const changes: GraphChange[] = []
    for (const [id, after] of later) {
      const before = earlier.get(id)
      if (before !== after) changes.push({collection, id, before, after})
    }
    for (const [id, before] of earlier) if (!later.has(id)) changes.push({collection, id, before, after: undefined})
    collections.push({collection, changes})
  }
  return collections
}
