// Claim badge: its workflow state today (claimBadges.ts).
import type {DocumentBadgeComponent} from 'sanity'
import {claimToday} from '../../presets/index.ts'
import {withIsolatedTitle} from '../messages/bidiIsolates.ts'
import {claimStateBadge} from './claimBadges.ts'

export const ClaimStateBadge: DocumentBadgeComponent = (props) => {
  const document = props.draft ?? props.published
  // The day claims are judged on in the Studio (`claimToday`), as in their validation and actions.
  return document ? withIsolatedTitle(claimStateBadge(document, claimToday(new Date()))) : null
}
ClaimStateBadge.displayName = 'ClaimStateBadge'
