// claim-unapproved: a sentence linked to a claim may be published only while a medical reviewer
// stands behind that claim; this reports every claimRef whose claim is not (or no longer validly) approved.
import {articleClaimReferences, failsContentModel, unreadableLineOf, unreadableLineWording} from './articleReferences.ts'
import {defineCheck} from './check.ts'
import {approvalProblemRuleId, claimApprovalProblems, describeApprovalProblem, fixForApprovalProblem, quoteClaim, withInvalidReviewer} from './claimApproval.ts'

export const claimUnapproved = defineCheck({
  ruleId: 'claim-unapproved',
  description: 'A claimRef points to a claim that is not approved, or whose approval lacks a (published) reviewer or a review-due date, or is dated in the future.',
  defaultOptions: {},
  run({article, graph, today, policy, parseFindings}) {
    return articleClaimReferences(article).flatMap(({path, claimId}) => {
      const claim = graph.claims.get(claimId)
      if (!claim) {
        // Published but failing the content model, or on a line of the export that could not be read,
        // is not «not published» (reference-broken says the same).
        const line = unreadableLineOf(parseFindings, claimId)
        const unreadable = line === undefined ? undefined : unreadableLineWording(line)
        const message = unreadable
          ? `الجملة مربوطة بالادعاء ${claimId}، و${unreadable.why}، فلا يمكن التحقق من اعتماده. ${unreadable.fix}.`
          : failsContentModel(parseFindings, claimId)
            ? `الجملة مربوطة بالادعاء ${claimId}، وهو منشور لكنه لا يطابق نموذج المحتوى فيُستبعد من البناء (انظر خطأ schema-invalid عليه)، فلا يمكن التحقق من اعتماده. أصلح الادعاء ثم أرسله للمراجعة بزر «إرسال للمراجعة»، أو اربط الجملة بادعاء معتمد، أو احذف الجملة وربطها.`
            : `الجملة مربوطة بالادعاء ${claimId} وهو غير موجود بين الادعاءات المنشورة، فلا يمكن التحقق من اعتماده. إن كان مسودة لم تُنشر بعد فأرسله للمراجعة بزر «إرسال للمراجعة» (أزرار المراجعة تنشره)، أو اربط الجملة بادعاء معتمد، أو احذف الجملة وربطها.`
        return [{documentId: article._id, path, message}]
      }
      // Expiry, a changed text, the reviewer's role and four eyes each have their own rule.
      const problems = withInvalidReviewer(claimApprovalProblems(claim, graph, today, policy.claimReviewPeriodMonths), parseFindings).filter((problem) => approvalProblemRuleId(problem) === 'claim-unapproved')
      if (problems.length === 0) return []
      // Each fix of an approved claim's missing reviewer or due date is one renewal, which records
      // both together, and a claim not yet approved has only its status: one fix, said once.
      const fix = fixForApprovalProblem(problems[0]!)
      return [{
        documentId: article._id,
        path,
        message: `الادعاء ${claimId} («${quoteClaim(claim)}») غير معتمد: ${problems.map((problem) => describeApprovalProblem(problem, policy.locale)).join('، و')}. ${fix}؛ أو احذف الجملة المربوطة به.`,
      }]
    })
  },
})
