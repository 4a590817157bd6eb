// The article's Publish action, wrapped: disabled, with the gate's reasons, while the publish gate
// would block the article for any of its clinics (the same findings the form shows as errors).
import type {DocumentActionComponent} from 'sanity'
import {gateBlockReason, summarizeArticleGate} from './articleGateSummary.ts'
import {useArticleGateFindings} from './useArticleGateFindings.ts'

const wrapped = new WeakMap<DocumentActionComponent, DocumentActionComponent>()

export const withArticleGate = (PublishAction: DocumentActionComponent): DocumentActionComponent => {
  const existing = wrapped.get(PublishAction)
  if (existing) return existing
  const ArticlePublishAction: DocumentActionComponent = (props) => {
    const description = PublishAction(props)
    const document = props.draft ?? props.published
    const findings = useArticleGateFindings(document)
    if (!description || description.disabled) return description
    if (findings === undefined) return {...description, disabled: true, title: 'جارٍ تشغيل فحوص النشر…'}
    const summary = summarizeArticleGate(findings, document)
    return summary.blocked ? {...description, disabled: true, title: gateBlockReason(summary)} : description
  }
  ArticlePublishAction.action = 'publish'
  ArticlePublishAction.displayName = 'ArticlePublishAction'
  wrapped.set(PublishAction, ArticlePublishAction)
  return ArticlePublishAction
}
