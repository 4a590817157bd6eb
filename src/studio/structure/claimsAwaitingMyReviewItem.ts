// Structure item «ادعاءات بانتظار مراجعتي», for medical reviewers only (index.ts): claims in review that the
// signed-in user may decide on, i.e. did not submit or edit themselves (four eyes). Whether they may
// approve is still the action's call.
import {UserIcon} from '@sanity/icons/User'
import type {StructureBuilder, StructureResolverContext} from 'sanity/structure'
import {claimsAwaitingMyReviewFilter} from '../../queries.ts'
import {STRUCTURE_API_VERSION} from './structureApiVersion.ts'

const title = 'ادعاءات بانتظار مراجعتي'

export const claimsAwaitingMyReviewItem = (S: StructureBuilder, context: Pick<StructureResolverContext, 'currentUser'>) =>
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
        .params({userId: context.currentUser?.id ?? ''})
        .defaultOrdering([{field: '_updatedAt', direction: 'asc'}]),
    )
