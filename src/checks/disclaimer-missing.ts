// disclaimer-missing: the article must carry the disclaimer currently in force in the clinic's
// jurisdiction; an old version is as wrong as none, because the wording is what regulators read.
import {formatPath} from '../findings/finding.ts'
import {JURISDICTIONS, labelOf} from '../content/vocabulary.ts'
import {formatDate} from '../locale/localeFormat.ts'
import {defineCheck, type CheckReport} from './check.ts'
import {currentDisclaimer} from './currentDisclaimer.ts'

export const disclaimerMissing = defineCheck({
  ruleId: 'disclaimer-missing',
  description: "The body has no disclaimerBlock referencing the current disclaimer of the clinic's jurisdiction.",
  defaultOptions: {},
  run({article, clinic, graph, today, policy}) {
    const place = labelOf(JURISDICTIONS, clinic.jurisdiction)
    // Days as the clinic's country writes them; versions and ids stay as the Studio lists them.
    const day = (date: string): string => formatDate(policy.locale, date)
    const report = (path: string, message: string): CheckReport[] => [{documentId: article._id, path, message}]
    const current = currentDisclaimer(graph, clinic.jurisdiction, today)
    if (!current) {
      return report(
        'body',
        `لا يوجد نص إخلاء مسؤولية طبية ساري المفعول في ${place} بتاريخ ${day(today)}، فلا يمكن نشر المقال في «${clinic.name}». اطلب من مسؤول الامتثال نشر إخلاء المسؤولية الخاص ب${place}، ثم أضفه إلى المقال بكتلة «إخلاء المسؤولية الطبية».`,
      )
    }
    const blocks = article.body.flatMap((block) => (block._type === 'disclaimerBlock' ? [block] : []))
    if (blocks.some((block) => block.disclaimer._ref === current._id)) return []
    const forThisJurisdiction = blocks.flatMap((block) => {
      const disclaimer = graph.disclaimers.get(block.disclaimer._ref)
      return disclaimer?.jurisdiction === clinic.jurisdiction ? [{block, disclaimer}] : []
    })
    if (forThisJurisdiction.length === 0) {
      return report(
        'body',
        `المقال موجَّه إلى «${clinic.name}» في ${place} لكنه لا يحتوي على كتلة «إخلاء المسؤولية الطبية» الخاصة ب${place}. أضف كتلة إخلاء مسؤولية تشير إلى «${current.title}» الإصدار ${current.version} (${current._id}).`,
      )
    }
    return forThisJurisdiction.flatMap(({block, disclaimer}) =>
      report(
        formatPath(['body', {_key: block._key}]),
        disclaimer.effectiveDate > today
          ? `كتلة إخلاء المسؤولية تشير إلى الإصدار ${disclaimer.version} (${disclaimer._id}) الذي لا يسري قبل ${day(disclaimer.effectiveDate)}، والساري اليوم في ${place} هو الإصدار ${current.version} (${current._id}). اجعل الكتلة تشير إلى الإصدار الساري حتى يحين موعد الإصدار الجديد.`
          : `كتلة إخلاء المسؤولية تشير إلى الإصدار ${disclaimer.version} (${disclaimer._id}) وقد حلّ محلّه الإصدار ${current.version} (${current._id}) منذ ${day(current.effectiveDate)}. غيّر مرجع الكتلة إلى الإصدار الساري.`,
      ),
    )
  },
})
