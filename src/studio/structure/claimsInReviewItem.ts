// Structure item: the claims waiting for a medical reviewer's decision.
import {ClockIcon} from '@sanity/icons/Clock'
import type {StructureBuilder} from 'sanity/structure'
import {claimsInReviewFilter} from '../../queries.ts'
import {STRUCTURE_API_VERSION} from './structureApiVersion.ts'

export const claimsInReviewItem = (S: StructureBuilder) =>
  S.listItem()
    .id('claims-in-review')
    .title('ادعاءات بانتظار المراجعة')
    .icon(ClockIcon)
    .child(
      S.documentList()
        .id('claims-in-review')
        .title('ادعاءات بانتظار المراجعة')
        .schemaType('claim')
        .apiVersion(STRUCTURE_API_VERSION)
        .filter(claimsInReviewFilter)
        .defaultOrdering([{field: '_updatedAt', direction: 'asc'}]),
    )
