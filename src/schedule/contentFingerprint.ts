// A cheap answer to "did the content change since the last build?": a hash of every content
// document's id and revision from the Content Lake. A dataset export on disk is hashed whole,
// since hand edits to an export do not bump `_rev`.
import {createHash} from 'node:crypto'
import {documentSchemas} from '../content/parseDocuments.ts'
import {contentQuery, contentRevisionsQuery} from '../queries.ts'
import type {ContentSource} from '../sources/contentSource.ts'

export const contentFingerprint = async (source: ContentSource): Promise<string> => {
  const rows =
    source.kind === 'sanity'
      ? await source.fetch<unknown[]>(contentRevisionsQuery, {contentTypes: Object.keys(documentSchemas)})
      : await source.fetch<unknown[]>(contentQuery)
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex')
}
