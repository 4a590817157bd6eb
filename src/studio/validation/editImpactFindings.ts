// Studio adapter shared by the forms that warn what publishing their edit would hold back (clinic,
// disclaimer, person): fetches, in the published perspective, what the edit touches (`$id`, the
// edit's published id read with Sanity's getPublishedId, and `params`), then what the articles the
// edit's rules would hold back reference (articleGateContextQuery), so the pure check names only those
// the whole gate publishes today. A fetch that fails is a warning: the form's own findings still show,
// and nothing is published by it.
import {getPublishedId, type SanityDocument} from 'sanity'
import type {Finding} from '../../findings/finding.ts'
import {articleGateContextQuery} from '../../queries.ts'
import {requestFailureSentence} from '../messages/requestFailure.ts'
import type {GateContextClient} from './articleValidation.ts'
import type {ArticleGateContext} from './studioArticleFindings.ts'

interface EditImpactInput<Context> {
  document: SanityDocument
  publishedId: string
  context: Context
}

/**
 * The pure halves of one form's check: what the edit does, worked out once from the first fetch, and
 * its findings once the second fetch (what the held-back articles reference) is in.
 */
export interface EditImpact<Context, Impact> {
  impactOf: (input: EditImpactInput<Context>) => Impact | undefined
  /** The documents to fetch next (articleGateContextQuery's `$ids`). */
  articleIds: (impact: Impact) => string[]
  findingsOf: (impact: Impact, referenced: ArticleGateContext) => Finding[]
}

const NOTHING_REFERENCED: ArticleGateContext = {referenced: [], disclaimers: [], claimReviewers: []}

export const editImpactFindings = <Context, Impact>(
  client: GateContextClient,
  document: SanityDocument,
  query: string,
  params: Record<string, unknown>,
  {impactOf, articleIds, findingsOf}: EditImpact<Context, Impact>,
): Promise<Finding[]> => {
  const publishedId = getPublishedId(document._id)
  // Only a fetch that fails is a warning; a check that throws is a bug, and shows as one.
  const unavailable = (error: unknown): Finding[] => [{ruleId: 'gate-unavailable', severity: 'warning', message: `تعذّر التحقق الآن من المقالات التي يمسّها هذا التعديل. ${requestFailureSentence(error)}`, documentId: document._id, path: '', url: ''}]
  return client.fetch<Context>(query, {id: publishedId, ...params}, {perspective: 'published'}).then((context) => {
    const impact = impactOf({document, publishedId, context})
    if (!impact) return []
    const ids = articleIds(impact)
    const referenced = ids.length === 0 ? Promise.resolve(NOTHING_REFERENCED) : client.fetch<ArticleGateContext>(articleGateContextQuery, {ids}, {perspective: 'published'})
    return referenced.then((fetched) => findingsOf(impact, fetched), unavailable)
  }, unavailable)
}
