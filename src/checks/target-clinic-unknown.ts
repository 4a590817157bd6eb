// target-clinic-unknown: an entry of the article's «العيادات المستهدفة» that is not a published
// clinic. The gate judges the article once per clinic it reaches, so such an entry is no site at all:
// the article goes to its other clinics, and this says which one it does not reach and why. Not
// reference-broken, whose error would keep the article off every clinic because one target is
// deleted, or fails the schema for a while (the clinic's own site is then left as it was).
import {formatPath} from '../findings/finding.ts'
import {documentTypeTitle} from '../content/fieldTitles/documentLocation.ts'
import {arrayItem, documentTypeOf, failsContentModel, resolvesTo, unreadableLineOf, unreadableLineWording} from './articleReferences.ts'
import {defineCheck} from './check.ts'

const FIELD = '«العيادات المستهدفة»'

export const targetClinicUnknown = defineCheck({
  ruleId: 'target-clinic-unknown',
  description: 'An entry of targetClinics points to an id that is not a published clinic.',
  defaultOptions: {},
  run({article, graph, parseFindings}) {
    return article.targetClinics.flatMap((reference, index) => {
      if (resolvesTo(graph, reference._ref, 'clinic')) return []
      const id = reference._ref
      const type = documentTypeOf(graph, id)
      const line = type ? undefined : unreadableLineOf(parseFindings, id)
      const unreadable = line === undefined ? undefined : unreadableLineWording(line)
      const message = unreadable
        ? `${FIELD} تضم ${id}، و${unreadable.why}، فلا يُبنى موقعها ولا يُنشر المقال فيها، ويُنشر في عياداته الأخرى. ${unreadable.fix}.`
        : type
        ? `${FIELD} تضم ${id}، وهو مستند من نوع «${documentTypeTitle(type)}» وليس عيادة، فلا يُنشر المقال فيه، ويُنشر في عياداته الأخرى. احذف هذا الربط من ${FIELD} واختر العيادة المقصودة بدله.`
        : failsContentModel(parseFindings, id)
          ? `${FIELD} تضم ${id}، وهي عيادة منشورة لا يطابق مستندها نموذج المحتوى (انظر خطأ schema-invalid عليه)، فلا يُبنى موقعها ولا يُنشر المقال فيها إلى أن يُصلَح، ويُنشر في عياداته الأخرى. أصلح مستند العيادة وأعد نشره، أو احذف هذا الربط من ${FIELD}.`
          : `${FIELD} تضم ${id}، وهي ليست بين العيادات المنشورة (حُذفت أو لم تُنشر بعد)، فلا يُنشر المقال فيها، ويُنشر في عياداته الأخرى. انشر العيادة، أو احذف هذا الربط من ${FIELD}.`
      return [{documentId: article._id, path: formatPath(arrayItem('targetClinics', reference, index)), message}]
    })
  },
})
