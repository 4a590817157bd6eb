// review-due-later-than-policy: the article's «المراجعة القادمة» is later than the clinic's
// jurisdiction allows after its last review. review-overdue stops publication earlier than that date
// says, and the page and API show the earlier day (articleReviewDue), not what the writer recorded.
import {JURISDICTIONS, labelOf} from '../content/vocabulary.ts'
import {formatDate, formatPeriodMonths} from '../locale/localeFormat.ts'
import {articleReviewLimit} from './articleReviewDue.ts'
import {defineCheck} from './check.ts'

export const reviewDueLaterThanPolicy = defineCheck({
  ruleId: 'review-due-later-than-policy',
  description: "nextReviewDue is later than lastReviewed plus the preset's review period.",
  defaultOptions: {},
  run({article, clinic, policy}) {
    // A missing or future lastReviewed, or a missing nextReviewDue, is review-overdue's to report.
    if (!article.lastReviewed || !article.nextReviewDue) return []
    const limit = articleReviewLimit(article.lastReviewed, policy.reviewPeriodMonths)
    if (article.nextReviewDue <= limit) return []
    const place = labelOf(JURISDICTIONS, clinic.jurisdiction)
    // The clinic's writer reads the days and the period as that country's sites write them.
    const {locale} = policy
    const day = (date: string): string => formatDate(locale, date)
    return [
      {
        documentId: article._id,
        path: 'nextReviewDue',
        message: `«المراجعة القادمة» (${day(article.nextReviewDue)}) أبعد مما تسمح به سياسة النشر في ${place}: مراجعة كل ${formatPeriodMonths(locale, policy.reviewPeriodMonths)} على الأكثر بعد آخر مراجعة (${day(article.lastReviewed)})، أي حتى ${day(limit)}. سيتوقف نشر المقال هناك بعد ${day(limit)} ولو بقي هذا التاريخ؛ اجعل «المراجعة القادمة» ${day(limit)} أو قبله.`,
      },
    ]
  },
})
