// Claim badge: its workflow state today (claimBadges.ts).
import type {DocumentBadgeComponent} from 'sanity'
import {claimToday} from '../../presets/index.ts'
import {claimReviewPeriodMonths} from '../../workflow/reviewDue.ts'
import {useClaimJurisdictions} from '../actions/useClaimJurisdictions.ts'
import {withIsolatedTitle} from '../messages/bidiIsolates.ts'
import {claimStateBadge} from './claimBadges.ts'

export const ClaimStateBadge: DocumentBadgeComponent = (props) => {
  const document = props.draft ?? props.published
  // The period of the strictest country its articles go to, as the claim's form reads it (studioClaimFindings.ts).
  const jurisdictions = useClaimJurisdictions(props.id)
  const months = jurisdictions && jurisdictions.length > 0 ? claimReviewPeriodMonths(jurisdictions) : undefined
  // The day claims are judged on in the Studio (`claimToday`), as in their validation and actions.
  return document ? withIsolatedTitle(claimStateBadge(document, claimToday(new Date()), months)) : null
}
ClaimStateBadge.displayName = 'ClaimStateBadge'
