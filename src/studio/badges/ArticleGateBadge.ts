// Article badge: ready, or blocked with the count of unapproved claims (articleGateBadge.ts), from the
// same gate findings the form and the Publish action use.
import type {DocumentBadgeComponent} from 'sanity'
import {useArticleGateFindings} from '../actions/useArticleGateFindings.ts'
import {articleGateBadge} from './articleBadgeDescription.ts'

export const ArticleGateBadge: DocumentBadgeComponent = (props) => {
  const document = props.draft ?? props.published
  const findings = useArticleGateFindings(document)
  return document ? articleGateBadge(findings, document) : null
}
ArticleGateBadge.displayName = 'ArticleGateBadge'
