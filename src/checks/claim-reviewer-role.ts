// claim-reviewer-role: an approval counts only when the person recorded as its reviewer holds the
// medicalReviewer role; a writer or editor marking a claim approved is not a medical review.
import {articleClaimReferences} from './articleReferences.ts'
import {defineCheck} from './check.ts'
import {claimApprovalProblems, quoteClaim} from './claimApproval.ts'

export const claimReviewerRole = defineCheck({
  ruleId: 'claim-reviewer-role',
  description: 'A claimRef points to an approved claim whose review.reviewer is a person without the medicalReviewer role.',
  defaultOptions: {},
  run({article, graph, today}) {
    return articleClaimReferences(article).flatMap(({path, claimId}) => {
      const claim = graph.claims.get(claimId)
      if (!claim) return []
      return claimApprovalProblems(claim, graph, today).flatMap((problem) =>
        problem.kind === 'reviewer-not-medical'
          ? [{
              documentId: article._id,
              path,
              message: `الادعاء ${claimId} («${quoteClaim(claim)}») اعتمده «${problem.reviewerName}» وليس له دور «مراجع طبي»، فلا يُعتدّ باعتماده. أرسل الادعاء للمراجعة ليعتمده مراجع طبي، أو أضف الدور إلى ملف «${problem.reviewerName}» إن كان مؤهّلًا؛ أو احذف الجملة المربوطة به.`,
            }]
          : [],
      )
    })
  },
})
