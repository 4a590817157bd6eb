// Structure item «تنتهي صلاحيتها خلال 30 يومًا»: approved claims whose approval lapses within
// EXPIRING_SOON_DAYS, on every jurisdiction's calendar (reviewDueWindow.ts), so a reviewer renews
// them before articles stop publishing.
import {CalendarIcon} from '@sanity/icons/Calendar'
import type {StructureBuilder} from 'sanity/structure'
import {countOf} from '../../locale/arabicCount.ts'
import {DAYS_AFTER_PREPOSITION} from '../../locale/countedNouns.ts'
import {presetsByJurisdiction} from '../../presets/index.ts'
import {claimsExpiringFilter} from '../../queries.ts'
import {EXPIRING_SOON_DAYS} from '../../workflow/claimWorkflow.ts'
import {reviewDueWindow} from './reviewDueWindow.ts'
import {STRUCTURE_API_VERSION} from './structureApiVersion.ts'

const title = `تنتهي صلاحيتها خلال ${countOf(EXPIRING_SOON_DAYS, DAYS_AFTER_PREPOSITION)}`

export const expiringWindow = (now: Date) =>
  reviewDueWindow(now, Object.values(presetsByJurisdiction).map(({timeZone}) => ({timeZone, dueSoonDays: EXPIRING_SOON_DAYS})))

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
