// Structure item: every clinic, each opening the articles that target it.
import {HomeIcon} from '@sanity/icons/Home'
import type {StructureBuilder} from 'sanity/structure'
import {clinicArticlesFilter} from '../../queries.ts'
import {STRUCTURE_API_VERSION} from './structureApiVersion.ts'

export const articlesByClinicItem = (S: StructureBuilder) =>
  S.listItem()
    .id('articles-by-clinic')
    .title('المقالات حسب العيادة')
    .icon(HomeIcon)
    .child(
      S.documentTypeList('clinic')
        .id('articles-by-clinic')
        .title('العيادات')
        // The structure tool hands the child the published id, which is what references store.
        .child((clinicId: string) =>
          S.documentList()
            .id(`clinic-articles-${clinicId}`)
            .title('مقالات العيادة')
            .schemaType('article')
            .apiVersion(STRUCTURE_API_VERSION)
            .filter(clinicArticlesFilter)
            .params({clinicId})
            .defaultOrdering([{field: '_updatedAt', direction: 'desc'}]),
        ),
    )
