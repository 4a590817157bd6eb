// Claim badge: its workflow state today (claimBadges.ts).
import type {DocumentBadgeComponent} from 'sanity'
import {calendarDateIn} from '../../checks/calendarDates.ts'
import {isolateArabicMessage} from '../messages/bidiIsolates.ts'
import {claimStateBadge} from './claimBadges.ts'

export const ClaimStateBadge: DocumentBadgeComponent = (props) => {
  const document = props.draft ?? props.published
  // Claims are judged on the UTC calendar in the Studio, as in their validation and actions.
  if (!document) return null
  const badge = claimStateBadge(document, calendarDateIn(new Date(), 'UTC'))
  return {...badge, title: isolateArabicMessage(badge.title)}
}
ClaimStateBadge.displayName = 'ClaimStateBadge'
