// How a workflow action presents itself for a decision, following Sanity's workflow example: an
// action that does not apply to the claim's state is not shown; one that applies but cannot run for
// this user or this document is shown disabled with the reason; while the user's roles are still
// loading it is shown disabled. Which action leads the pane follows the claim's state and the user.
// Pure.
import {labelOf, REVIEW_ACTIONS} from '../../content/vocabulary.ts'
import {PREFERRED_ACTIONS, type ClaimState, type ReviewAction} from '../../workflow/claimWorkflow.ts'
import type {TransitionDecision} from '../../workflow/decideTransition.ts'

export interface WorkflowActionState {
  hidden: boolean
  label: string
  disabled: boolean
  /** The tooltip: why it is disabled, or what it will do. */
  title: string
}

const WHAT_IT_DOES: Record<ReviewAction, string> = {
  submit: 'يرسل الادعاء بنصه ودليله الحاليين إلى المراجعين الطبيين.',
  approve: 'يعتمد النص والدليل كما هما الآن، باسمك، حتى موعد إعادة المراجعة.',
  reject: 'يعيد الادعاء إلى كاتبه مع سبب الرفض.',
  renew: 'يجدّد اعتماد النص والدليل كما هما الآن، باسمك، حتى موعد إعادة مراجعة جديد، دون أن تتوقف المقالات المربوطة به.',
  withdraw: 'يسحب الاعتماد فورًا؛ لن تُنشر المقالات المربوطة بالادعاء حتى يُعتمد من جديد.',
  edit: 'يسجّل أنك آخر من عدّل نص الادعاء أو دليله، ويعيده إلى المسودة.',
}

/** `decision` is `undefined` while the current user's roles are loading, `null` when nobody is signed in. */
export const workflowActionState = (action: ReviewAction, decision: TransitionDecision | null | undefined): WorkflowActionState => {
  const label = labelOf(REVIEW_ACTIONS, action)
  if (decision === undefined) return {hidden: false, label, disabled: true, title: 'جارٍ التعرّف على دورك في سير المراجعة…'}
  if (decision === null) return {hidden: false, label, disabled: true, title: 'سجّل الدخول لتتمكّن من هذا الإجراء.'}
  if (decision.allowed) return {hidden: false, label, disabled: false, title: WHAT_IT_DOES[action]}
  return {hidden: decision.reason === 'state', label, disabled: true, title: decision.message}
}

/** Refusals that last only until something the pane is fetching or checking answers. */
const WAITING: ReadonlySet<string> = new Set(['validating', 'policyLoading'])

const preferredIn: Partial<Record<ClaimState, ReviewAction>> = PREFERRED_ACTIONS

/**
 * Whether `action` goes ahead of the workflow order as the pane's main button: it is the preferred
 * action of the claim's state and this user may take it now, or once the form's checks are done or
 * the claim's review period is fetched (so the main button does not change while they run). Sanity
 * makes the first action shown the main button, so a user who may not take it keeps the first that
 * applies there instead.
 */
export const leadsPane = (action: ReviewAction, decision: TransitionDecision | null | undefined): boolean =>
  decision !== null && decision !== undefined && (decision.allowed || WAITING.has(decision.reason)) && preferredIn[decision.view.state] === action
