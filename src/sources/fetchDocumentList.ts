// A query whose answer must be a list of documents. A proxy's HTML page or an empty body parses as
// something else; that is the source failing, said as such, not a crash further on.
import {SanadError} from '../errors/catalog.ts'
import type {ContentSource, QueryParams} from './contentSource.ts'

/**
 * What an answer that is no list was, said for the operator. No result at all is a body that was not
 * the Content Lake's JSON (`{ms, query, result}`): most often a proxy's or a web server's page at
 * SANITY_API_HOST, answered 200.
 */
export const notADocumentList = (source: Pick<ContentSource, 'kind' | 'describe'>, name: string, answer: unknown): SanadError => {
  const what =
    answer === undefined
      ? `no query result (the answer was not the Content Lake's JSON${source.kind === 'sanity' ? '; if SANITY_API_HOST is set, check that it is the Sanity API, not a web page' : ''})`
      : `${answer === null ? 'null' : typeof answer} instead of a list of documents`
  return new SanadError(source.kind === 'sanity' ? 'SANITY_UNREACHABLE' : 'DATASET_UNREADABLE', `${source.describe()} answered the ${name} query with ${what}.`)
}

export const fetchDocumentList = async <Item = unknown>(source: ContentSource, query: string, params: QueryParams, name: string): Promise<Item[]> => {
  const answer = await source.fetch<unknown>(query, params)
  if (Array.isArray(answer)) return answer as Item[]
  throw notADocumentList(source, name, answer)
}
