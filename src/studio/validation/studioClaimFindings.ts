// What the Studio shows on a claim document itself, from the same predicates the claim rules use:
// what the zod boundary refuses, an approval that does not hold up (within the claim review period
// of the strictest country its articles go to), a review-due date beyond that period, missing
// evidence, and the text rules on its texts every linked article shows (claimTexts), at the claim's own fields. Pure.
// Each rule is shown as the presets of those countries set it: left out where all turn it off, and
// said to hold back the linked articles only where one makes it an error. They stay warnings on the
// form: the claim document itself may be saved and published; its articles are what the gate holds.
import {claimTexts} from '../../checks/textsShown.ts'
import {buildContentGraph} from '../../content/contentGraph.ts'
import {parseDocument} from '../../content/parseDocuments.ts'
import {ruleDocsUrl, type Finding} from '../../findings/finding.ts'
import {approvalProblemPath, approvalProblemRuleId, claimApprovalProblems, describeApprovalProblem, fixForApprovalProblem, policyTerm, withInvalidReviewer, type ApprovalPolicyLimit} from '../../checks/claimApproval.ts'
import {claimEvidenceProblems, describeEvidenceProblem, evidenceProblemPath, fixForEvidenceProblem} from '../../checks/claimEvidence.ts'
import {reviewDueBeyondPolicy} from '../../checks/claim-review-due-later-than-policy.ts'
import {JURISDICTIONS, labelOf} from '../../content/vocabulary.ts'
import {strictestSeverity} from '../../gate/runPresetRules.ts'
import type {RuleId} from '../../checks/registry.ts'
import {governingJurisdictions, presetsByJurisdiction} from '../../presets/index.ts'
import type {Jurisdiction, Preset} from '../../presets/preset.ts'
import {claimPolicyFor, TIE_ORDER} from '../../workflow/reviewDue.ts'
import {formatDate} from '../../locale/localeFormat.ts'
import {parseDraft} from './draftStandIns.ts'
import {linkedTextFindings} from './linkedTextFindings.ts'
import {withHeldBackNote, type StudioFinding} from './studioFinding.ts'

export interface StudioClaimInput {
  document: unknown
  /** The person `review.reviewer` points to, as fetched; `null` when there is none. */
  reviewer: unknown
  /** The countries of the clinics whose articles link the claim (claimJurisdictionsQuery); none while no article does. */
  jurisdictions: readonly Jurisdiction[]
  now: Date
  /** The presets by country (Sanad's own unless a test gives others): the claim's period, day and rule settings all come from these. */
  presets?: Readonly<Record<Jurisdiction, Preset>>
}

/** The countries whose period `limit` is (the strictest among the claim's), named once each, in TIE_ORDER rather than the query's. */
const countriesOf = (limit: ApprovalPolicyLimit, jurisdictions: readonly Jurisdiction[], presets: Readonly<Record<Jurisdiction, Preset>>): string =>
  TIE_ORDER.filter((jurisdiction) => jurisdictions.includes(jurisdiction) && presets[jurisdiction].claimReviewPeriodMonths === limit.months)
    .map((jurisdiction) => labelOf(JURISDICTIONS, jurisdiction))
    .join('، ')

/** Why an error on this form holds back more than the claim: its texts are on every article linking it. */
export const CLAIM_HELD_BACK_NOTE = 'يظهر مع كل مقال مربوط بهذا الادعاء؛ حتى يُصلَح لا تُنشر تلك المقالات'

export const studioClaimFindings = ({document, reviewer, jurisdictions, now, presets = presetsByJurisdiction}: StudioClaimInput): StudioFinding[] => {
  // A claim the zod boundary refuses is left out of the build, and every article linking it is held
  // back (reference-broken): its findings say why, those of an empty required field by that field's own rule.
  const parsed = parseDraft(document)
  if (!('document' in parsed)) return 'findings' in parsed ? [...parsed.findings] : []
  if (parsed.document._type !== 'claim') return []
  const claim = parsed.document
  const reviewerParsed = reviewer ? parseDocument(reviewer) : undefined
  const graph = buildContentGraph(reviewerParsed && 'document' in reviewerParsed ? [reviewerParsed.document] : [])
  // The day and period of the countries its articles go to (claimPolicyFor), as the claim's badge and
  // workflow buttons read them, so the form and its buttons agree: it reads as lapsed from the first
  // midnight, in one of those clinics, at which the gate may hold it back. The period is the shortest
  // among those countries, as the approve action sets the date; none binds a claim no article links.
  const {todayAt, months, locale} = claimPolicyFor(jurisdictions, presets)
  const today = todayAt(now)
  const governing = governingJurisdictions(jurisdictions, presets).map((jurisdiction) => presets[jurisdiction])
  /** The finding, or none when every governing preset turns its rule off; `message` is given whether the rule blocks there. */
  const finding = (ruleId: RuleId, path: string, message: (blocks: boolean) => string): Finding[] => {
    const setting = strictestSeverity(governing, ruleId)
    return setting === 'off' ? [] : [{ruleId, severity: 'warning', message: message(setting === 'error'), documentId: claim._id, path, url: ruleDocsUrl(ruleId)}]
  }
  // Draft, in review and rejected are workflow states, not defects of the claim document.
  const approval = withInvalidReviewer(claimApprovalProblems(claim, graph, today, months), reviewerParsed && 'findings' in reviewerParsed ? reviewerParsed.findings : [])
    .filter((problem) => problem.kind !== 'status')
    .flatMap((problem) =>
      finding(
        approvalProblemRuleId(problem),
        approvalProblemPath(problem),
        (blocks) => `هذا الادعاء ${describeApprovalProblem(problem, locale)}${blocks ? '، فلن تُنشر المقالات المربوطة به' : ''}. ${fixForApprovalProblem(problem)}.`,
      ),
    )
  const evidence = claimEvidenceProblems(claim).flatMap((problem) =>
    finding(
      'claim-evidence-missing',
      evidenceProblemPath(problem),
      (blocks) => `${describeEvidenceProblem(problem)}${blocks ? '، فلن تُنشر المقالات المربوطة بهذا الادعاء' : ''}. ${fixForEvidenceProblem(problem)}.`,
    ),
  )
  const beyond = months === undefined ? undefined : reviewDueBeyondPolicy(claim, graph, today, months)
  const reviewDue = claim.review?.reviewDue
  const policy = beyond && reviewDue
    ? finding(
        'claim-review-due-later-than-policy',
        'review.reviewDue',
        () => `موعد إعادة المراجعة المسجّل (${formatDate(locale, reviewDue)}) أبعد مما تسمح به سياسة النشر في ${countriesOf(beyond, jurisdictions, presets)}: ${policyTerm(beyond, locale)}، فيتوقف بعده نشر المقالات المربوطة به هناك. اطلب من مراجع طبي تجديد اعتماده بزر «تجديد الاعتماد» ليُحدَّد الموعد وفق تلك السياسة.`,
      )
    : []
  // Its statement, evidence note and citation titles, under the rules of the countries its articles go to.
  const texts = withHeldBackNote(linkedTextFindings({texts: claimTexts(claim), graph, jurisdictions, presets}), CLAIM_HELD_BACK_NOTE)
  return [...approval, ...policy, ...evidence, ...texts]
}
