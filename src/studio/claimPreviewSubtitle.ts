// The line under a claim in every Studio list and reference picker: its review state in Arabic (an
// approval past its review date reads as lapsed, though review.status still says approved), until
// when an approval holds, and the certainty of its evidence. Stored values would read «approved · low».
import {CLAIM_STATES, GRADE_CERTAINTY, labelOf} from '../content/vocabulary.ts'
import {claimToday} from '../presets/index.ts'
import type {ClaimState} from '../workflow/claimWorkflow.ts'
import {recordedClaimState} from '../workflow/claimState.ts'

export interface ClaimPreviewFields {
  status?: string
  reviewDue?: string
  certainty?: string
}

/** `now` is the Studio's clock; review dates are calendar dates, read on the day the workflow reads them (`claimToday`). */
export const claimPreviewSubtitle = ({status = 'draft', reviewDue, certainty}: ClaimPreviewFields, now: Date): string => {
  const recorded = recordedClaimState(status as ClaimState, reviewDue, claimToday(now))
  const state =
    recorded === 'expired' ? `${labelOf(CLAIM_STATES, 'expired')} منذ ${reviewDue}` : recorded === 'approved' && reviewDue ? `${labelOf(CLAIM_STATES, 'approved')} حتى ${reviewDue}` : labelOf(CLAIM_STATES, status)
  return [state, certainty && `درجة اليقين: ${labelOf(GRADE_CERTAINTY, certainty)}`].filter(Boolean).join(' · ')
}
