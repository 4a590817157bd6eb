// Publishing or submitting words that changed since their approval ends that approval: every
// article linking the claim stops publishing from the next build until a reviewer approves the new
// words. Asked before, in a confirmation: the Publish tooltip that says so is in the action menu,
// where Sanity shows a tooltip only while the action is disabled.
import type {TransitionDecision} from '../../workflow/decideTransition.ts'

export const APPROVAL_LOSS_CONFIRMATION =
  'تغيّر نص هذا الادعاء أو دليله بعد اعتماده: بالمتابعة يعود مسودة، ولن تُنشر المقالات المربوطة به في أي عيادة من البناء القادم حتى يعتمد مراجع طبي النص الجديد. أتريد المتابعة؟'

/** Whether running this decision's transition ends an approval the claim still has on record. */
export const losesApproval = (decision: TransitionDecision | null | undefined): boolean =>
  decision?.allowed === true &&
  decision.view.unrecordedChange === true &&
  (decision.view.changed === 'sinceApproval' || decision.view.changed === 'approvalUnbound')
