// The risks and contraindications a procedure lists that are not published, valid documents. The
// page and every article showing the procedure would list the others and leave these out, and a
// patient cannot see that a risk is missing: such a procedure is not published, and neither is an
// article showing it (reference-broken, at the procedure's entry). Shared by reference-broken (for
// articles) and checkProcedure (for the procedure's own page). Pure.
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Procedure} from '../content/documents/procedure.ts'
import type {Finding} from '../findings/finding.ts'
import {formatPath} from '../findings/finding.ts'
import {describeBrokenReference} from './describeBrokenReference.ts'

export interface BrokenSafetyReference {
  documentId: string
  path: string
  message: string
}

const listsOf = (procedure: Procedure) =>
  [
    {field: 'risks', target: 'risk', title: 'المخاطر', entries: procedure.risks.map((entry) => ({key: entry._key, id: entry.risk._ref})), known: 'risks'},
    {field: 'contraindications', target: 'contraindication', title: 'موانع الاستخدام', entries: procedure.contraindications.map((entry) => ({key: entry._key, id: entry.contraindication._ref})), known: 'contraindications'},
  ] as const

export const brokenSafetyReferences = (procedure: Procedure, graph: ContentGraph, parseFindings: readonly Finding[] = []): BrokenSafetyReference[] =>
  listsOf(procedure).flatMap(({field, target, title, entries, known}) =>
    entries.flatMap(({key, id}, index) => {
      if (graph[known].has(id)) return []
      const {why, fix} = describeBrokenReference(graph, parseFindings, {id, label: title, expectedType: target})
      return [
        {
          documentId: procedure._id,
          path: formatPath([field, key ? {_key: key} : index, target]),
          message: `في الإجراء «${procedure.name}»: ${why} لو نُشرت صفحته لغاب عنها ذلك دون أن يعلم القارئ أن شيئًا ينقصها، فلا تُنشر صفحة الإجراء ولا المقالات التي تعرض مخاطره. ${fix}`,
        },
      ]
    }),
  )
