// What the Studio shows on a claim document itself, from the same predicates the claim rules use:
// an approval that does not hold up and missing evidence, at the claim's own fields. Pure.
import {buildContentGraph} from '../../content/contentGraph.ts'
import {parseDocument} from '../../content/parseDocuments.ts'
import {ruleDocsUrl, type Finding} from '../../findings/finding.ts'
import {approvalProblemPath, approvalProblemRuleId, claimApprovalProblems, describeApprovalProblem, fixForApprovalProblem} from '../../checks/claimApproval.ts'
import {claimEvidenceProblems, describeEvidenceProblem, evidenceProblemPath, fixForEvidenceProblem} from '../../checks/claimEvidence.ts'
import {claimToday} from '../../presets/index.ts'

export interface StudioClaimInput {
  document: unknown
  /** The person `review.reviewer` points to, as fetched; `null` when there is none. */
  reviewer: unknown
  now: Date
}

export const studioClaimFindings = ({document, reviewer, now}: StudioClaimInput): Finding[] => {
  const parsed = parseDocument(document)
  // A claim that does not parse yet is left to the Studio's own required-field validation.
  if (!('document' in parsed) || parsed.document._type !== 'claim') return []
  const claim = parsed.document
  const reviewerParsed = reviewer ? parseDocument(reviewer) : undefined
  const graph = buildContentGraph(reviewerParsed && 'document' in reviewerParsed ? [reviewerParsed.document] : [])
  // The claim's clinics are not known here: it reads as lapsed from the first clinic midnight at which
  // the gate holds it back (`claimToday`); articles judge it again on each clinic's own calendar.
  const today = claimToday(now)
  const finding = (ruleId: string, path: string, message: string): Finding => ({
    ruleId,
    severity: 'warning',
    message,
    documentId: claim._id,
    path,
    url: ruleDocsUrl(ruleId),
  })
  // Draft, in review and rejected are workflow states, not defects of the claim document.
  const approval = claimApprovalProblems(claim, graph, today)
    .filter((problem) => problem.kind !== 'status')
    .map((problem) =>
      finding(
        approvalProblemRuleId(problem),
        approvalProblemPath(problem),
        `هذا الادعاء ${describeApprovalProblem(problem)}، فلن تُنشر المقالات المربوطة به. ${fixForApprovalProblem(problem)}.`,
      ),
    )
  const evidence = claimEvidenceProblems(claim).map((problem) =>
    finding(
      'claim-evidence-missing',
      evidenceProblemPath(problem),
      `${describeEvidenceProblem(problem)}، فلن تُنشر المقالات المربوطة بهذا الادعاء. ${fixForEvidenceProblem(problem)}.`,
    ),
  )
  return [...approval, ...evidence]
}
