// claim-changed-since-approval: an approval covers exactly the words and evidence the reviewer saw.
// A claim whose current statement + evidence hash differs from review.approvedHash (or whose
// approval carries no hash at all) is not approved until a medical reviewer approves it again.
import {approvedOnSaid, fixForApprovalProblem} from './claimApproval.ts'
import {defineClaimProblemCheck} from './claimProblemCheck.ts'

export const claimChangedSinceApproval = defineClaimProblemCheck({
  ruleId: 'claim-changed-since-approval',
  description: "A claimRef points to an approved claim whose statement or evidence no longer hashes to review.approvedHash (or that has none).",
  message: (problem, quoted, _today, _place, locale) => {
    if (problem.kind === 'changed-since-approval') {
      return `تغيّر نص ${quoted} أو دليله بعد أن اعتمده المراجع الطبي${approvedOnSaid(problem.approvedAt, locale)}، والاعتماد يخصّ النص الذي رآه المراجع فقط. ${fixForApprovalProblem(problem)}؛ أو احذف الجملة المربوطة به.`
    }
    if (problem.kind === 'approval-unbound') {
      return `اعتماد ${quoted} لا يحمل بصمة النص المعتمد، فلا يمكن التحقق من أن النص الحالي هو ما اعتمده المراجع الطبي. ${fixForApprovalProblem(problem)}؛ أو احذف الجملة المربوطة به.`
    }
    return undefined
  },
})
