// Studio adapter shared by approve and renew, the two transitions into «معتمد»: opening reads the
// claim's review period and offers the review-due date the approval will get (defaultReviewDue, the
// function planTransition sets it with); confirming reads the period again and writes exactly the date
// shown, or, when the period no longer allows it, reopens the dialog with the latest date allowed and
// why (reviewDueConfirmation.ts), instead of a toast asking to start over.
import {useToast} from '@sanity/ui/toast'
import {useState} from 'react'
import {defaultReviewDue} from '../../workflow/reviewDue.ts'
import {reportFailure, reportOutcome} from './reportOutcome.ts'
import type {ReviewDueChoice} from './reviewDueConfirmation.ts'
import type {ClaimWorkflow} from './useClaimWorkflow.ts'

export interface ReviewDueConfirmation {
  /** The choice the dialog shows; `undefined` while it is closed. */
  confirming: ReviewDueChoice | undefined
  open: () => void
  confirm: () => void
  cancel: () => void
}

export const useReviewDueConfirmation = (workflow: ClaimWorkflow, action: 'approve' | 'renew', done: (choice: ReviewDueChoice) => string): ReviewDueConfirmation => {
  const toast = useToast()
  const [confirming, setConfirming] = useState<ReviewDueChoice>()
  // The dialog's date is the one the transition writes, even when the confirmation comes after
  // midnight; it is refused only when the claim's period, read again, no longer allows it.
  const write = async (choice: ReviewDueChoice): Promise<void> => {
    const period = await workflow.reviewPeriod()
    const result = await workflow.run({reviewPeriod: period, confirmedReviewDue: choice.reviewDue})
    if (!result.ok && result.reason === 'reviewDue') setConfirming({...period, reviewDue: result.latestReviewDue, refused: choice.reviewDue})
    else reportOutcome(toast, done(choice))(result)
  }
  return {
    confirming,
    open: () => {
      workflow.reviewPeriod().then((period) => setConfirming({...period, reviewDue: defaultReviewDue(new Date(), period.months)}), reportFailure(toast, action))
    },
    confirm: () => {
      if (confirming === undefined) return
      setConfirming(undefined)
      write(confirming).catch(reportFailure(toast, action))
    },
    cancel: () => setConfirming(undefined),
  }
}
