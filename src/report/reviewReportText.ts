// The review report for people: Arabic, grouped the way a reviewer works through it on Monday
// morning (what is waiting, what has lapsed, what lapses soon), with ids to find each claim. Documents
// that could not be read come first: every count below is without them.
//
// Dates are written as a country writes them, not as ISO identifiers (the JSON report keeps those).
// `sanad review-report` and the nightly digest make one report of every country's claims, for
// reviewers in all of them, so no one locale is the report's: each claim's days are written in its
// own (ReportClaim.locale, its binding country's), as its approval problems already are, so a line
// never mixes two ways of writing digits; the report's own day, the latest among every country's as
// a claim no article links is judged (claimToday), in that claim's Arabic, the baseline's.
import {CLAIM_STATES, labelOf, REVIEW_ACTIONS, valuesOf} from '../content/vocabulary.ts'
import type {Finding} from '../findings/finding.ts'
import {sourceLabelText} from '../sources/arabicSourceLabel.ts'
import {findingLines} from './findingLines.ts'
import type {ClaimState, ReviewAction} from '../workflow/claimWorkflow.ts'
import type {ReportClaim, ReportPerson, ReviewReport} from './reviewReport.ts'
import {daysAhead, daysSince} from '../locale/relativeDays.ts'
import {formatDate, formatNumber} from '../locale/localeFormat.ts'
import {claimPolicyFor} from '../workflow/reviewDue.ts'
import {revealTerminalControls} from '../checks/formatCharacters.ts'

const CHANGED_NOTE = {
  sinceApproval: 'عُدّل نصه أو دليله بعد الاعتماد',
  approvalUnbound: 'اعتماده بلا بصمة نص',
  sinceSubmission: 'عُدّل بعد إرساله للمراجعة',
} as const

// An earlier round's decision, as a noun: who decided it is not who reviews the claim now.
const DECISION_NOUN: Partial<Record<ReviewAction, string>> = {approve: 'اعتماد', renew: 'تجديد اعتماد', reject: 'رفض'}

// The order a reviewer reads: waiting for them, lapsed, refused, unfinished, fine.
const STATE_ORDER: readonly ClaimState[] = ['inReview', 'expired', 'rejected', 'draft', 'approved']

// A report dated before the submission (--now in the past) says so plainly rather than count a wait.
const SUBMITTED_AFTER_REPORT = 'بعد تاريخ هذا التقرير'

const who = (person: ReportPerson | undefined): string => person?.name ?? 'غير معروف'

const REPORT_LOCALE = claimPolicyFor([]).locale
/** The report's own counts (sections, states, per reviewer), in the digits of its own day. */
const count = (value: number): string => formatNumber(REPORT_LOCALE, value)

/** A claim's days and counts of days, in its locale. */
const writerFor = ({locale}: ReportClaim) => ({
  day: (isoDate: string): string => formatDate(locale, isoDate),
  number: (value: number): string => formatNumber(locale, value),
})

