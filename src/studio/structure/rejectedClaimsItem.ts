// Structure item «مرفوضة»: claims a medical reviewer rejected, for the writer to rework and resubmit.
import {CloseCircleIcon} from '@sanity/icons/CloseCircle'
import type {StructureBuilder} from 'sanity/structure'
import {rejectedClaimsFilter} from '../../queries.ts'
import {STRUCTURE_API_VERSION} from './structureApiVersion.ts'

export const rejectedClaimsItem = (S: StructureBuilder) =>
  S.listItem()
    .id('claims-rejected')
    .title('ادعاءات مرفوضة')
    .icon(CloseCircleIcon)
    .child(
      S.documentList()
        .id('claims-rejected')
        .title('ادعاءات مرفوضة')
        .schemaType('claim')
        .apiVersion(STRUCTURE_API_VERSION)
        .filter(rejectedClaimsFilter)
        .defaultOrdering([{field: '_updatedAt', direction: 'desc'}]),
    )
