// A query whose answer must be a list of documents. A proxy's HTML page or an empty body parses as
// something else; that is the source failing, said as such, not a crash further on.
import {SanadError} from '../errors/catalog.ts'
import type {ContentSource, QueryParams} from './contentSource.ts'

export const fetchDocumentList = async <Item = unknown>(source: ContentSource, query: string, params: QueryParams, name: string): Promise<Item[]> => {
  const answer = await source.fetch<unknown>(query, params)
  if (Array.isArray(answer)) return answer as Item[]
  throw new SanadError(
    source.kind === 'sanity' ? 'SANITY_UNREACHABLE' : 'DATASET_UNREADABLE',
    `${source.describe()} answered the ${name} query with ${answer === null ? 'null' : typeof answer} instead of a list of documents.`,
  )
}
