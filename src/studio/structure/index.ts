// The Studio's desk: editorial work queues first, then every document type.
import type {StructureResolver} from 'sanity/structure'
import {articlesByClinicItem} from './articlesByClinicItem.ts'
import {claimsAwaitingMyReviewItem} from './claimsAwaitingMyReviewItem.ts'
import {claimsExpiringSoonItem} from './claimsExpiringSoonItem.ts'
import {claimsInReviewItem} from './claimsInReviewItem.ts'
import {draftsItem} from './draftsItem.ts'
import {rejectedClaimsItem} from './rejectedClaimsItem.ts'

export const structure: StructureResolver = (S, context) =>
  S.list()
    .title('المحتوى')
    .items([
      claimsAwaitingMyReviewItem(S, context),
      claimsInReviewItem(S),
      claimsExpiringSoonItem(S),
      rejectedClaimsItem(S),
      S.divider(),
      articlesByClinicItem(S),
      draftsItem(S),
      S.divider(),
      ...S.documentTypeListItems(),
    ])
