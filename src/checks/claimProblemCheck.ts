// The shape every claim-approval rule shares: walk the article's claimRefs, ask claimApproval.ts what
// is wrong with each linked claim, and report (at the claimRef) the problems this rule owns.
import {JURISDICTIONS, labelOf} from '../content/vocabulary.ts'
import {articleClaimReferences} from './articleReferences.ts'
import {defineCheck, type Check} from './check.ts'
import {claimApprovalProblems, quoteClaim, type ClaimApprovalProblem} from './claimApproval.ts'

export interface ClaimProblemRule<Id extends string> {
  ruleId: Id
  description: string
  /**
   * The Arabic message for a problem this rule owns, or undefined for the others. `quoted` names the
   * claim as «الادعاء <id> («<start of statement>…»)»; `place` names the clinic's country, and
   * `locale` writes dates as that country does (the clinic's reviewer reads them).
   */
  message(problem: ClaimApprovalProblem, quoted: string, today: string, place: string, locale: string): string | undefined
}

export const defineClaimProblemCheck = <const Id extends string>(rule: ClaimProblemRule<Id>): Check<Id, Record<string, never>> =>
  defineCheck({
    ruleId: rule.ruleId,
    description: rule.description,
    defaultOptions: {},
    run({article, clinic, graph, today, policy}) {
      const place = labelOf(JURISDICTIONS, clinic.jurisdiction)
      const {locale} = policy
      return articleClaimReferences(article).flatMap(({path, claimId}) => {
        const claim = graph.claims.get(claimId)
        if (!claim) return []
        const quoted = `الادعاء ${claimId} («${quoteClaim(claim)}»)`
        return claimApprovalProblems(claim, graph, today, policy.claimReviewPeriodMonths).flatMap((problem) => {
          const message = rule.message(problem, quoted, today, place, locale)
          return message ? [{documentId: article._id, path, message}] : []
        })
      })
    },
  })
