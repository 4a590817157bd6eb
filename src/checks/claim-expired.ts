// claim-expired: an approval is dated and expires; medical knowledge moves, so a claim whose
// review.reviewDue has passed must be reviewed again before it is published again.
import {fixForApprovalProblem} from './claimApproval.ts'
import {defineClaimProblemCheck} from './claimProblemCheck.ts'

export const claimExpired = defineClaimProblemCheck({
  ruleId: 'claim-expired',
  description: 'A claimRef points to an approved claim whose review.reviewDue is before today.',
  message: (problem, quoted, today) =>
    problem.kind === 'expired'
      ? `انتهت صلاحية اعتماد ${quoted} في ${problem.reviewDue}، واليوم ${today}. ${fixForApprovalProblem(problem)}؛ أو احذف الجملة المربوطة به.`
      : undefined,
})
