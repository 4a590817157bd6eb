// reference-broken: a reference that does not resolve to a published document of the right type
// would render as a hole (a missing safety section, a missing disclaimer) or a dead link.
import {articleReferences, documentTypeOf, resolvesTo} from './articleReferences.ts'
import {defineCheck} from './check.ts'
import {DOCUMENT_TYPE_TITLES} from '../content/fieldTitles/fieldTitles.generated.ts'

// A type as the Studio names it («شخص», «إجراء»); the raw `_type` only for a type the schema lacks.
const typeTitle = (type: string): string => DOCUMENT_TYPE_TITLES[type]?.title ?? type

export const referenceBroken = defineCheck({
  ruleId: 'reference-broken',
  description: 'A reference anywhere in the article points to an id that is not a published document of the expected type.',
  defaultOptions: {},
  run({article, graph}) {
    return articleReferences(article).flatMap(({path, id, expectedType, label}) => {
      // A target clinic that is not there is no site to publish to: target-clinic-unknown says so.
      if (expectedType === 'clinic' || resolvesTo(graph, id, expectedType)) return []
      const actualType = documentTypeOf(graph, id)
      const message = actualType
        ? `الربط في «${label}» يشير إلى ${id} وهو مستند من نوع «${typeTitle(actualType)}» والمتوقع «${typeTitle(expectedType)}». اختر مستندًا من النوع الصحيح.`
        : `الربط في «${label}» يشير إلى ${id} وهو غير موجود بين المستندات المنشورة (محذوف، أو لم يُنشر بعد، أو لم يجتز التحقق من نموذج المحتوى). انشر المستند المشار إليه، أو اختر مستندًا آخر، أو احذف الربط.`
      return [{documentId: article._id, path, message}]
    })
  },
})
