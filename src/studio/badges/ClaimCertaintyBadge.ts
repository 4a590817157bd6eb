// Claim badge: the GRADE certainty of its evidence (claimBadges.ts).
import type {DocumentBadgeComponent} from 'sanity'
import {claimCertaintyBadge} from './claimBadges.ts'

export const ClaimCertaintyBadge: DocumentBadgeComponent = (props) => {
  const document = props.draft ?? props.published
  return document ? claimCertaintyBadge(document) : null
}
ClaimCertaintyBadge.displayName = 'ClaimCertaintyBadge'
