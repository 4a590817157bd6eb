// Claim badge: the GRADE certainty of its evidence (claimBadges.ts).
import type {DocumentBadgeComponent} from 'sanity'
import {withIsolatedTitle} from '../messages/bidiIsolates.ts'
import {claimCertaintyBadge} from './claimBadges.ts'

export const ClaimCertaintyBadge: DocumentBadgeComponent = (props) => {
  const document = props.draft ?? props.published
  return document ? withIsolatedTitle(claimCertaintyBadge(document)) : null
}
ClaimCertaintyBadge.displayName = 'ClaimCertaintyBadge'
