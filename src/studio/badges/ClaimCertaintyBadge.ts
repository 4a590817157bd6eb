// Claim badge: the GRADE certainty of its evidence (claimBadges.ts).
import type {DocumentBadgeComponent} from 'sanity'
import {isolateArabicMessage} from '../messages/bidiIsolates.ts'
import {claimCertaintyBadge} from './claimBadges.ts'

export const ClaimCertaintyBadge: DocumentBadgeComponent = (props) => {
  const document = props.draft ?? props.published
  if (!document) return null
  const badge = claimCertaintyBadge(document)
  return {...badge, title: isolateArabicMessage(badge.title)}
}
ClaimCertaintyBadge.displayName = 'ClaimCertaintyBadge'
