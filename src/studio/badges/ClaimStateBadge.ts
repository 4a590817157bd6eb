// Claim badge: its workflow state today (claimBadges.ts).
import type {DocumentBadgeComponent} from 'sanity'
import {claimToday} from '../../presets/index.ts'
import {useClaimPolicyMonths} from '../actions/useClaimPolicyMonths.ts'
import {withIsolatedTitle} from '../messages/bidiIsolates.ts'
import {claimStateBadge} from './claimBadges.ts'

export const ClaimStateBadge: DocumentBadgeComponent = (props) => {
  const document = props.draft ?? props.published
  // The period of the strictest country its articles go to, as the claim's form reads it (studioClaimFindings.ts).
  const months = useClaimPolicyMonths(props.id)
  // The day claims are judged on in the Studio (`claimToday`), as in their validation and actions.
  return document ? withIsolatedTitle(claimStateBadge(document, claimToday(new Date()), months)) : null
}
ClaimStateBadge.displayName = 'ClaimStateBadge'
