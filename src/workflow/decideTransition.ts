// The one place that decides whether a transition of a claim's review is allowed, for whom, now:
// the Studio actions show its refusal as the disabled reason, the tests walk every role through it.
// Pure: the caller passes the claim, the recognised actor, today and the form's validation errors.
import {CLAIM_STATES, labelOf, PERSON_ROLES, REVIEW_ACTIONS} from '../content/vocabulary.ts'
import {countOf} from '../locale/arabicCount.ts'
import {listFormat} from '../locale/intlCache.ts'
import {VALIDATION_ERRORS} from '../locale/countedNouns.ts'
import {approvalLastDay} from '../checks/claimApproval.ts'
import {describeEvidenceProblem, fixForEvidenceProblem} from '../checks/claimEvidence.ts'
import {fourEyesConflict, lastSubmissionOf} from './auditTrail.ts'
import {workflowEvidenceProblems} from './claimEvidence.ts'
import {claimState, type ClaimStateView} from './claimState.ts'
import {transitionRule, type ClaimState, type ReviewAction, type TransitionRule} from './claimWorkflow.ts'
import type {WorkflowActor} from './recogniseActor.ts'
import type {WorkflowClaim} from './workflowClaim.ts'

export interface TransitionRequest {
  action: ReviewAction
  claim: WorkflowClaim
  actor: WorkflowActor
  /** `YYYY-MM-DD`: decides whether an approval has expired. */
  today: string
  /** Error markers the Studio form shows on the claim; 0 outside the Studio. */
  validationErrors?: number
  /**
   * The Studio form's validation is still running (a pane just opened, an edit being checked): its
   * errors are not known yet, and an action that needs a valid document waits for them.
   */
  validating?: boolean
  /**
   * The claim review period of the clinics its articles go to (the shortest), when known: an approval
   * older than that reads as expired whatever review.reviewDue says, as the gate reads it (so renewing
   * is the main action, as on the claim's badge). Unknown: review.reviewDue alone.
   */
  policyMonths?: number | undefined
}

export type RefusalReason =
  | 'state'
  | 'role'
  | 'person'
  | 'personAmbiguous'
  | 'fourEyesWriter'
  | 'fourEyesLastEditor'
  | 'fourEyesEditor'
  | 'changedSinceSubmission'
  | 'changedSinceApproval'
  | 'evidence'
  | 'validation'
  | 'validating'
  | 'unchanged'
  /** Set by the Studio, not here: it could not look up who the user is to the workflow. */
  | 'actorUnknown'
  /** Set by the Studio, not here: it could not fetch the claim review period that bounds an approval. */
  | 'policyUnknown'
  /** Set by the Studio, not here: it is still fetching that period. */
  | 'policyLoading'

export type TransitionDecision =
  | {allowed: true; rule: TransitionRule; from: ClaimState; view: ClaimStateView}
  | {allowed: false; reason: RefusalReason; message: string; view: ClaimStateView}

const stateLabel = (state: ClaimState): string => `«${labelOf(CLAIM_STATES, state)}»`
const actionLabel = (action: ReviewAction): string => `«${labelOf(REVIEW_ACTIONS, action)}»`
const quotedRoles = (roles: readonly string[]): string[] => roles.map((role) => `«${labelOf(PERSON_ROLES, role)}»`)
/** The roles an action needs: any one of them («… أو …»). */
const roleLabels = (roles: readonly string[]): string => quotedRoles(roles).join(' أو ')
/** The roles someone holds: all of them («… و…»). */
const heldRoleLabels = (roles: readonly string[]): string => listFormat('ar', {type: 'conjunction'}).format(quotedRoles(roles))

const CHANGE_CAUSE = {
  sinceApproval: 'لأن نصه أو دليله تغيّر بعد الاعتماد',
  approvalUnbound: 'لأن اعتماده لا يحمل بصمة النص المعتمد',
  sinceSubmission: 'لأن نصه أو دليله تغيّر بعد إرساله للمراجعة',
} as const

// Said when approving or renewing words that changed since they were submitted or approved. The
// reviewer must not be told to resubmit: whoever submits the words becomes their last editor, who
// may never approve them. Unsaved changes in the reviewer's own draft are discarded instead.
const CHANGED_REFUSAL = {
  sinceSubmission: {
    reason: 'changedSinceSubmission',
    message: 'في الادعاء تعديلات على نصه أو دليله بعد إرساله للمراجعة. إن لم تكن مقصودة فتجاهلها بزر «تجاهل التغييرات» ثم اعتمده؛ وإن كانت مقصودة فليُعِد كاتبه إرساله.',
  },
  sinceApproval: {
    reason: 'changedSinceApproval',
    message: 'في الادعاء تعديلات على نصه أو دليله بعد اعتماده. إن لم تكن مقصودة فتجاهلها بزر «تجاهل التغييرات» ثم جدّد اعتماده؛ وإن كانت مقصودة فلينشرها كاتبها ويُرسل الادعاء للمراجعة.',
  },
} as const satisfies Partial<Record<NonNullable<ClaimStateView['changed']>, {reason: RefusalReason; message: string}>>

const EVIDENCE_REFUSAL = 'لا يُرسَل الادعاء للمراجعة ولا يُعتمد قبل اكتمال دليله:'

