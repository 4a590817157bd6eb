// The Studio's desk: editorial work queues first, then every document type.
import type {StructureResolver} from 'sanity/structure'
import {articlesByClinicItem} from './articlesByClinicItem.ts'
import {claimsInReviewItem} from './claimsInReviewItem.ts'
import {claimsReviewDueSoonItem} from './claimsReviewDueSoonItem.ts'
import {draftsItem} from './draftsItem.ts'
import {rejectedClaimsItem} from './rejectedClaimsItem.ts'

export const structure: StructureResolver = (S) =>
  S.list()
    .title('المحتوى')
    .items([
      claimsInReviewItem(S),
      claimsReviewDueSoonItem(S),
      rejectedClaimsItem(S),
      S.divider(),
      articlesByClinicItem(S),
      draftsItem(S),
      S.divider(),
      ...S.documentTypeListItems(),
    ])
