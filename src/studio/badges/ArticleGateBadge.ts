// Article badge: ready, ready for some clinics, or blocked with the count of unapproved claims
// (articleGateBadge in articleBadgeDescription.ts), from the same gate findings the form and the
// Publish action use.
import type {DocumentBadgeComponent} from 'sanity'
import {useArticleGateFindings} from '../actions/useArticleGateFindings.ts'
import {withIsolatedTitle} from '../messages/bidiIsolates.ts'
import {articleGateBadge} from './articleBadgeDescription.ts'

export const ArticleGateBadge: DocumentBadgeComponent = (props) => {
  const document = props.draft ?? props.published
  const findings = useArticleGateFindings(document)
  // A badge's title is a plain string: bidi isolates keep its Arabic in reading order (bidiIsolates.ts).
  const badge = document ? articleGateBadge(findings, document) : null
  return badge && withIsolatedTitle(badge)
}
ArticleGateBadge.displayName = 'ArticleGateBadge'
