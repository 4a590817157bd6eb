// The article's Publish action, wrapped: disabled, with the gate's reasons, while the publish gate
// would block the article for every one of its clinics (the findings the form shows as errors);
// naming the clinics left out while some pass (studioArticleFindings).
import type {DocumentActionComponent} from 'sanity'
import {articlePublishDescription} from './articleGateSummary.ts'
import {useArticleGateFindings} from './useArticleGateFindings.ts'

const wrapped = new WeakMap<DocumentActionComponent, DocumentActionComponent>()

export const withArticleGate = (PublishAction: DocumentActionComponent): DocumentActionComponent => {
  const existing = wrapped.get(PublishAction)
  if (existing) return existing
  const ArticlePublishAction: DocumentActionComponent = (props) => {
    const description = PublishAction(props)
    const document = props.draft ?? props.published
    const findings = useArticleGateFindings(document)
    return description && articlePublishDescription(description, findings, document)
  }
  ArticlePublishAction.action = 'publish'
  ArticlePublishAction.displayName = 'ArticlePublishAction'
  wrapped.set(PublishAction, ArticlePublishAction)
  return ArticlePublishAction
}
