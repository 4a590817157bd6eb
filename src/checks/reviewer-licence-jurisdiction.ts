// reviewer-licence-jurisdiction: the medical reviewer an article names holds a licence from a
// regulator of the country of the clinic publishing it, so the licence the byline shows is one a
// patient there can check. Whether that blocks or only warns is each preset's call.
import {JURISDICTIONS, labelOf} from '../content/vocabulary.ts'
import {defineCheck} from './check.ts'
import {countriesInArabic, licenceGapIn, licenceNumbersInArabic} from './licenceGap.ts'

export const reviewerLicenceJurisdiction = defineCheck({
  ruleId: 'reviewer-licence-jurisdiction',
  description: "The article's medical reviewer holds no licence recorded for the clinic's country.",
  defaultOptions: {},
  run({article, clinic, graph}) {
    const reviewer = graph.people.get(article.medicalReviewer?._ref ?? '')
    // No reviewer, or not one: reviewer-missing says so; a licence is the next question.
    if (!reviewer || !reviewer.roles.includes('medicalReviewer')) return []
    const gap = licenceGapIn(reviewer, clinic.jurisdiction)
    if (!gap) return []
    const here = labelOf(JURISDICTIONS, clinic.jurisdiction)
    const at = (message: string) => [{documentId: article._id, path: 'medicalReviewer', message}]
    switch (gap.kind) {
      case 'jurisdiction-unrecorded':
        return at(
          `لم تُحدَّد دولة الترخيص (${licenceNumbersInArabic(gap.licences)}) في ملف المراجع الطبي «${reviewer.name}»، فلا يُعرف إن كان ترخيصه يُجيز له مراجعة مقال يُنشر في ${here}. ` +
            'حدّد «دولة الترخيص» في ملفه.',
        )
      case 'unlicensed':
        return at(
          `لا يحمل ملف المراجع الطبي «${reviewer.name}» رقم ترخيص مهني، فلا يستطيع القارئ التحقق من مراجعته. ` +
            `أضف ترخيصه (الرقم وجهة الإصدار ودولة الترخيص) إلى ملفه، أو اختر مراجعًا مرخّصًا في ${here}.`,
        )
      case 'licensed-elsewhere':
        return at(
          `ترخيص المراجع الطبي «${reviewer.name}» من ${countriesInArabic(gap.jurisdictions)}، والمقال يُنشر لعيادة في ${here}. ` +
            `اختر مراجعًا مرخّصًا في ${here}، أو أضف ترخيصه من ${here} إلى «تراخيص أخرى» في ملفه إن كان يحمله.`,
        )
    }
  },
})
