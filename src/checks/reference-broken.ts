// reference-broken: a reference that does not resolve to a published document of the right type
// would render as a hole (a missing safety section, a missing disclaimer, a claim nobody vouches
// for). Related articles are related-article-broken's: their links are simply left out.
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Finding} from '../findings/finding.ts'
import {articleReferences, documentTypeOf, failsContentModel, resolvesTo, type ArticleReference} from './articleReferences.ts'
import {defineCheck} from './check.ts'
import {brokenSafetyReferences} from './procedureSafetyReferences.ts'
import {proceduresShown} from './textsShown.ts'
import {documentTypeTitle} from '../content/fieldTitles/documentLocation.ts'

type Unresolved = 'type' | 'invalid' | 'draft' | 'missing'

// `drafts.person.x` (or `versions.<release>.person.x`): an import or a script wrote the id of an
// unpublished copy, which no build reads; publishing the document does not mend the reference, so
// «publish it» would be the wrong thing to say.
const DRAFT_ID = /^(?:drafts\.|versions\.[^.]+\.)(.+)$/

const WHY: Record<Unresolved, (reference: ArticleReference, actualType: string) => string> = {
  type: ({label, id, expectedType}, actualType) => `الربط في «${label}» يشير إلى ${id} وهو مستند من نوع «${documentTypeTitle(actualType)}» والمتوقع «${documentTypeTitle(expectedType)}».`,
  invalid: ({label, id}) => `الربط في «${label}» يشير إلى ${id}، وهو منشور لكنه لا يطابق نموذج المحتوى فيُستبعد من البناء (انظر خطأ schema-invalid عليه).`,
  draft: ({label, id}) => `الربط في «${label}» يشير إلى ${id}، وهو معرّف نسخة غير منشورة (مسودة أو نسخة إصدار)، والمواقع لا تُبنى إلا من المستندات المنشورة.`,
  missing: ({label, id}) => `الربط في «${label}» يشير إلى ${id} وهو غير موجود بين المستندات المنشورة (محذوف أو لم يُنشر بعد).`,
}

const HOW_TO_FIX: Record<Exclude<Unresolved, 'draft'>, string> = {
  type: 'اختر مستندًا من النوع الصحيح.',
  invalid: 'أصلح المستند المشار إليه وأعد نشره، أو اختر مستندًا آخر.',
  missing: 'انشر المستند المشار إليه، أو اختر مستندًا آخر، أو احذف الربط.',
}

const draftFix = (publishedId: string): string =>
  `اجعل الربط يشير إلى المستند المنشور ${publishedId} (انشره أولًا إن لم يُنشر)، لا إلى نسخته غير المنشورة؛ فهذا الربط كُتب من خارج الاستوديو (استيراد أو نص برمجي).`

/** Why a reference does not resolve (another type, an invalid document, an unpublished copy's id, or none), and what to do: worked out once, said in two parts. */
export const describeBrokenReference = (graph: ContentGraph, parseFindings: readonly Finding[], reference: ArticleReference): {why: string; fix: string} => {
  const actualType = documentTypeOf(graph, reference.id)
  const publishedId = DRAFT_ID.exec(reference.id)?.[1]
  const state: Unresolved = actualType ? 'type' : failsContentModel(parseFindings, reference.id) ? 'invalid' : publishedId ? 'draft' : 'missing'
  return {why: WHY[state](reference, actualType ?? ''), fix: state === 'draft' ? draftFix(publishedId!) : HOW_TO_FIX[state]}
}

export const referenceBroken = defineCheck({
  ruleId: 'reference-broken',
  description: 'A reference anywhere in the article, other than a related article, points to an id that is not a published document of the expected type.',
  defaultOptions: {},
  run({article, graph, parseFindings}) {
    const references = articleReferences(article).flatMap((reference) => {
      // A related article's link is left off the page: related-article-broken, which does not block.
      if (reference.expectedType === 'article' || resolvesTo(graph, reference.id, reference.expectedType)) return []
      // A block of a disclaimer that fails the content model shows nothing, and matters only where
      // that disclaimer may be in force: there its clinics are held back (disclaimerInForceUnknown.ts).
      // An article for three countries is not kept off Cairo's site by the UAE's disclaimer.
      if (reference.expectedType === 'disclaimer' && failsContentModel(parseFindings, reference.id)) return []
      const {why, fix} = describeBrokenReference(graph, parseFindings, reference)
      return [{documentId: article._id, path: reference.path, message: `${why} ${fix}`}]
    })
    // The risks and contraindications the page shows come from the procedures it is about or
    // embeds: one of theirs that is missing would be left out without a word.
    const safety = proceduresShown(article, graph).flatMap((procedure) => brokenSafetyReferences(procedure, graph, parseFindings))
    return [...references, ...safety]
  },
})
