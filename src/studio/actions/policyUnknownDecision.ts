// A transition into «معتمد» (approve, renew) while the claim review period of its articles' countries
// could not be fetched: the period bounds the approval, so it is refused with what failed and what to
// do, never taken on a period guessed without them. Other actions, and refusals that hold whatever the
// period, are decided as before. Pure.
import {transitionRule, type ReviewAction} from '../../workflow/claimWorkflow.ts'
import type {TransitionDecision} from '../../workflow/decideTransition.ts'
import {requestFailureSentence} from '../messages/requestFailure.ts'

/** What is unknown, said on the badge and on the refused actions alike. */
export const POLICY_UNKNOWN = 'تعذّر معرفة مدة مراجعة الادعاء في بلدان عيادات مقالاته'

/** Why approve or renew is refused, and what to do: the period is asked for again when the claim is opened again. */
export const policyUnknownMessage = (error: unknown): string =>
  `${POLICY_UNKNOWN}، فلا يُتاح هذا الإجراء حتى تُعرف؛ تُطلب من جديد حين تفتح الادعاء مرة أخرى. ${requestFailureSentence(error)}`

export const policyUnknownDecision = (action: ReviewAction, decision: TransitionDecision, error: unknown): TransitionDecision =>
  decision.allowed && transitionRule(action).to === 'approved'
    ? {allowed: false, reason: 'policyUnknown', message: policyUnknownMessage(error), view: decision.view}
    : decision
