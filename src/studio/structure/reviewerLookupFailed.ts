// What «ادعاءات بانتظار مراجعتي» says when it cannot list a reviewer's claims: the lookup of the user's
// person documents failed (what failed, what happened and what to do, the technical detail), or, asked
// again, the user turned out to be no medical reviewer. Pure.
import {requestFailureLines} from '../messages/requestFailure.ts'

export const REVIEWER_LOOKUP_FAILED =
  'تعذّر جلب مستند الشخص الذي يحمل بريدك، فلا يُعرف إن كنت مراجعًا طبيًا ولا أيّ الادعاءات تنتظر مراجعتك؛ يُطلب من جديد كلما فتحت هذه القائمة.'

export const NOT_A_REVIEWER = 'لا ادعاءات تنتظر مراجعتك: لست مراجعًا طبيًا، لا بدور في الاستوديو ولا في مستند شخص يحمل بريدك.'

/** The pane's lines when the lookup failed with `error`. */
export const reviewerLookupFailedLines = (error: unknown): string[] => [REVIEWER_LOOKUP_FAILED, ...requestFailureLines(error)]
