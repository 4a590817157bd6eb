// The badge an article shows: ready to publish, ready for some of its clinics, or blocked and how
// many linked claims lack a valid approval. Pure; `undefined` findings (still loading) show no badge.
import {clinicsLeftOutNote, summarizeArticleGate, unapprovedClaimsLabel} from '../actions/articleGateSummary.ts'
import type {StudioFinding} from '../validation/studioFinding.ts'
import type {BadgeDescription} from './claimBadges.ts'
import {countOf} from '../../locale/arabicCount.ts'
import {BLOCKING_PROBLEMS} from '../../locale/countedNouns.ts'

export const articleGateBadge = (findings: readonly StudioFinding[] | undefined, document: unknown): BadgeDescription | null => {
  if (findings === undefined) return null
  const summary = summarizeArticleGate(findings, document)
  if (!summary.blocked && summary.clinicsLeftOut.length > 0) return {label: 'جاهز لبعض عياداته', title: clinicsLeftOutNote(summary), color: 'warning'}
  if (!summary.blocked) return {label: 'جاهز للنشر', title: 'يجتاز فحوص النشر لكل عياداته.', color: 'success'}
  const claims = summary.unapprovedClaimIds.length
  return {
    label: claims > 0 ? `محجوب · ${unapprovedClaimsLabel(claims)}` : 'محجوب',
    title: `تحجبه ${countOf(summary.errors.length, BLOCKING_PROBLEMS)} في فحوص النشر؛ تظهر في النموذج عند حقولها.`,
    color: 'danger',
  }
}
