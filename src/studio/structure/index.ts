// The Studio's desk: editorial work queues first, then every document type. «ادعاءات بانتظار مراجعتي» is
// there for medical reviewers, and, marked as failed, when the lookup of the user's person documents failed.
// The desk is an Observable, which Sanity's structure tool re-renders on each value: it is built again
// when the lookup's answer changes (medicalReviewerActors), not only on a reload.
import {map} from 'rxjs'
import type {StructureBuilder, StructureResolver, StructureResolverContext} from 'sanity/structure'
import {articlesByClinicItem} from './articlesByClinicItem.ts'
import {claimsAwaitingMyReviewItem} from './claimsAwaitingMyReviewItem.ts'
import {claimsExpiringSoonItem} from './claimsExpiringSoonItem.ts'
import {claimsInReviewItem} from './claimsInReviewItem.ts'
import {claimsLapsedItem} from './claimsLapsedItem.ts'
import {draftsItem} from './draftsItem.ts'
import {medicalReviewerActor, medicalReviewerActors, type ReviewerLookup} from './medicalReviewerActor.ts'
import {rejectedClaimsItem} from './rejectedClaimsItem.ts'

const desk = (S: StructureBuilder, context: StructureResolverContext, reviewer: ReviewerLookup) =>
  S.list()
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

export const structure: StructureResolver = (S, context) => medicalReviewerActors(context).pipe(map((reviewer) => desk(S, context, reviewer)))
