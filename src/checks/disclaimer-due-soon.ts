// disclaimer-due-soon: announces, ahead of time, a new version of the clinic's country's disclaimer
// that the article does not carry yet: on its effective date disclaimer-missing takes the article
// down, and a block for it may stand beside the one in force from today (the page shows only that one).
import {formatPath} from '../findings/finding.ts'
import {JURISDICTIONS, labelOf} from '../content/vocabulary.ts'
import {formatDate, formatNumber} from '../locale/localeFormat.ts'
import {daysAhead} from '../locale/relativeDays.ts'
import {daysBetween} from '../locale/calendarDates.ts'
import {defineCheck} from './check.ts'
import {currentDisclaimer, nextDisclaimer} from './currentDisclaimer.ts'

export const disclaimerDueSoon = defineCheck({
  ruleId: 'disclaimer-due-soon',
  description: "A new version of the clinic's jurisdiction's disclaimer takes effect within the preset's due-soon window, and the article carries only the one in force.",
  defaultOptions: {},
  run({article, clinic, graph, today, policy}) {
    const current = currentDisclaimer(graph, clinic.jurisdiction, today)
    const next = nextDisclaimer(graph, clinic.jurisdiction, today)
    if (!current || !next || daysBetween(today, next.effectiveDate) > policy.dueSoonDays) return []
    const blocks = article.body.flatMap((block) => (block._type === 'disclaimerBlock' ? [block] : []))
    // Without the version in force the article is disclaimer-missing's already.
    const carrying = blocks.find((block) => block.disclaimer._ref === current._id)
    if (!carrying || blocks.some((block) => block.disclaimer._ref === next._id)) return []
    const place = labelOf(JURISDICTIONS, clinic.jurisdiction)
    // The day and the count as the clinic's country writes them; the version and id stay as the Studio lists them.
    const {locale} = policy
    return [
      {
        documentId: article._id,
        path: formatPath(['body', {_key: carrying._key}]),
        message: `يسري الإصدار ${next.version} (${next._id}) من إخلاء المسؤولية الطبية في ${place} بدءًا من ${formatDate(locale, next.effectiveDate)} (${daysAhead(daysBetween(today, next.effectiveDate), (value) => formatNumber(locale, value))})، والمقال لا يحمل إلا الإصدار ${current.version} (${current._id}). أضف الآن كتلة «إخلاء المسؤولية الطبية» تشير إلى الإصدار ${next.version} بجانب الكتلة الحالية (تظهر كلٌّ منهما في يومها)؛ من ذلك التاريخ لن يجتاز المقال فحص النشر من دونها.`,
      },
    ]
  },
})
