// What the gate's findings mean for an article's Publish button and badge: blocked, ready for some
// clinics, or ready; the errors that block it, and which linked claims lack a valid approval. Pure.
// Publish's tooltips are ArabicMessages, right to left with identifiers isolated; Sanity would lay a
// string out left to right and run the reasons into one paragraph.
import type {DocumentActionDescription} from 'sanity'
import {articleClaimReferences} from '../../checks/articleReferences.ts'
import {CLAIM_APPROVAL_HOLDS_RULE_IDS} from '../../checks/claimApproval.ts'
import {parseDocument} from '../../content/parseDocuments.ts'
import type {Finding} from '../../findings/finding.ts'
import type {LabelledClinic, StudioFinding} from '../validation/studioFinding.ts'
import {countOf} from '../../locale/arabicCount.ts'
import {MORE_PROBLEMS, UNAPPROVED_CLAIMS} from '../../locale/countedNouns.ts'
import {arabicMessage} from '../messages/ArabicMessage.tsx'

export interface ArticleGateSummary {
  blocked: boolean
  errors: Finding[]
  /** Distinct claims behind the claim-approval errors, in body order. */
  unapprovedClaimIds: string[]
  /** Clinics the article will not reach while others pass (their problems are warnings, naming them), each once by id. */
  clinicsLeftOut: LabelledClinic[]
}

export const summarizeArticleGate = (findings: readonly StudioFinding[], document: unknown): ArticleGateSummary => {
  const errors = findings.filter((finding) => finding.severity === 'error')
  const parsed = parseDocument(document)
  const claimAt = new Map(
    'document' in parsed && parsed.document._type === 'article'
      ? articleClaimReferences(parsed.document).map(({path, claimId}) => [path, claimId] as const)
      : [],
  )
  const unapproved = errors.filter((finding) => CLAIM_APPROVAL_HOLDS_RULE_IDS.includes(finding.ruleId)).map((finding) => claimAt.get(finding.path) ?? finding.path)
  const clinicsLeftOut = [...new Map(findings.flatMap((finding) => finding.blocksClinics ?? []).map((clinic) => [clinic._id, clinic])).values()]
  return {blocked: errors.length > 0, errors, unapprovedClaimIds: [...new Set(unapproved)], clinicsLeftOut}
}

/** «ادعاء واحد غير معتمد», «ادعاءان غير معتمدين», «3 ادعاءات غير معتمدة», «11 ادعاءً غير معتمد». */
export const unapprovedClaimsLabel = (count: number): string => countOf(count, UNAPPROVED_CLAIMS)

/** The lines of the Publish button's tooltip while the gate blocks: the first few reasons, with their rule ids. */
export const gateBlockLines = ({errors}: ArticleGateSummary, shown = 3): string[] => {
  const reasons = errors.slice(0, shown).map((finding) => `• ${finding.message} [${finding.ruleId}]`)
  const more = errors.length > shown ? [`و${countOf(errors.length - shown, MORE_PROBLEMS)} في نموذج المقال.`] : []
  return ['لا يُنشر المقال لأن فحوص النشر تحجبه:', ...reasons, ...more]
}

/**
 * The article's Publish button given the gate's findings (`undefined` while they are computed). The
 * gate's reasons replace Sanity's own when both disable it: Sanity disables Publish on any validation
 * error, and the gate's findings are validation errors, so its English "validation errors" tooltip
 * would otherwise hide the Arabic reasons a writer can act on.
 */
export const articlePublishDescription = (
  description: DocumentActionDescription,
  findings: readonly StudioFinding[] | undefined,
  document: unknown,
): DocumentActionDescription => {
  if (findings === undefined) return description.disabled ? description : {...description, disabled: true, title: arabicMessage('جارٍ تشغيل فحوص النشر…')}
  const summary = summarizeArticleGate(findings, document)
  if (summary.blocked) return {...description, disabled: true, title: arabicMessage(...gateBlockLines(summary))}
  return summary.clinicsLeftOut.length > 0 && !description.disabled ? {...description, title: arabicMessage(clinicsLeftOutNote(summary))} : description
}

/** Publish's tooltip while some clinics pass and others do not: the article goes out without them. */
export const clinicsLeftOutNote = ({clinicsLeftOut}: ArticleGateSummary): string =>
  `يُنشر في عياداته الأخرى، ولا يُنشر في: ${clinicsLeftOut.map((clinic) => clinic.label).join('، ')} حتى تُصلَح التحذيرات التي تسمّيها في النموذج.`
