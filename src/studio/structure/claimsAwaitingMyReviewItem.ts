// Structure item «ادعاءات بانتظار مراجعتي», for medical reviewers (index.ts): claims in review that the
// signed-in user may decide on under four eyes, as the approve action reads it (they neither wrote
// the claim nor brought its current words in). Whether they may approve is still the action's call.
// When the lookup of the user's person documents failed it is shown all the same, marked, and says
// why when opened, asking again, instead of being left out as for a user who is no reviewer.
import {UserIcon} from '@sanity/icons/User'
import {WarningOutlineIcon} from '@sanity/icons/WarningOutline'
import type {StructureBuilder} from 'sanity/structure'
import {claimsAwaitingMyReviewFilter} from '../../queries.ts'
import type {WorkflowActor} from '../../workflow/recogniseActor.ts'
import type {ReviewerLookup, ReviewerLookupFailed} from './medicalReviewerActor.ts'
import {NOT_A_REVIEWER, reviewerLookupFailedLines} from './reviewerLookupFailed.ts'
import {structureNotice} from './StructureNotice.tsx'
import {STRUCTURE_API_VERSION} from './structureApiVersion.ts'

const id = 'claims-awaiting-my-review'
const title = 'ادعاءات بانتظار مراجعتي'

/** Params for `claimsAwaitingMyReviewFilter`: "" matches no person reference, for a user without a person document. */
export const awaitingMyReviewParams = ({userId, personId}: Pick<WorkflowActor, 'userId' | 'personId'>) => ({userId, personId: personId ?? ''})

const reviewList = (S: StructureBuilder, reviewer: Pick<WorkflowActor, 'userId' | 'personId'>) =>
  S.documentList()
    .id(id)
    .title(title)
    .schemaType('claim')
    .apiVersion(STRUCTURE_API_VERSION)
    .filter(claimsAwaitingMyReviewFilter)
    .params(awaitingMyReviewParams(reviewer))
    .defaultOrdering([{field: '_updatedAt', direction: 'asc'}])

/** What the item opens once the user has been looked up again. */
const paneFor = (S: StructureBuilder, reviewer: ReviewerLookup) =>
  reviewer === undefined ? structureNotice(S, id, title, [NOT_A_REVIEWER]) :
  'failed' in reviewer ? structureNotice(S, id, title, reviewerLookupFailedLines(reviewer.failed)) :
  reviewList(S, reviewer)

/** `lookUpAgain` is asked each time the item of a failed lookup is opened (a function child is resolved then). */
export const claimsAwaitingMyReviewItem = (
  S: StructureBuilder,
  reviewer: Pick<WorkflowActor, 'userId' | 'personId'> | ReviewerLookupFailed,
  lookUpAgain: () => Promise<ReviewerLookup>,
) => {
  const item = S.listItem().id(id).title(title)
  if (!('failed' in reviewer)) return item.icon(UserIcon).child(reviewList(S, reviewer))
  return item.icon(WarningOutlineIcon).child(async () => paneFor(S, await lookUpAgain()))
}