// Who wrote, approved or rejected it as nouns («كتابة: …»), as the article byline does: «كتبه / اعتمده
// / رفضه» are masculine, and many writers and reviewers are women.
const claimLines = (claim: ReportClaim): string[] => {
  const details: string[] = []
  const {day, number} = writerFor(claim)
  if (claim.changed) details.push(CHANGED_NOTE[claim.changed])
  if (claim.writer) details.push(`كتابة: ${claim.writer.name}`)
  if (claim.state === 'inReview' && claim.lastEvent) {
    details.push(`أُرسل للمراجعة في ${day(claim.lastEvent.day)} (${claim.daysWaiting === undefined ? SUBMITTED_AFTER_REPORT : `ينتظر ${daysSince(claim.daysWaiting, number)}`})`)
  }
  if (claim.previousDecision) {
    const {action, by, day: decidedOn, comment} = claim.previousDecision
    details.push(`جولة سابقة: ${DECISION_NOUN[action] ?? labelOf(REVIEW_ACTIONS, action)} من ${who(by)} في ${day(decidedOn)}${comment ? ` («${comment}»)` : ''}`)
  }
  if (claim.eligibleReviewers) {
    details.push(claim.eligibleReviewers.length ? `يمكن أن يراجعه: ${claim.eligibleReviewers.map((person) => person.name).join('، ')}` : 'لا مراجع طبي مؤهّل غير كاتبه')
  }
  if (claim.state === 'rejected' && claim.lastEvent) {
    details.push(`رفض: ${who(claim.lastEvent.by)} في ${day(claim.lastEvent.day)}${claim.lastEvent.comment ? ` («${claim.lastEvent.comment}»)` : ''}`)
  }
  if ((claim.state === 'approved' || claim.state === 'expired') && claim.reviewer) details.push(`اعتماد: ${claim.reviewer.name}`)
  if (claim.state === 'approved' && claim.reviewDue) details.push(`حتى ${day(claim.reviewDue)}`)
  if (claim.approvalProblems) details.push(`لا يُعتدّ بالاعتماد: ${claim.approvalProblems.join('، و')}`)
  if (claim.state === 'expired' && claim.reviewDue && claim.daysToDue !== undefined) details.push(`انتهى في ${day(claim.reviewDue)} (${daysSince(-claim.daysToDue, number)})`)
  if (claim.state === 'draft' && claim.lastEvent) details.push(`آخر إجراء: ${labelOf(REVIEW_ACTIONS, claim.lastEvent.action)} من ${who(claim.lastEvent.by)} في ${day(claim.lastEvent.day)}`)
  return [
    `  • ${claim.claimId} «${claim.quote}»${details.length ? ` — ${details.join('، ')}` : ''}`,
    ...claim.blocks.map((block) => `      يحجب: «${block.title}» (${block.articleId}) في ${block.clinicNames.join('، ')} [${block.ruleIds.join(', ')}]`),
  ]
}

const datasetFindingLine = (finding: Finding): string[] => findingLines(finding, '  ')

const datasetFindingLines = (findings: readonly Finding[]): string[] => {
  const unread = findings.filter((finding) => finding.severity === 'error')
  const notes = findings.filter((finding) => finding.severity !== 'error')
  return [
    ...(unread.length ? [`■ مستندات تعذّرت قراءتها، فليست في هذا التقرير (${count(unread.length)})`, ...unread.flatMap(datasetFindingLine), ''] : []),
    ...(notes.length ? [`■ ملاحظات على قراءة مجموعة البيانات (${count(notes.length)})`, ...notes.flatMap(datasetFindingLine), ''] : []),
  ]
}

export const formatReviewReportText = (report: ReviewReport): string => {
  const lines: string[] = [`تقرير المراجعة الطبية — ${formatDate(REPORT_LOCALE, report.today)}`, `المصدر: ${sourceLabelText(report.sourceLabel)}`, '', ...datasetFindingLines(report.datasetFindings)]
  const counts = valuesOf(CLAIM_STATES).map((state) => `${labelOf(CLAIM_STATES, state)}: ${count(report.byState[state].length)}`)
  lines.push(`الادعاءات حسب الحالة: ${counts.join(' · ')}`)
  for (const state of STATE_ORDER) {
    const claims = report.byState[state]
    lines.push('', `■ ${labelOf(CLAIM_STATES, state)} (${count(claims.length)})`)
    if (claims.length === 0) lines.push('  لا شيء')
    for (const claim of claims) lines.push(...claimLines(claim))
  }
  lines.push('', 'المراجعون الطبيون:')
  for (const {reviewer, overdue, dueSoon, notHeld, current} of report.reviewers) {
    lines.push('', `■ ${reviewer.name} (${reviewer.personId ?? reviewer.userId ?? ''})`)
    lines.push(`  متأخرة (انتهى اعتمادها): ${count(overdue.length)}`)
    for (const claim of overdue) lines.push(...claimLines(claim).map((line) => `  ${line}`))
    lines.push(`  تحين قريبًا: ${count(dueSoon.length)}`)
    for (const claim of dueSoon) {
      const {day, number} = writerFor(claim)
      lines.push(`    • ${claim.claimId} «${claim.quote}» — ينتهي في ${claim.reviewDue && day(claim.reviewDue)} (${daysAhead(claim.daysToDue ?? 0, number)})`)
    }
    lines.push(`  اعتمادات لا يُعتدّ بها: ${count(notHeld.length)}`)
    for (const claim of notHeld) lines.push(...claimLines(claim).map((line) => `  ${line}`))
    lines.push(`  اعتمادات سارية أخرى: ${count(current)}`)
  }
  return lines.map(revealTerminalControls).join('\n')
}
