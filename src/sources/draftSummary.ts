// How a draft or release version is named in the build report, whichever source saw it: by its
// `title`, or the `name` of documents that have no title (a person, a clinic).
import type {DraftSummary} from './contentSource.ts'

export interface DraftFields {
  _id: string
  _type: string
  title?: unknown
  name?: unknown
}

export const draftSummary = (document: DraftFields): DraftSummary => {
  const title = typeof document.title === 'string' ? document.title : typeof document.name === 'string' ? document.name : undefined
  return {id: document._id, type: document._type, ...(title !== undefined ? {title} : {})}
}
