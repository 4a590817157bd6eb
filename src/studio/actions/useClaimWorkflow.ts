// Studio adapter shared by the claim actions: reads the claim as shown (draft, else published; the
// review always the published one, claimOfRecord),
// asks decideTransition whether this user may take `action` now, and runs an allowed transition as
// patches followed by a publish, so the new state reaches the published claim the pipeline reads.
import {randomKey} from '@sanity/util/content'
import {useMemo} from 'react'
import {useClient, useDocumentOperation, useValidationStatus, type DocumentActionProps} from 'sanity'
import {transitionRule, type ReviewAction} from '../../workflow/claimWorkflow.ts'
import {decideTransition, type TransitionDecision} from '../../workflow/decideTransition.ts'
import {planTransition, type PlanResult} from '../../workflow/planTransition.ts'
import {claimReviewPeriod, type ReviewPeriod} from '../../workflow/reviewDue.ts'
import {readWorkflowClaim} from '../../workflow/workflowClaim.ts'
import {VALIDATION_API_VERSION} from '../validation/articleValidation.ts'
import {actorUnknownDecision} from './actorUnknownDecision.ts'
import {policyUnknownDecision} from './policyUnknownDecision.ts'
import {fetchClaimJurisdictions, useClaimPolicy} from './useClaimPolicy.ts'
import {useWorkflowActor} from './useWorkflowActor.ts'
import {claimOfRecord, reviewOfRecordPatches} from './reviewOfRecord.ts'
import {workflowPatches} from './workflowPatches.ts'

/** What the user confirmed: a rejection's reason, or a renewal's period and the review-due date shown. */
export interface RunOptions {
  comment?: string
  reviewPeriod?: ReviewPeriod
  confirmedReviewDue?: string
}

export interface ClaimWorkflow {
  /**
   * `undefined` while the user's roles load, `null` when nobody is signed in; refused as `actorUnknown`
   * when they could not be looked up, and approve and renew as `policyUnknown` when the claim's period could not,
   * as `policyLoading` while it is being fetched.
   */
  decision: TransitionDecision | null | undefined
  /** How long a new approval would hold, read now: the shortest period of the claim's jurisdictions. */
  reviewPeriod: () => Promise<ReviewPeriod>
  run: (options?: RunOptions) => Promise<PlanResult>
  /** Puts the published review back on a draft holding another (claimOfRecord), before a plain Publish; absent when they agree. */
  restoreReview?: () => void
}

// Refusals the Studio adds while a lookup has not answered, failed or pending (actorUnknownDecision,
// policyUnknownDecision): planTransition decides again from what is known, so it would not see them,
// and run() keeps them.
const REFUSED_UNTIL_A_LOOKUP_ANSWERS: ReadonlySet<string> = new Set(['actorUnknown', 'policyUnknown', 'policyLoading'])

export const useClaimWorkflow = (props: DocumentActionProps, action: ReviewAction): ClaimWorkflow => {
  const {id, type, draft, published} = props
  const document = claimOfRecord(draft, published)
  const claim = useMemo(() => readWorkflowClaim(document), [document])
  const looked = useWorkflowActor()
  // Who a transition is recorded as: when the lookup failed, the user as Sanity knows them, for the
  // edit anyone may record; actorUnknownDecision refuses every other action then.
  const actor = looked && 'failed' in looked ? looked.user : looked
  const {validation, isValidating: validating} = useValidationStatus(draft?._id ?? published?._id ?? id, type, true)
  const validationErrors = validation.filter((marker) => marker.level === 'error').length
  const {patch, publish} = useDocumentOperation(id, type)
  const client = useClient({apiVersion: VALIDATION_API_VERSION})
  // As the claim's validation and badge read it: lapsed from the first midnight past its due date in
  // one of its articles' clinics, or once older than the strictest period of their countries.
  const policy = useClaimPolicy(id)
  const policyMonths = policy.months
  const today = policy.todayAt(new Date())
  const request = {action, claim, today, validationErrors, validating, policyMonths}
  const decided = !looked ? looked : 'failed' in looked ? actorUnknownDecision(request, looked) : decideTransition({...request, actor: looked})
  const decision = decided && policyUnknownDecision(action, decided, policy)

  const reviewPeriod = async (): Promise<ReviewPeriod> => claimReviewPeriod(await fetchClaimJurisdictions(client, id))

  const reset = reviewOfRecordPatches(draft, published)

  const run = async ({comment, reviewPeriod: given, confirmedReviewDue}: RunOptions = {}): Promise<PlanResult> => {
    if (decision && !decision.allowed && REFUSED_UNTIL_A_LOOKUP_ANSWERS.has(decision.reason)) return {ok: false, reason: decision.reason, message: decision.message}
    if (!actor) return {ok: false, reason: 'role', message: 'سجّل الدخول لتتمكّن من هذا الإجراء.'}
    // A transition into «معتمد» (approve, renew) sets a new review-due date from the claim's jurisdictions.
    const period = transitionRule(action).to === 'approved' ? (given ?? (await reviewPeriod())) : undefined
    const now = new Date()
    const result = planTransition({
      action,
      claim,
      actor,
      today: policy.todayAt(now),
      validationErrors,
      validating,
      policyMonths,
      now,
      ...(comment === undefined ? {} : {comment}),
      ...(period === undefined ? {} : {reviewPeriod: period}),
      ...(confirmedReviewDue === undefined ? {} : {confirmedReviewDue}),
      newKey: () => randomKey(12),
    })
    if (result.ok) {
      patch.execute([...reset, ...workflowPatches(result.plan)])
      publish.execute()
    }
    return result
  }
  return {decision, reviewPeriod, run, ...(reset.length > 0 ? {restoreReview: () => patch.execute(reset)} : {})}
}
