// review-overdue: a patient article is trusted only while its medical review is current; the
// article must record when it was reviewed and when it is due, and neither limit may have passed.
import {JURISDICTIONS, labelOf} from '../content/vocabulary.ts'
import {defineCheck, type CheckReport} from './check.ts'
import {articleReviewLimit} from './articleReviewDue.ts'
import {formatDate, formatPeriodMonths} from '../locale/localeFormat.ts'

export const reviewOverdue = defineCheck({
  ruleId: 'review-overdue',
  description: "The article lacks lastReviewed or nextReviewDue, nextReviewDue is before today, lastReviewed is after today, or lastReviewed is older than the preset's review period.",
  defaultOptions: {},
  run({article, clinic, today, policy}) {
    const reports: CheckReport[] = []
    const report = (path: string, message: string): void => {
      reports.push({documentId: article._id, path, message})
    }
    const period = policy.reviewPeriodMonths
    // The clinic's reviewer reads the days and the period as that country's sites write them.
    const {locale} = policy
    const day = (date: string): string => formatDate(locale, date)
    const months = formatPeriodMonths(locale, period)
    const place = labelOf(JURISDICTIONS, clinic.jurisdiction)
    if (!article.lastReviewed) {
      report('lastReviewed', 'لم يُسجَّل تاريخ آخر مراجعة طبية للمقال. بعد أن يراجعه المراجع الطبي، أدخل تاريخ المراجعة في «آخر مراجعة».')
    } else if (article.lastReviewed > today) {
      // A review cannot have happened yet; left alone, a mistyped year would also lift the period limit below for decades.
      report(
        'lastReviewed',
        `تاريخ آخر مراجعة طبية (${day(article.lastReviewed)}) لم يأتِ بعد (اليوم ${day(today)}). صحّح «آخر مراجعة» إلى اليوم الذي راجع فيه المراجع الطبي المقال فعلًا.`,
      )
    } else {
      const limit = articleReviewLimit(article.lastReviewed, period)
      if (limit < today) {
        report(
          'lastReviewed',
          `آخر مراجعة طبية للمقال كانت في ${day(article.lastReviewed)}، وسياسة النشر في ${place} تتطلب مراجعته كل ${months} على الأكثر، أي حتى ${day(limit)}. اطلب من المراجع الطبي مراجعة المقال، ثم حدّث «آخر مراجعة» و«المراجعة القادمة».`,
        )
      }
    }
    if (!article.nextReviewDue) {
      report('nextReviewDue', `لم يُحدَّد موعد المراجعة الطبية القادمة. حدّده في «المراجعة القادمة» بحيث لا يتجاوز ${months} من آخر مراجعة.`)
    } else if (article.nextReviewDue < today) {
      report(
        'nextReviewDue',
        `موعد المراجعة الطبية للمقال كان ${day(article.nextReviewDue)} وقد فات (اليوم ${day(today)}). اطلب من المراجع الطبي مراجعة المقال، ثم حدّث «آخر مراجعة» و«المراجعة القادمة».`,
      )
    }
    return reports
  },
})
