// claim-reviewer-role: an approval counts only when the person recorded as its reviewer holds the
// medicalReviewer role; a writer or editor marking a claim approved is not a medical review.
import {fixForApprovalProblem} from './claimApproval.ts'
import {defineClaimProblemCheck} from './claimProblemCheck.ts'

export const claimReviewerRole = defineClaimProblemCheck({
  ruleId: 'claim-reviewer-role',
  description: 'A claimRef points to an approved claim whose review.reviewer is a person without the medicalReviewer role.',
  message: (problem, quoted) =>
    problem.kind === 'reviewer-not-medical'
      ? `اعتماد ${quoted} من «${problem.reviewerName}»، ولا يحمل ملف «${problem.reviewerName}» دور «مراجع طبي»، فلا يُعتدّ بهذا الاعتماد. ${fixForApprovalProblem(problem)}؛ أو احذف الجملة المربوطة به.`
      : undefined,
})
