// target-clinic-unknown: an entry of the article's «العيادات المستهدفة» that is not a published
// clinic. The gate judges the article once per clinic it reaches, so such an entry is no site at all:
// the article goes to its other clinics, and this says which one it does not reach and why. Not
// reference-broken, whose error would keep the article off every clinic because one target is
// deleted, or fails the schema for a while (the clinic's own site is then left as it was).
import {articleReferences, documentTypeOf, resolvesTo} from './articleReferences.ts'
import {defineCheck} from './check.ts'
import {DOCUMENT_TYPE_TITLES} from '../content/fieldTitles/fieldTitles.generated.ts'

export const targetClinicUnknown = defineCheck({
  ruleId: 'target-clinic-unknown',
  description: 'An entry of targetClinics points to an id that is not a published clinic.',
  defaultOptions: {},
  run({article, graph}) {
    return articleReferences(article).flatMap(({path, id, expectedType, label}) => {
      if (expectedType !== 'clinic' || resolvesTo(graph, id, 'clinic')) return []
      const type = documentTypeOf(graph, id)
      const what = type
        ? `مستند من نوع «${DOCUMENT_TYPE_TITLES[type]?.title ?? type}» وليس عيادة`
        : 'ليس بين العيادات المنشورة (حُذفت، أو لم تُنشر بعد، أو لم تجتز التحقق من نموذج المحتوى)'
      return [{
        documentId: article._id,
        path,
        message: `«${label}» تضم ${id} وهو ${what}، فلا يُنشر المقال له، ويُنشر في عياداته الأخرى. انشر العيادة أو أصلحها، أو احذف هذا الربط من «${label}».`,
      }]
    })
  },
})
