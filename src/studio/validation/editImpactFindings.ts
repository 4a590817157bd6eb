// Studio adapter shared by the forms that warn what publishing their edit would hold back (clinic,
// disclaimer, person): fetches, in the published perspective, what the edit touches (`$id`, the
// edit's published id read with Sanity's getPublishedId, and `params`), and runs the pure check on
// it. A fetch that fails is a warning: the form's own findings still show, and nothing is published by it.
import {getPublishedId, type SanityDocument} from 'sanity'
import type {Finding} from '../../findings/finding.ts'
import type {GateContextClient} from './articleValidation.ts'

export const editImpactFindings = <Context>(
  client: GateContextClient,
  document: SanityDocument,
  query: string,
  params: Record<string, unknown>,
  findingsOf: (input: {document: SanityDocument; publishedId: string; context: Context}) => Finding[],
): Promise<Finding[]> => {
  const publishedId = getPublishedId(document._id)
  return client.fetch<Context>(query, {id: publishedId, ...params}, {perspective: 'published'}).then(
    (context) => findingsOf({document, publishedId, context}),
    (error: unknown) => [{ruleId: 'gate-unavailable', severity: 'warning' as const, message: `تعذّر التحقق الآن من المقالات التي يمسّها هذا التعديل (${error instanceof Error ? error.message : String(error)}). أعد المحاولة.`, documentId: document._id, path: '', url: ''}],
  )
}
