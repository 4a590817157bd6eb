// procedure-offered-broken: an entry of a clinic's «الإجراءات المتاحة» that is not a published,
// valid procedure. The site gives a page only to procedures that are (proceduresOffered.ts), so such
// an entry was left out without a word: the clinic lost a procedure page and nobody was told. The
// Studio's strong reference keeps it from happening there; documents written through the API or
// imported skip that. A warning on the clinic's release (clinicFindings): what is published is right,
// one page is missing. The message says why as reference-broken does (deleted, invalid, another type). Pure.
import {describeBrokenReference} from '../checks/describeBrokenReference.ts'
import {arrayItem, resolvesTo} from '../checks/articleReferences.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Clinic} from '../content/documents/clinic.ts'
import {formatPath, ruleDocsUrl, type Finding} from '../findings/finding.ts'

export const PROCEDURE_OFFERED_BROKEN = 'procedure-offered-broken'

export const clinicProceduresOfferedBroken = (clinic: Clinic, graph: ContentGraph, parseFindings: readonly Finding[]): Finding[] =>
  clinic.proceduresOffered.flatMap((ref, index) => {
    if (resolvesTo(graph, ref._ref, 'procedure')) return []
    const path = formatPath(arrayItem('proceduresOffered', ref, index))
    const {why, fix} = describeBrokenReference(graph, parseFindings, {id: ref._ref, expectedType: 'procedure', label: 'الإجراءات المتاحة'})
    return [
      {
        ruleId: PROCEDURE_OFFERED_BROKEN,
        severity: 'warning',
        message: `${why} لا تُنشر له صفحة في موقع العيادة، ويُنشر الموقع من دونها. ${fix}`,
        documentId: clinic._id,
        path,
        url: ruleDocsUrl(PROCEDURE_OFFERED_BROKEN),
      },
    ]
  })
