// The line under a claim in every Studio list and reference picker: its review state in Arabic (an
// approval past its review date reads as lapsed, though review.status still says approved), until
// when an approval holds, and the certainty of its evidence. Stored values would read «approved · low».
import {approvalLastDay} from '../checks/claimApproval.ts'
import {CLAIM_STATES, GRADE_CERTAINTY, labelOf} from '../content/vocabulary.ts'
import {localeOfJurisdiction} from '../locale/jurisdictionLocale.ts'
import {formatStoredDate} from '../locale/storedDate.ts'
import {claimToday, presetsByJurisdiction} from '../presets/index.ts'
import type {Jurisdiction} from '../presets/preset.ts'
import type {ClaimState} from '../workflow/claimWorkflow.ts'
import {recordedClaimState} from '../workflow/claimState.ts'
import {claimReviewPeriod} from '../workflow/reviewDue.ts'

export interface ClaimPreviewFields {
  status?: string
  reviewDue?: string
  approvedAt?: string
  certainty?: string
}

/**
 * `now` is the Studio's clock. A preview cannot look up the clinics a claim's articles go to, so it
 * reads the approval as the strictest clinic's gate would: on the latest calendar day among the
 * presets (`claimToday`) and under the shortest claim review period among them, which ends the
 * approval before review.reviewDue when that was set past it (claim-review-due-later-than-policy).
 */
// The shortest claim review period of any preset (see below); presets are data fixed at build time.
const STRICTEST = claimReviewPeriod(Object.keys(presetsByJurisdiction) as Jurisdiction[])
// Its date is that country's rule, so it is written as that country writes dates (Egypt's, the
// baseline listed first, while the periods tie): the line is one for every clinic, and a date in
// a known country's Arabic reads better beside Arabic labels than an ISO one.
const LOCALE = localeOfJurisdiction(STRICTEST.jurisdiction)

export const claimPreviewSubtitle = ({status = 'draft', reviewDue, approvedAt, certainty}: ClaimPreviewFields, now: Date): string => {
  const lastDay = approvalLastDay({approvedAt, reviewDue}, STRICTEST.months)
  const recorded = recordedClaimState(status as ClaimState, lastDay, claimToday(now))
  const state =
    recorded === 'expired' && lastDay
      ? `${labelOf(CLAIM_STATES, 'expired')} منذ ${formatStoredDate(LOCALE, lastDay)}`
      : recorded === 'approved' && lastDay
        ? `${labelOf(CLAIM_STATES, 'approved')} حتى ${formatStoredDate(LOCALE, lastDay)}`
        : labelOf(CLAIM_STATES, status)
  return [state, certainty && `درجة اليقين: ${labelOf(GRADE_CERTAINTY, certainty)}`].filter(Boolean).join(' · ')
}
