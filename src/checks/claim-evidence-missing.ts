// claim-evidence-missing: a reader is shown how strong the evidence behind a claim is and where it
// comes from; a claim without a GRADE certainty or a traceable citation cannot show either.
import {articleClaimReferences} from './articleReferences.ts'
import {defineCheck} from './check.ts'
import {quoteClaim} from './claimApproval.ts'
import {claimEvidenceProblems, describeEvidenceProblem, fixForEvidenceProblem} from './claimEvidence.ts'

export const claimEvidenceMissing = defineCheck({
  ruleId: 'claim-evidence-missing',
  description: 'A claimRef points to a claim without a GRADE certainty or without any citation carrying a pmid, doi or url.',
  defaultOptions: {},
  run({article, graph}) {
    return articleClaimReferences(article).flatMap(({path, claimId}) => {
      const claim = graph.claims.get(claimId)
      if (!claim) return []
      const problems = claimEvidenceProblems(claim)
      if (problems.length === 0) return []
      return [{
        documentId: article._id,
        path,
        message: `الادعاء ${claimId} («${quoteClaim(claim)}») ينقصه الدليل: ${problems.map(describeEvidenceProblem).join('، و')}. في مستند الادعاء: ${problems.map(fixForEvidenceProblem).join('، و')}.`,
      }]
    })
  },
})
