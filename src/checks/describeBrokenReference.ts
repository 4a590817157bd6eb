// Why a reference does not resolve and what to do, in the writer's Arabic: one wording for every
// reference the gate checks (reference-broken, related-article-broken, procedure-offered-broken and
// a procedure's risks and contraindications), so an unpublished copy's id gets the same advice in all.
import type {ContentGraph} from '../content/contentGraph.ts'
import {documentTypeTitle} from '../content/fieldTitles/documentLocation.ts'
import {publishedId} from '../content/publishedId.ts'
import type {Finding} from '../findings/finding.ts'
import {documentTypeOf, failsContentModel, unreadableLineOf, unreadableLineWording} from './articleReferences.ts'

/** A reference as its message names it: the field's Arabic title, the id and the type it must be (a procedure's risks are no article reference). */
interface NamedReference {
  id: string
  label: string
  expectedType: string
}

type Unresolved = 'type' | 'invalid' | 'draft' | 'missing'

const WHY: Record<Unresolved, (reference: NamedReference, actualType: string) => string> = {
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

const draftFix = (published: string): string =>
  `اجعل الربط يشير إلى المستند المنشور ${published} (انشره أولًا إن لم يُنشر)، لا إلى نسخته غير المنشورة؛ فهذا الربط كُتب من خارج الاستوديو (استيراد أو نص برمجي).`

/** Why a reference does not resolve (another type, an invalid document, an unpublished copy's id, or none), and what to do: worked out once, said in two parts. */
export const describeBrokenReference = (graph: ContentGraph, parseFindings: readonly Finding[], reference: NamedReference): {why: string; fix: string} => {
  const actualType = documentTypeOf(graph, reference.id)
  // `drafts.person.x` (or `versions.<release>.person.x`): an import or a script wrote the id of an
  // unpublished copy, which no build reads; publishing the document does not mend the reference, so
  // «publish it» would be the wrong thing to say.
  const published = publishedId(reference.id)
  // A line of the export that names it and could not be read: the document may be fine in the
  // Studio, and «publish it» or «mend it» would send the writer to the wrong place.
  const line = actualType ? undefined : unreadableLineOf(parseFindings, reference.id)
  if (line !== undefined) {
    const {why, fix} = unreadableLineWording(line)
    return {why: `الربط في «${reference.label}» يشير إلى ${reference.id}، و${why}.`, fix: `${fix}.`}
  }
  const state: Unresolved = actualType ? 'type' : failsContentModel(parseFindings, reference.id) ? 'invalid' : published !== reference.id ? 'draft' : 'missing'
  return {why: WHY[state](reference, actualType ?? ''), fix: state === 'draft' ? draftFix(published) : HOW_TO_FIX[state]}
}
