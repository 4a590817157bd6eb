// claim-four-eyes: nobody approves a claim they wrote or last edited. The writer and the last editor
// come from the claim's audit trail; the approver is review.reviewer (person) and review.approvedBy
// (Sanity user). A self-approval is no approval.
import {articleClaimReferences} from './articleReferences.ts'
import {defineCheck} from './check.ts'
import {claimApprovalProblems, quoteClaim} from './claimApproval.ts'

export const claimFourEyes = defineCheck({
  ruleId: 'claim-four-eyes',
  description: 'A claimRef points to a claim approved by the person who wrote it or last edited its statement or evidence.',
  defaultOptions: {},
  run({article, graph, today}) {
    return articleClaimReferences(article).flatMap(({path, claimId}) => {
      const claim = graph.claims.get(claimId)
      if (!claim) return []
      return claimApprovalProblems(claim, graph, today).flatMap((problem) =>
        problem.kind === 'four-eyes'
          ? [{
              documentId: article._id,
              path,
              message: `اعتمد «${problem.approverName}» الادعاء ${claimId} («${quoteClaim(claim)}») وهو ${problem.role === 'writer' ? 'كاتبه' : 'آخر من عدّل نصه أو دليله'}، ولا يُعتدّ باعتماد المرء لما كتبه أو عدّله. أرسل الادعاء للمراجعة من جديد ليعتمده مراجع طبي آخر؛ أو احذف الجملة المربوطة به.`,
            }]
          : [],
      )
    })
  },
})
