// claim-four-eyes: nobody approves a claim they wrote or last edited. The writer and the last editor
// come from the claim's audit trail; the approver is review.reviewer (person) and review.approvedBy
// (Sanity user). A self-approval is no approval.
import {fixForApprovalProblem, fourEyesRoleSaid} from './claimApproval.ts'
import {defineClaimProblemCheck} from './claimProblemCheck.ts'

export const claimFourEyes = defineClaimProblemCheck({
  ruleId: 'claim-four-eyes',
  description: 'A claimRef points to a claim approved by the person who wrote it or last edited its statement or evidence.',
  message: (problem, quoted) =>
    problem.kind === 'four-eyes'
      ? `اعتُمد ${quoted} من «${problem.approverName}»، و«${problem.approverName}» ${fourEyesRoleSaid(problem.role)}، ولا يُعتدّ باعتماد المرء لما كتبه أو عدّله. ${fixForApprovalProblem(problem)}؛ أو احذف الجملة المربوطة به.`
      : undefined,
})