export const decideTransition = ({action, claim, actor, today, validationErrors = 0, validating = false, policyMonths}: TransitionRequest): TransitionDecision => {
  const rule = transitionRule(action)
  const view = claimState(claim, today, approvalLastDay(claim.review, policyMonths))
  const refuse = (reason: RefusalReason, message: string): TransitionDecision => ({allowed: false, reason, message, view})

  // An edit is judged on the state the claim was in before its words changed; every other action
  // on the state the claim is effectively in now.
  const from = action === 'edit' ? view.recorded : view.state
  if (action === 'edit' && !view.unrecordedChange) return refuse('unchanged', 'لم يتغيّر نص الادعاء ولا دليله منذ آخر ما سُجّل في سجل المراجعة، فلا تعديل يُسجَّل.')
  if (!rule.from.includes(from)) {
    const changed = view.changed === 'sinceSubmission' || view.changed === 'sinceApproval' ? CHANGED_REFUSAL[view.changed] : undefined
    // Only an approval is refused for it (shown disabled, with what to do); other actions just do not apply.
    if (changed && rule.to === 'approved' && rule.from.includes(view.recorded)) return refuse(changed.reason, changed.message)
    const cause = view.changed ? ` (${CHANGE_CAUSE[view.changed]})` : ''
    return refuse('state', `لا يمكن ${actionLabel(action)} لادعاء حالته ${stateLabel(from)}${cause}؛ يمكن ذلك فقط لادعاء حالته ${rule.from.map(stateLabel).join(' أو ')}.`)
  }
  // Before the roles, which such a user has only from Sanity: any of those documents could be taken for them.
  if (action !== 'edit' && actor.sharedEmailWith) {
    return refuse(
      'personAmbiguous',
      `بريدك الإلكتروني مسجّل في أكثر من ملف «شخص» (${actor.sharedEmailWith.map((name) => `«${name}»`).join('، ')})، فلا يُعرف أيّها أنت ولا يُسجَّل إجراء باسمك. اطلب من مسؤول الاستوديو حذف الملف المكرّر أو تصحيح بريده، ثم أعد المحاولة.`,
    )
  }
  if (rule.roles !== 'anyone' && !rule.roles.some((role) => actor.roles.includes(role))) {
    const mine = actor.roles.length > 0 ? `أدوارك: ${heldRoleLabels(actor.roles)}` : 'لم نجد لك دورًا في سير المراجعة'
    return refuse(
      'role',
      `${actionLabel(action)} لمن له دور ${roleLabels(rule.roles)}، و${mine}. يُعرَف الدور من دورك في Sanity أو من ملف «شخص» يطابق بريدك الإلكتروني.`,
    )
  }
  if (rule.needsPerson && !actor.personId) {
    return refuse('person', 'لا يوجد ملف «شخص» منشور يطابق بريدك الإلكتروني، فلا يمكن تسجيلك مراجعًا لهذا الادعاء. أضف بريدك الإلكتروني إلى ملفك في قائمة «شخص» بالاستوديو ثم أعد المحاولة.')
  }
  if (rule.fourEyes) {
    const conflict = fourEyesConflict({userId: actor.userId, ...(actor.personId ? {personId: actor.personId} : {})}, claim.review?.audit ?? [], view.contentHash)
    if (conflict?.role === 'writer') return refuse('fourEyesWriter', 'أنت من كتب هذا الادعاء، ولا يعتمد أحدٌ ادعاءً كتبه. يعتمده مراجع طبي آخر.')
    if (conflict?.role === 'lastEditor') return refuse('fourEyesLastEditor', 'أنت آخر من عدّل نص هذا الادعاء أو دليله، ولا يعتمد أحدٌ نصًا عدّله. يعتمده مراجع طبي آخر.')
    if (conflict?.role === 'editor') return refuse('fourEyesEditor', 'عدّلتَ نص هذا الادعاء أو دليله منذ آخر اعتماد له، ولا يعتمد أحدٌ نصًا شارك في كتابته. يعتمده مراجع طبي آخر.')
  }
  if (rule.needsSubmittedContent) {
    const submitted = lastSubmissionOf(claim.review?.audit ?? [])?.hash
    if (submitted !== undefined && submitted !== view.contentHash) return refuse(CHANGED_REFUSAL.sinceSubmission.reason, CHANGED_REFUSAL.sinceSubmission.message)
  }
  if (rule.needsEvidence) {
    const problems = workflowEvidenceProblems(claim)
    if (problems.length > 0) {
      return refuse('evidence', `${EVIDENCE_REFUSAL} ${problems.map(describeEvidenceProblem).join('، و')}. ${problems.map(fixForEvidenceProblem).join('، و')}.`)
    }
  }
  if (rule.needsValidDocument && validationErrors > 0) {
    return refuse('validation', `في الادعاء ${countOf(validationErrors, VALIDATION_ERRORS)}؛ أصلح ${validationErrors === 1 ? 'الخطأ' : validationErrors === 2 ? 'الخطأين' : 'الأخطاء'} أولًا ثم أعد المحاولة.`)
  }
  if (rule.needsValidDocument && validating) return refuse('validating', 'جارٍ فحص الادعاء؛ يُتاح هذا الإجراء حين تنتهي الفحوص دون أخطاء.')
  return {allowed: true, rule, from, view}
}
