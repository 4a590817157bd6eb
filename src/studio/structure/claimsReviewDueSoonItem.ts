// Structure item: claims whose medical review falls due within the next REVIEW_DUE_SOON_DAYS days.
import {CalendarIcon} from '@sanity/icons/Calendar'
import type {StructureBuilder} from 'sanity/structure'
import {claimsReviewDueSoonFilter} from '../../queries.ts'
import {REVIEW_DUE_SOON_DAYS, reviewDueWindow} from './reviewDueWindow.ts'
import {STRUCTURE_API_VERSION} from './structureApiVersion.ts'

const title = `ادعاءات تحين مراجعتها خلال ${new Intl.NumberFormat('ar-EG').format(REVIEW_DUE_SOON_DAYS)} يومًا`

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
