// claim-expired: an approval is dated and expires; medical knowledge moves, so a claim whose
// review.reviewDue has passed must be reviewed again before it is published again.
import {articleClaimReferences} from './articleReferences.ts'
import {defineCheck} from './check.ts'
import {claimApprovalProblems, quoteClaim} from './claimApproval.ts'

export const claimExpired = defineCheck({
  ruleId: 'claim-expired',
  description: 'A claimRef points to an approved claim whose review.reviewDue is before today.',
  defaultOptions: {},
  run({article, graph, today}) {
    return articleClaimReferences(article).flatMap(({path, claimId}) => {
      const claim = graph.claims.get(claimId)
      if (!claim) return []
      return claimApprovalProblems(claim, graph, today).flatMap((problem) =>
        problem.kind === 'expired'
          ? [{
              documentId: article._id,
              path,
              message: `انتهت صلاحية اعتماد الادعاء ${claimId} («${quoteClaim(claim)}») في ${problem.reviewDue}، واليوم ${today}. اطلب من المراجع الطبي إعادة مراجعته وتحديث «موعد إعادة المراجعة»، أو احذف الجملة المربوطة به.`,
            }]
          : [],
      )
    })
  },
})
