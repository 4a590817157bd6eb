// The published view of an export, indexed by id once per load so GROQ's `->` is a Map lookup
// instead of a scan of the whole dataset.
import {isPublishedDocumentId} from '../publishedPerspective.ts'
import type {DraftSummary} from '../contentSource.ts'
import {draftSummary} from '../draftSummary.ts'
import type {RawDocument} from './readNdjsonDocuments.ts'

export interface PublishedDataset {
  documents: readonly RawDocument[]
  byId: ReadonlyMap<string, RawDocument>
}

export const toPublishedDataset = (
  documents: Iterable<RawDocument>,
): {dataset: PublishedDataset; draftsIgnored: number; drafts: DraftSummary[]} => {
  const published: RawDocument[] = []
  const byId = new Map<string, RawDocument>()
  let draftsIgnored = 0
  const drafts: DraftSummary[] = []
  for (const document of documents) {
    if (!isPublishedDocumentId(document._id)) {
      draftsIgnored++
      drafts.push(draftSummary(document))
      continue
    }
    published.push(document)
    byId.set(document._id, document)
  }
  return {dataset: {documents: published, byId}, draftsIgnored, drafts}
}
