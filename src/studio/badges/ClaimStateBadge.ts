// Claim badge: its workflow state today (claimBadges.ts).
import type {DocumentBadgeComponent} from 'sanity'
import {calendarDateIn} from '../../checks/calendarDates.ts'
import {withIsolatedTitle} from '../messages/bidiIsolates.ts'
import {claimStateBadge} from './claimBadges.ts'

export const ClaimStateBadge: DocumentBadgeComponent = (props) => {
  const document = props.draft ?? props.published
  // Claims are judged on the UTC calendar in the Studio, as in their validation and actions.
  return document ? withIsolatedTitle(claimStateBadge(document, calendarDateIn(new Date(), 'UTC'))) : null
}
ClaimStateBadge.displayName = 'ClaimStateBadge'
