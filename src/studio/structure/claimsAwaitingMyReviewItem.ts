// Structure item «ادعاءات بانتظار مراجعتي», for medical reviewers only (index.ts): claims in review that the
// signed-in user may decide on under four eyes, as the approve action reads it (they neither wrote
// the claim nor brought its current words in). Whether they may approve is still the action's call.
import {UserIcon} from '@sanity/icons/User'
import type {StructureBuilder} from 'sanity/structure'
import {claimsAwaitingMyReviewFilter} from '../../queries.ts'
import type {WorkflowActor} from '../../workflow/recogniseActor.ts'
import {STRUCTURE_API_VERSION} from './structureApiVersion.ts'

const title = 'ادعاءات بانتظار مراجعتي'

/** Params for `claimsAwaitingMyReviewFilter`: "" matches no person reference, for a user without a person document. */
export const awaitingMyReviewParams = ({userId, personId}: Pick<WorkflowActor, 'userId' | 'personId'>) => ({userId, personId: personId ?? ''})

export const claimsAwaitingMyReviewItem = (S: StructureBuilder, reviewer: Pick<WorkflowActor, 'userId' | 'personId'>) =>
  S.listItem()
    .id('claims-awaiting-my-review')
    .title(title)
    .icon(UserIcon)
    .child(
      S.documentList()
        .id('claims-awaiting-my-review')
        .title(title)
        .schemaType('claim')
        .apiVersion(STRUCTURE_API_VERSION)
        .filter(claimsAwaitingMyReviewFilter)
        .params(awaitingMyReviewParams(reviewer))
        .defaultOrdering([{field: '_updatedAt', direction: 'asc'}]),
    )
