// A transition into «معتمد» (approve, renew) while the claim review period of its articles' countries
// is not known, still being fetched or not fetched: the period bounds the approval, so it waits (with
// what failed and what to do, on a failure), never taken on a period guessed without them. Other
// actions, and refusals that hold whatever the period, are decided as before. Pure.
import {transitionRule, type ReviewAction} from '../../workflow/claimWorkflow.ts'
import type {TransitionDecision} from '../../workflow/decideTransition.ts'
import {requestFailureSentence} from '../messages/requestFailure.ts'
import type {ClaimPolicyLookup} from './useClaimPolicy.ts'

/** What is unknown, said on the badge and on the refused actions alike. */
export const POLICY_UNKNOWN = 'تعذّر معرفة مدة مراجعة الادعاء في بلدان عيادات مقالاته'

/** Why approve or renew is refused, and what to do: the pane asks for the period again, within a minute (useClaimPolicy.ts). */
const policyUnknownMessage = (error: unknown): string =>
  `${POLICY_UNKNOWN}، فلا يُتاح هذا الإجراء حتى تُعرف؛ يُعاد طلبها تلقائيًا خلال دقيقة على الأكثر. ${requestFailureSentence(error)}`

/** What is being fetched, said on the badge and on the waiting actions alike. */
export const POLICY_BEING_FETCHED = 'جارٍ جلب مدة مراجعة الادعاء في بلدان عيادات مقالاته'

/** Why approve or renew waits while the period is being fetched, as the form's checks say it while they run. */
export const POLICY_LOADING = `${POLICY_BEING_FETCHED}؛ يُتاح هذا الإجراء حين تُعرف.`

export const policyUnknownDecision = (action: ReviewAction, decision: TransitionDecision, policy: ClaimPolicyLookup): TransitionDecision => {
  if (!decision.allowed || transitionRule(action).to !== 'approved') return decision
  if ('failed' in policy) return {allowed: false, reason: 'policyUnknown', message: policyUnknownMessage(policy.failed), view: decision.view}
  if ('loading' in policy) return {allowed: false, reason: 'policyLoading', message: POLICY_LOADING, view: decision.view}
  return decision
}
