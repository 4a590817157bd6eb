// What every body block renderer may look at: the clinic, the content graph, the build time and
// the article's numbered citations.
import type {ContentGraph} from '../../../content/contentGraph.ts'
import type {Clinic} from '../../../content/documents/clinic.ts'
import type {ArticleCitations} from '../citations.ts'

export interface BodyContext {
  clinic: Clinic
  graph: ContentGraph
  now: Date
  citations: ArticleCitations
}
