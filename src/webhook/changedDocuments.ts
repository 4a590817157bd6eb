// Every document a reload of the whole content found added, changed or removed, as the changes a
// webhook would name. An export file holds every change saved so far, whichever delivery is handled
// first: the delivery that names a document may come after a reload that already took it in, and
// then finds it the same before and after (a deleted disclaimer is in neither graph).
import type {ContentGraph} from '../content/contentGraph.ts'
import {graphChanges} from '../content/graphChanges.ts'
import type {DocumentChange} from './affectedClinics.ts'

/** `next` must share every unchanged document with `previous`, as shareUnchangedContent makes it (graphChanges). */
export const changedDocuments = (previous: ContentGraph, next: ContentGraph): DocumentChange[] =>
  graphChanges(previous, next).flatMap(({changes}) =>
    changes.map(({id, before, after}) => ({documentId: id, documentType: (after ?? before)!._type})),
  )
