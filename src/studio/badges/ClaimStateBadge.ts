// Claim badge: its workflow state today (claimBadges.ts).
import type {DocumentBadgeComponent} from 'sanity'
import {useClaimPolicy} from '../actions/useClaimPolicy.ts'
import {claimOfRecord} from '../actions/reviewOfRecord.ts'
import {withIsolatedTitle} from '../messages/bidiIsolates.ts'
import {claimStateBadge} from './claimBadges.ts'

export const ClaimStateBadge: DocumentBadgeComponent = (props) => {
  // The draft's words with the published review, as the actions read it (claimOfRecord).
  const document = claimOfRecord(props.draft, props.published)
  // On the day and within the period of the countries its articles go to, as its form and actions read it.
  const policy = useClaimPolicy(props.id)
  return document ? withIsolatedTitle(claimStateBadge(document, policy.todayAt(new Date()), policy)) : null
}
ClaimStateBadge.displayName = 'ClaimStateBadge'
