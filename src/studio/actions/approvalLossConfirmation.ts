// Publishing or submitting words that changed since their approval ends that approval: every
// article linking the claim stops publishing from the next build until a reviewer approves the new
// words. Asked before, in a confirmation: the Publish tooltip that says so is in the action menu,
// where Sanity shows a tooltip only while the action is disabled.
import type {DocumentActionDialogProps} from 'sanity'
import type {TransitionDecision} from '../../workflow/decideTransition.ts'
import {arabicMessage} from '../messages/ArabicMessage.tsx'

export const APPROVAL_LOSS_CONFIRMATION =
  'تغيّر نص هذا الادعاء أو دليله بعد اعتماده: بالمتابعة يعود مسودة، ولن تُنشر المقالات المربوطة به في أي عيادة من البناء القادم حتى يعتمد مراجع طبي النص الجديد. أتريد المتابعة؟'

/** Whether running this decision's transition ends an approval the claim still has on record. */
export const losesApproval = (decision: TransitionDecision | null | undefined): boolean =>
  decision?.allowed === true &&
  decision.view.unrecordedChange === true &&
  (decision.view.changed === 'sinceApproval' || decision.view.changed === 'approvalUnbound')

/** The confirmation Publish and «إرسال للمراجعة» open when `losesApproval`; confirming runs `proceed`. */
export const approvalLossDialog = (
  confirming: boolean,
  setConfirming: (open: boolean) => void,
  confirmButtonText: string,
  proceed: () => void,
): DocumentActionDialogProps | false =>
  confirming && {
    type: 'confirm',
    tone: 'caution',
    message: arabicMessage(APPROVAL_LOSS_CONFIRMATION),
    confirmButtonText,
    cancelButtonText: 'إلغاء',
    onCancel: () => setConfirming(false),
    onConfirm: () => {
      setConfirming(false)
      proceed()
    },
  }
