// Structure item «ادعاءات ينتهي اعتمادها قريبًا»: approved claims whose approval lapses within the
// due-soon window of a jurisdiction they are published in (each preset's dueSoonDays on its own
// calendar, as review-due-soon announces it; for a claim no article links yet, the longest of them, since
// the first clinic to link it may be in any), so a medical reviewer renews them («تجديد الاعتماد»)
// before articles stop publishing.
import {CalendarIcon} from '@sanity/icons/Calendar'
import type {StructureBuilder} from 'sanity/structure'
import {claimToday} from '../../presets/index.ts'
import {claimsExpiringFilter} from '../../queries.ts'
import {jurisdictionWindows, reviewDueWindow} from './reviewDueWindow.ts'
import {STRUCTURE_API_VERSION} from './structureApiVersion.ts'

const title = 'ادعاءات ينتهي اعتمادها قريبًا'

/**
 * Params for `claimsExpiringFilter` (and `$today` for `claimsLapsedFilter`). `$today` is the day the
 * Studio judges claims on (`claimToday`, as their badge and validation do): an approval moves to the
 * lapsed list at the first clinic midnight past its due date, when that clinic's gate holds it back.
 */
export const expiringWindow = (now: Date) => ({
  today: claimToday(now),
  horizon: reviewDueWindow(now).horizon,
  windows: jurisdictionWindows(now),
})

export const claimsExpiringSoonItem = (S: StructureBuilder) =>
  S.listItem()
    .id('claims-expiring-soon')
    .title(title)
    .icon(CalendarIcon)
    // A function child is resolved each time the pane opens, so the window moves with the clock
    // instead of freezing at the moment the Studio loaded.
    .child(() =>
      S.documentList()
        .id('claims-expiring-soon')
        .title(title)
        .schemaType('claim')
        .apiVersion(STRUCTURE_API_VERSION)
        .filter(claimsExpiringFilter)
        .params(expiringWindow(new Date()))
        .defaultOrdering([{field: 'review.reviewDue', direction: 'asc'}]),
    )
