// review-due-soon: announces, ahead of time, an article review or a claim approval that is about to
// lapse, so the medical reviewer can act before review-overdue or claim-expired stops publication.
import {articleClaimReferences} from './articleReferences.ts'
import {defineCheck, type CheckReport} from './check.ts'
import {articleReviewDue} from './articleReviewDue.ts'
import {daysBetween} from '../locale/calendarDates.ts'
import {approvalLastDay, claimApprovalProblems, quoteClaim} from './claimApproval.ts'
import {daysAhead} from '../locale/relativeDays.ts'
import {formatDate, formatNumber} from '../locale/localeFormat.ts'

export const reviewDueSoon = defineCheck({
  ruleId: 'review-due-soon',
  description: "The article's review, or the approval of a claim it links, falls due within the preset's due-soon window.",
  defaultOptions: {},
  run({article, graph, today, policy}) {
    const reports: CheckReport[] = []
    // The clinic's reviewer reads the day and the count as that country's sites write them.
    const {locale} = policy
    const when = (due: string): string => `${formatDate(locale, due)} (${daysAhead(daysBetween(today, due), (value) => formatNumber(locale, value))})`
    const isSoon = (due: string): boolean => {
      const days = daysBetween(today, due)
      return days >= 0 && days <= policy.dueSoonDays
    }
    // The article is due at whichever comes first: its own schedule or the preset's review period.
    const articleDue = articleReviewDue(article, policy.reviewPeriodMonths)
    if (articleDue && isSoon(articleDue.day)) {
      reports.push({
        documentId: article._id,
        path: articleDue.path,
        message: `تحين المراجعة الطبية للمقال في ${when(articleDue.day)}. رتّب المراجعة مع المراجع الطبي الآن؛ بعد هذا التاريخ لن يجتاز المقال فحص النشر.`,
      })
    }
    for (const {path, claimId} of articleClaimReferences(article)) {
      const claim = graph.claims.get(claimId)
      // The approval lapses here at whichever comes first: its recorded date or the policy's limit (claim-expired).
      const reviewDue = claim && approvalLastDay(claim.review, policy.claimReviewPeriodMonths)
      if (!claim || !reviewDue || claimApprovalProblems(claim, graph, today, policy.claimReviewPeriodMonths).length > 0 || !isSoon(reviewDue)) continue
      reports.push({
        documentId: article._id,
        path,
        message: `ينتهي اعتماد الادعاء ${claimId} («${quoteClaim(claim)}») في ${when(reviewDue)}. اطلب من مراجع طبي تجديد اعتماده بزر «تجديد الاعتماد» قبل ذلك التاريخ.`,
      })
    }
    return reports
  },
})
