// The Studio's document badges: workflow state and GRADE certainty on claims, gate verdict on articles.
import type {DocumentBadgeComponent, DocumentBadgesContext} from 'sanity'
import {ArticleGateBadge} from './ArticleGateBadge.ts'
import {ClaimCertaintyBadge} from './ClaimCertaintyBadge.ts'
import {ClaimStateBadge} from './ClaimStateBadge.ts'

export const resolveDocumentBadges = (previous: DocumentBadgeComponent[], context: Pick<DocumentBadgesContext, 'schemaType'>): DocumentBadgeComponent[] => {
  if (context.schemaType === 'claim') return [...previous, ClaimStateBadge, ClaimCertaintyBadge]
  if (context.schemaType === 'article') return [...previous, ArticleGateBadge]
  return previous
}
