// The line under a claim in every Studio list and reference picker: its review state in Arabic (an
// approval past its review date reads as lapsed, though review.status still says approved), until
// when an approval holds, and the certainty of its evidence. Stored values would read «approved · low».
import {approvalLastDay} from '../checks/claimApproval.ts'
import {CLAIM_STATES, GRADE_CERTAINTY, labelOf} from '../content/vocabulary.ts'
import {claimToday, presetsByJurisdiction} from '../presets/index.ts'
import type {Jurisdiction} from '../presets/preset.ts'
import type {ClaimState} from '../workflow/claimWorkflow.ts'
import {recordedClaimState} from '../workflow/claimState.ts'
import {claimReviewPeriodMonths} from '../workflow/reviewDue.ts'

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
const STRICTEST_PERIOD = claimReviewPeriodMonths(Object.keys(presetsByJurisdiction) as Jurisdiction[])

export const claimPreviewSubtitle = ({status = 'draft', reviewDue, approvedAt, certainty}: ClaimPreviewFields, now: Date): string => {
  const lastDay = approvalLastDay({approvedAt, reviewDue}, STRICTEST_PERIOD)
  const recorded = recordedClaimState(status as ClaimState, lastDay, claimToday(now))
  const state =
    recorded === 'expired' ? `${labelOf(CLAIM_STATES, 'expired')} منذ ${lastDay}` : recorded === 'approved' && lastDay ? `${labelOf(CLAIM_STATES, 'approved')} حتى ${lastDay}` : labelOf(CLAIM_STATES, status)
  return [state, certainty && `درجة اليقين: ${labelOf(GRADE_CERTAINTY, certainty)}`].filter(Boolean).join(' · ')
}
