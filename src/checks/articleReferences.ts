// Every reference an article's page reads, with its exact Sanity path, the document type it must
// resolve to and an Arabic label for messages (reference-broken walks this list; the claim rules
// walk its claimRefs, articleClaimReferences). Not `targetClinics`: a target clinic is where the
// page goes, not something it shows, and target-clinic-unknown reads it.
import {markDefsInUse} from '../content/markDefsInUse.ts'
import {documentById, type ContentGraph} from '../content/contentGraph.ts'
import type {Article} from '../content/documents/article.ts'
import type {Reference} from '../content/fields.ts'
import {formatPath, type Finding, type PathSegment} from '../findings/finding.ts'
import {oncePerObject} from '../memo/oncePerObject.ts'

/** The document `_type` a reference must resolve to. */
export type TargetType = 'article' | 'claim' | 'clinic' | 'disclaimer' | 'person' | 'procedure'

export interface ArticleReference {
  /** Path of the reference value itself, e.g. `body[_key=="b3"].markDefs[_key=="m1"].claim`. */
  path: string
  id: string
  expectedType: TargetType
  /** Arabic name of the field, for messages. */
  label: string
}

export interface ClaimReference {
  /** Path of the claimRef annotation, e.g. `body[_key=="b3"].markDefs[_key=="m1"]`. */
  path: string
  claimId: string
}

/** An item of a reference array, by `_key`, or by index when it has none. */
export const arrayItem = (field: string, reference: Reference, index: number): PathSegment[] => [
  field,
  reference._key ? {_key: reference._key} : index,
]

// Once per article object (articles are never changed after parsing): several rules, every
// clinic's gate and the report's claim tally all walk the same lists. Callers must not change the
// arrays returned.
export const articleClaimReferences = oncePerObject((article: Article): ClaimReference[] =>
  article.body.flatMap((block) =>
    block._type === 'block'
      ? markDefsInUse(block).flatMap((mark) =>
          mark._type === 'claimRef'
            ? [{path: formatPath(['body', {_key: block._key}, 'markDefs', {_key: mark._key}]), claimId: mark.claim._ref}]
            : [],
        )
      : [],
  ),
)

export const articleReferences = oncePerObject((article: Article): ArticleReference[] => {
  const references: ArticleReference[] = []
  const add = (segments: PathSegment[], reference: Reference, expectedType: TargetType, label: string): void => {
    references.push({path: formatPath(segments), id: reference._ref, expectedType, label})
  }
  for (const block of article.body) {
    const at: PathSegment[] = ['body', {_key: block._key}]
    if (block._type === 'block') {
      for (const mark of markDefsInUse(block)) {
        if (mark._type === 'claimRef') add([...at, 'markDefs', {_key: mark._key}, 'claim'], mark.claim, 'claim', 'ادعاء طبي مربوط بالنص')
      }
    } else if (block._type === 'procedureSafety') {
      add([...at, 'procedure'], block.procedure, 'procedure', 'المخاطر وموانع الاستخدام لإجراء')
    } else if (block._type === 'disclaimerBlock') {
      add([...at, 'disclaimer'], block.disclaimer, 'disclaimer', 'إخلاء المسؤولية الطبية')
    }
  }
  article.procedures.forEach((ref, index) => add(arrayItem('procedures', ref, index), ref, 'procedure', 'الإجراءات'))
  article.relatedArticles.forEach((ref, index) => add(arrayItem('relatedArticles', ref, index), ref, 'article', 'مقالات ذات صلة'))
  if (article.author) add(['author'], article.author, 'person', 'الكاتب')
  if (article.medicalReviewer) add(['medicalReviewer'], article.medicalReviewer, 'person', 'المراجع الطبي')
  return references
})

const graphMapOf = {
  article: 'articles',
  claim: 'claims',
  clinic: 'clinics',
  disclaimer: 'disclaimers',
  person: 'people',
  procedure: 'procedures',
} as const satisfies Record<TargetType, keyof ContentGraph>

export const resolvesTo = (graph: ContentGraph, id: string, type: TargetType): boolean => graph[graphMapOf[type]].has(id)

/** The `_type` of whatever document in the graph has this id, if any. */
export const documentTypeOf = (graph: ContentGraph, id: string): string | undefined => documentById(graph, id)?._type

/**
 * Whether `id` is a published document the zod boundary left out of the graph: it has a
 * schema-invalid finding among `parseFindings` (the gate's, or the Studio's for the documents it
 * fetched). Tells a reference to a broken document from one to a deleted or never-published one,
 * which ask the writer for different things.
 */
export const failsContentModel = (parseFindings: readonly Finding[], id: string): boolean =>
  parseFindings.some((finding) => finding.ruleId === 'schema-invalid' && (finding.documentId === id || finding.unreadableDocument?.id === id))

/**
 * The number of the export's line that names `id` and could not be read (readNdjsonDocuments), if
 * that is why the document is not in the graph: the export, not the document, is what to mend.
 */
export const unreadableLineOf = (parseFindings: readonly Finding[], id: string): number | undefined =>
  parseFindings.find((finding) => finding.ruleId === 'schema-invalid' && finding.unreadableDocument?.id === id)?.unreadableDocument?.line

/** Why a document named by an unreadable line is missing, and what to do, in the writer's Arabic: one wording for every rule that says it. */
export const unreadableLineWording = (line: number): {why: string; fix: string} => ({
  why: `لم يُقرأ سطره (${line}) في ملف التصدير فلم يُحمَّل (انظر خطأ schema-invalid على ذلك السطر)`,
  fix: 'أعد تصدير مجموعة البيانات أو صحّح ذلك السطر؛ المستند نفسه قد يكون سليمًا في الاستوديو فلا حاجة إلى تعديله هناك',
})
