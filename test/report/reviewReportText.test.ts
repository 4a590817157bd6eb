// The review report's text writes each claim's days as its binding country writes them (Arabic-Indic
// digits in Egypt and Saudi Arabia, Latin in the Emirates), an event on the claim's own calendar day
// (ReportEvent.day, not the first ten characters of its timestamp), and the report's day in the baseline's Arabic.
import {describe, expect, test} from 'vitest'
import type {ReportClaim, ReportEvent, ReviewReport} from '../../src/report/reviewReport.ts'
import {formatReviewReportText} from '../../src/report/reviewReportText.ts'
import type {ClinicLocale} from '../../src/locale/jurisdictionLocale.ts'

const HALA = {personId: 'person.dr-hala', name: 'د. هالة'}
const MONA = {personId: 'person.mona', name: 'منى'}
// Written at 22:30Z, with Z: already the next day in Cairo, Riyadh and Dubai, which is the day the builder gives.
const event = (action: ReportEvent['action'], by: ReportEvent['by'], day: string): ReportEvent => ({action, at: '2026-11-09T22:30:00.000Z', day, by})

const claimsIn = (locale: ClinicLocale): Record<string, ReportClaim> => ({
  inReview: {
    claimId: 'claim.waiting', quote: 'ينتظر', state: 'inReview', locale, blocks: [],
    lastEvent: event('submit', MONA, '2026-11-10'), daysWaiting: 11,
    previousDecision: event('reject', HALA, '2026-08-12'), eligibleReviewers: [HALA],
  },
  expired: {claimId: 'claim.lapsed', quote: 'انتهى', state: 'expired', locale, blocks: [], reviewer: HALA, reviewDue: '2026-06-30', daysToDue: -144},
  rejected: {claimId: 'claim.refused', quote: 'مرفوض', state: 'rejected', locale, blocks: [], reviewer: HALA, lastEvent: event('reject', HALA, '2026-08-12')},
  draft: {claimId: 'claim.draft', quote: 'مسودة', state: 'draft', locale, blocks: [], lastEvent: event('withdraw', MONA, '2026-11-10')},
  approved: {claimId: 'claim.soon', quote: 'قريب', state: 'approved', locale, blocks: [], reviewer: HALA, reviewDue: '2026-12-01', daysToDue: 10},
})

const reportIn = (locale: ClinicLocale): ReviewReport => {
  const claims = claimsIn(locale)
  return {
    today: '2026-11-21',
    source: 'bundled',
    sourceLabel: ['المجموعة المضمّنة'],
    datasetFindings: [],
    byState: {draft: [claims.draft!], inReview: [claims.inReview!], approved: [claims.approved!], rejected: [claims.rejected!], expired: [claims.expired!]},
    reviewers: [{reviewer: HALA, overdue: [claims.expired!], dueSoon: [claims.approved!], notHeld: [], current: 0}],
  }
}

const ARABIC_INDIC = [
  '  • claim.waiting «ينتظر» — أُرسل للمراجعة في ١٠ نوفمبر ٢٠٢٦ (ينتظر منذ ١١ يومًا)، جولة سابقة: رفض من د. هالة في ١٢ أغسطس ٢٠٢٦، يمكن أن يراجعه: د. هالة',
  '  • claim.lapsed «انتهى» — اعتماد: د. هالة، انتهى في ٣٠ يونيو ٢٠٢٦ (منذ ١٤٤ يومًا)',
  '  • claim.refused «مرفوض» — رفض: د. هالة في ١٢ أغسطس ٢٠٢٦',
  '  • claim.draft «مسودة» — آخر إجراء: سحب الاعتماد من منى في ١٠ نوفمبر ٢٠٢٦',
  '  • claim.soon «قريب» — اعتماد: د. هالة، حتى ١ ديسمبر ٢٠٢٦',
  '    • claim.soon «قريب» — ينتهي في ١ ديسمبر ٢٠٢٦ (بعد ١٠ أيام)',
] as const
const LATIN = [
  '  • claim.waiting «ينتظر» — أُرسل للمراجعة في 10 نوفمبر 2026 (ينتظر منذ 11 يومًا)، جولة سابقة: رفض من د. هالة في 12 أغسطس 2026، يمكن أن يراجعه: د. هالة',
  '  • claim.lapsed «انتهى» — اعتماد: د. هالة، انتهى في 30 يونيو 2026 (منذ 144 يومًا)',
  '  • claim.refused «مرفوض» — رفض: د. هالة في 12 أغسطس 2026',
  '  • claim.draft «مسودة» — آخر إجراء: سحب الاعتماد من منى في 10 نوفمبر 2026',
  '  • claim.soon «قريب» — اعتماد: د. هالة، حتى 1 ديسمبر 2026',
  '    • claim.soon «قريب» — ينتهي في 1 ديسمبر 2026 (بعد 10 أيام)',
] as const

describe('formatReviewReportText: dates as the claim\'s country writes them', () => {
  test.each([
    {locale: 'ar-EG', lines: ARABIC_INDIC},
    {locale: 'ar-SA', lines: ARABIC_INDIC},
    {locale: 'ar-AE', lines: LATIN},
  ] as const)('$locale', ({locale, lines}) => {
    const text = formatReviewReportText(reportIn(locale)).split('\n')
    expect(text[0]).toBe('تقرير المراجعة الطبية — ٢١ نوفمبر ٢٠٢٦')
    // By state (in review, lapsed, refused, draft, approved), then the reviewer's lapsed and soon-lapsing approvals.
    const [waiting, lapsed, refused, draft, approved, dueSoon] = lines
    expect(text.filter((line) => line.includes('• claim.'))).toEqual([waiting, lapsed, refused, draft, approved, `  ${lapsed}`, dueSoon])
  })
})
