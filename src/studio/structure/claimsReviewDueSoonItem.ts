// Structure item: claims whose medical review falls due soon, as the jurisdiction presets define
// "soon" (see reviewDueWindow.ts).
import {CalendarIcon} from '@sanity/icons/Calendar'
import type {StructureBuilder} from 'sanity/structure'
import {claimsReviewDueSoonFilter} from '../../queries.ts'
import {reviewDueWindow} from './reviewDueWindow.ts'
import {STRUCTURE_API_VERSION} from './structureApiVersion.ts'

// No day count in the title: each jurisdiction preset sets its own dueSoonDays.
const title = 'ادعاءات تحين مراجعتها قريبًا'

export const claimsReviewDueSoonItem = (S: StructureBuilder) =>
  S.listItem()
    .id('claims-review-due-soon')
    .title(title)
    .icon(CalendarIcon)
    // A function child is resolved each time the pane opens, so the window moves with the clock
    // instead of freezing at the moment the Studio loaded.
    .child(() =>
      S.documentList()
        .id('claims-review-due-soon')
        .title(title)
        .schemaType('claim')
        .apiVersion(STRUCTURE_API_VERSION)
        .filter(claimsReviewDueSoonFilter)
        .params(reviewDueWindow(new Date()))
        .defaultOrdering([{field: 'review.reviewDue', direction: 'asc'}]),
    )
