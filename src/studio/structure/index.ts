// The Studio's desk: editorial work queues first, then every document type. «ادعاءات بانتظار مراجعتي» is
// there for medical reviewers, and, marked as failed, when the lookup of the user's person documents failed.
import type {StructureResolver} from 'sanity/structure'
import {articlesByClinicItem} from './articlesByClinicItem.ts'
import {claimsAwaitingMyReviewItem} from './claimsAwaitingMyReviewItem.ts'
import {claimsExpiringSoonItem} from './claimsExpiringSoonItem.ts'
import {claimsInReviewItem} from './claimsInReviewItem.ts'
import {claimsLapsedItem} from './claimsLapsedItem.ts'
import {draftsItem} from './draftsItem.ts'
import {medicalReviewerActor} from './medicalReviewerActor.ts'
import {rejectedClaimsItem} from './rejectedClaimsItem.ts'

export const structure: StructureResolver = async (S, context) => {
  const reviewer = await medicalReviewerActor(context)
  return S.list()
    .title('المحتوى')
    .items([
      ...(reviewer ? [claimsAwaitingMyReviewItem(S, reviewer, () => medicalReviewerActor(context))] : []),
      claimsInReviewItem(S),
      claimsExpiringSoonItem(S),
      claimsLapsedItem(S),
      rejectedClaimsItem(S),
      S.divider(),
      articlesByClinicItem(S),
      draftsItem(S),
      S.divider(),
      ...S.documentTypeListItems(),
    ])
}
