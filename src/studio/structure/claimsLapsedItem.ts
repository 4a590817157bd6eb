// Structure item «ادعاءات انتهى اعتمادها»: approved claims whose review date has passed, or whose
// approval is older than the claim review period of a country their articles go to. Their stored
// status still says approved, so no other list shows them; the articles linking them are blocked by
// claim-expired until a medical reviewer renews the approval («تجديد الاعتماد»).
import {WarningOutlineIcon} from '@sanity/icons/WarningOutline'
import type {StructureBuilder} from 'sanity/structure'
import {claimsLapsedFilter} from '../../queries.ts'
import {expiringWindow} from './claimsExpiringSoonItem.ts'
import {STRUCTURE_API_VERSION} from './structureApiVersion.ts'

const title = 'ادعاءات انتهى اعتمادها'

export const claimsLapsedItem = (S: StructureBuilder) =>
  S.listItem()
    .id('claims-lapsed')
    .title(title)
    .icon(WarningOutlineIcon)
    // Resolved each time the pane opens, with the same params as the expiring-soon list (its `$today`
    // and `$windows`; `$horizon` goes unused): a claim moves from that list to this one the day it lapses.
    .child(() =>
      S.documentList()
        .id('claims-lapsed')
        .title(title)
        .schemaType('claim')
        .apiVersion(STRUCTURE_API_VERSION)
        .filter(claimsLapsedFilter)
        .params(expiringWindow(new Date()))
        .defaultOrdering([{field: 'review.reviewDue', direction: 'asc'}]),
    )
