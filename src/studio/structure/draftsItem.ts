// Structure item: every document that has unpublished changes, whatever its type.
import {EditIcon} from '@sanity/icons/Edit'
import type {StructureBuilder} from 'sanity/structure'
import {draftDocumentsFilter} from '../../queries.ts'
import {STRUCTURE_API_VERSION} from './structureApiVersion.ts'

export const draftsItem = (S: StructureBuilder) =>
  S.listItem()
    .id('drafts')
    .title('تعديلات غير منشورة')
    .icon(EditIcon)
    .child(
      S.documentList()
        .id('drafts')
        .title('تعديلات غير منشورة')
        .apiVersion(STRUCTURE_API_VERSION)
        .filter(draftDocumentsFilter)
        .defaultOrdering([{field: '_updatedAt', direction: 'desc'}]),
    )
