// The badges a claim shows at the top of its pane: its workflow state (as the workflow sees it
// today, so an edited approval reads as a draft) and the GRADE certainty of its evidence. Pure.
import {approvalLastDay} from '../../checks/claimApproval.ts'
import {CLAIM_STATES, GRADE_CERTAINTY, labelOf} from '../../content/vocabulary.ts'
import {formatDate} from '../../locale/localeFormat.ts'
import {claimState} from '../../workflow/claimState.ts'
import type {ClaimState} from '../../workflow/claimWorkflow.ts'
import {claimPolicyFor, type ClaimPolicy} from '../../workflow/reviewDue.ts'
import {readWorkflowClaim} from '../../workflow/workflowClaim.ts'
import {POLICY_BEING_FETCHED, POLICY_UNKNOWN} from '../actions/policyUnknownDecision.ts'
import {requestFailureSentence} from '../messages/requestFailure.ts'

export type BadgeColor = 'primary' | 'success' | 'warning' | 'danger'

export interface BadgeDescription {
  label: string
  title: string
  color?: BadgeColor
}

const STATE_COLOR: Record<ClaimState, BadgeColor | undefined> = {
  draft: undefined,
  inReview: 'primary',
  approved: 'success',
  rejected: 'danger',
  expired: 'warning',
}

const CHANGED_TITLE = {
  sinceApproval: 'تغيّر النص أو الدليل بعد الاعتماد، فلم يعد معتمدًا؛ أرسله للمراجعة من جديد.',
  approvalUnbound: 'الاعتماد لا يحمل بصمة النص المعتمد، فلا يُعتدّ به؛ أرسله للمراجعة من جديد.',
  sinceSubmission: 'تغيّر النص أو الدليل بعد إرساله للمراجعة؛ أرسله للمراجعة من جديد.',
} as const

/**
 * `policy.months`: the claim review period of the strictest country its articles go to, when known; the
 * approval then ends at the earlier of its recorded date and that period's end, as the gate reads it.
 * `policy.locale` writes that day as the binding country does, as the approve dialog does (a due
 * day that is no calendar day never gets here: readWorkflowClaim drops it). `policy.failed`: that
 * period could not be fetched, and `policy.loading`: it is being fetched; either way an approval is
 * not vouched for by its recorded date alone (the period may end it earlier), as approve and renew
 * wait for it (policyUnknownDecision.ts): a warning on a failure, neutral while fetching. The other
 * states are the same whatever the period.
 */
export const claimStateBadge = (
  document: unknown,
  today: string,
  policy: Pick<ClaimPolicy, 'months' | 'locale'> & {failed?: unknown; loading?: true} = claimPolicyFor([]),
): BadgeDescription => {
  const {months, locale} = policy
  const claim = readWorkflowClaim(document)
  const due = approvalLastDay(claim.review, months)
  const view = claimState(claim, today, due)
  const label = labelOf(CLAIM_STATES, view.state)
  if (view.changed) return {label: `${label} (عُدّل)`, title: CHANGED_TITLE[view.changed], color: 'warning'}
  if (view.state === 'approved' && ('failed' in policy || 'loading' in policy)) {
    const byRecordedDate = `${label} حتى ${due ? formatDate(locale, due) : due} بتاريخه المسجَّل`
    return 'failed' in policy
      ? {label: `${label}؟`, title: `${byRecordedDate}، لكن ${POLICY_UNKNOWN}، وقد تنهي اعتماده قبل ذلك. ${requestFailureSentence(policy.failed)}`, color: 'warning'}
      : {label: `${label}؟`, title: `${byRecordedDate}؛ ${POLICY_BEING_FETCHED}، وقد تنهي اعتماده قبل ذلك.`}
  }
  const title =
    view.state === 'approved' && due ? `معتمد حتى ${formatDate(locale, due)}` :
    view.state === 'expired' && due ? `انتهت صلاحية الاعتماد في ${formatDate(locale, due)}` :
    view.state === 'rejected' && claim.review?.comment ? `سبب الرفض: ${claim.review.comment}` :
    `حالة المراجعة: ${label}`
  return {label, title, ...(STATE_COLOR[view.state] ? {color: STATE_COLOR[view.state]} : {})}
}

const CERTAINTY_COLOR: Record<string, BadgeColor> = {high: 'success', moderate: 'primary', low: 'warning', veryLow: 'danger'}

export const claimCertaintyBadge = (document: unknown): BadgeDescription => {
  const evidence = (document as {evidence?: {certainty?: unknown}} | null | undefined)?.evidence
  const certainty = typeof evidence?.certainty === 'string' ? evidence.certainty : undefined
  if (!certainty || !(certainty in CERTAINTY_COLOR)) {
    return {label: 'درجة اليقين (GRADE): غير محددة', title: 'حدّد درجة اليقين (GRADE) في الدليل العلمي؛ بدونها لا تُنشر المقالات المربوطة بالادعاء.', color: 'danger'}
  }
  const label = labelOf(GRADE_CERTAINTY, certainty)
  return {label: `درجة اليقين (GRADE): ${label}`, title: `درجة اليقين في الدليل (GRADE): ${label}`, color: CERTAINTY_COLOR[certainty]!}
}
