// reference-broken: a reference that does not resolve to a published document of the right type
// would render as a hole (a missing safety section, a missing disclaimer, a claim nobody vouches
// for). Related articles are related-article-broken's: their links are simply left out.
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Finding} from '../findings/finding.ts'
import {articleReferences, documentTypeOf, failsContentModel, resolvesTo, type ArticleReference} from './articleReferences.ts'
import {defineCheck} from './check.ts'
import {brokenSafetyReferences} from './procedureSafetyReferences.ts'
import {documentTypeTitle} from '../content/fieldTitles/documentLocation.ts'

/** Why the reference does not resolve, for the writer: another type, an invalid document, or none. */
export const brokenReferenceMessage = (graph: ContentGraph, parseFindings: readonly Finding[], {id, expectedType, label}: ArticleReference): string => {
  const actualType = documentTypeOf(graph, id)
  if (actualType) return `الربط في «${label}» يشير إلى ${id} وهو مستند من نوع «${documentTypeTitle(actualType)}» والمتوقع «${documentTypeTitle(expectedType)}».`
  return failsContentModel(parseFindings, id)
    ? `الربط في «${label}» يشير إلى ${id}، وهو منشور لكنه لا يطابق نموذج المحتوى فيُستبعد من البناء (انظر خطأ schema-invalid عليه).`
    : `الربط في «${label}» يشير إلى ${id} وهو غير موجود بين المستندات المنشورة (محذوف أو لم يُنشر بعد).`
}

const HOW_TO_FIX = {
  type: 'اختر مستندًا من النوع الصحيح.',
  invalid: 'أصلح المستند المشار إليه وأعد نشره، أو اختر مستندًا آخر.',
  missing: 'انشر المستند المشار إليه، أو اختر مستندًا آخر، أو احذف الربط.',
} as const

export const howToFixReference = (graph: ContentGraph, parseFindings: readonly Finding[], id: string): string =>
  HOW_TO_FIX[documentTypeOf(graph, id) ? 'type' : failsContentModel(parseFindings, id) ? 'invalid' : 'missing']

export const referenceBroken = defineCheck({
  ruleId: 'reference-broken',
  description: 'A reference anywhere in the article, other than a related article, points to an id that is not a published document of the expected type.',
  defaultOptions: {},
  run({article, graph, parseFindings}) {
    return articleReferences(article).flatMap((reference) => {
      // A related article's link is left off the page: related-article-broken, which does not block.
      if (reference.expectedType === 'article' || resolvesTo(graph, reference.id, reference.expectedType)) return []
      // A block of a disclaimer that fails the content model shows nothing, and matters only where
      // that disclaimer may be in force: there its clinics are held back (disclaimerInForceUnknown.ts).
      // An article for three countries is not kept off Cairo's site by the UAE's disclaimer.
      if (reference.expectedType === 'disclaimer' && failsContentModel(parseFindings, reference.id)) return []
      return [{documentId: article._id, path: reference.path, message: `${brokenReferenceMessage(graph, parseFindings, reference)} ${howToFixReference(graph, parseFindings, reference.id)}`}]
    }).concat(
      // The risks and contraindications the page shows come from the procedures it is about or
      // embeds: one of theirs that is missing would be left out without a word.
      [...new Set(articleReferences(article).flatMap((reference) => (reference.expectedType === 'procedure' ? [reference.id] : [])))].flatMap((id) => {
        const procedure = graph.procedures.get(id)
        return procedure ? brokenSafetyReferences(procedure, graph, parseFindings) : []
      }),
    )
  },
})
