// Claim action «رفض مع سبب»: a medical reviewer sends the claim back to its writer; the reason is
// required and goes to review.comment and the audit trail.
import {CloseCircleIcon} from '@sanity/icons/CloseCircle'
import {commentedClaimAction} from './commentedClaimAction.tsx'

export const RejectClaimAction = commentedClaimAction({
  name: 'RejectClaimAction',
  action: 'reject',
  icon: CloseCircleIcon,
  tone: 'critical',
  header: 'رفض مع سبب',
  prompt: 'ما الذي يجب أن يغيّره الكاتب؟ يُحفظ السبب في سجل المراجعة ويراه الكاتب.',
  confirmText: 'رفض',
  commentRequired: true,
  done: 'رُفض الادعاء وأُعيد إلى كاتبه.',
})
