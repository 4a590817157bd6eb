// Claim action «سحب الاعتماد»: a medical reviewer or editor pulls an approval (e.g. new evidence
// contradicts it); the claim returns to draft and articles linking it stop publishing.
import {UndoIcon} from '@sanity/icons/Undo'
import {commentedClaimAction} from './commentedClaimAction.tsx'

export const WithdrawClaimAction = commentedClaimAction({
  name: 'WithdrawClaimAction',
  action: 'withdraw',
  icon: UndoIcon,
  tone: 'caution',
  header: 'سحب الاعتماد',
  prompt: 'بعد السحب لن تُنشر المقالات المربوطة بهذا الادعاء حتى يُعتمد من جديد. اكتب السبب إن شئت؛ يُحفظ في سجل المراجعة.',
  confirmText: 'سحب الاعتماد',
  commentRequired: false,
  done: 'سُحب الاعتماد وعاد الادعاء مسودة.',
})
