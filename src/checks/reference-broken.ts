// reference-broken: a reference that does not resolve to a published document of the right type
// would render as a hole (a missing safety section, a missing disclaimer) or a dead link.
import {articleReferences, documentTypeOf, failsContentModel, resolvesTo} from './articleReferences.ts'
import {defineCheck} from './check.ts'
import {documentTypeTitle} from '../content/fieldTitles/documentLocation.ts'

export const referenceBroken = defineCheck({
  ruleId: 'reference-broken',
  description: 'A reference anywhere in the article points to an id that is not a published document of the expected type.',
  defaultOptions: {},
  run({article, graph, parseFindings}) {
    return articleReferences(article).flatMap(({path, id, expectedType, label}) => {
      if (resolvesTo(graph, id, expectedType)) return []
      const actualType = documentTypeOf(graph, id)
      const message = actualType
        ? `الربط في «${label}» يشير إلى ${id} وهو مستند من نوع «${documentTypeTitle(actualType)}» والمتوقع «${documentTypeTitle(expectedType)}». اختر مستندًا من النوع الصحيح.`
        : failsContentModel(parseFindings, id)
          ? `الربط في «${label}» يشير إلى ${id}، وهو منشور لكنه لا يطابق نموذج المحتوى فيُستبعد من البناء (انظر خطأ schema-invalid عليه). أصلح المستند المشار إليه وأعد نشره، أو اختر مستندًا آخر.`
          : `الربط في «${label}» يشير إلى ${id} وهو غير موجود بين المستندات المنشورة (محذوف أو لم يُنشر بعد). انشر المستند المشار إليه، أو اختر مستندًا آخر، أو احذف الربط.`
      return [{documentId: article._id, path, message}]
    })
  },
})
