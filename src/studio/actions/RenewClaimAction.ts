// Claim action «تجديد الاعتماد»: a medical reviewer renews the approval of an approved (or lapsed)
// claim whose words are unchanged, after confirming the new review-due date; the articles linking it
// stay published. Records who, when, until when and the content hash, as approve does. The period is
// read again on confirming: a date it no longer allows reopens the dialog with the latest allowed date
// and why (renewalConfirmation.ts), instead of a toast asking to start over.
import {RefreshIcon} from '@sanity/icons/Refresh'
import {useToast} from '@sanity/ui/toast'
import {useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {defaultReviewDue} from '../../workflow/reviewDue.ts'
import {arabicMessage} from '../messages/ArabicMessage.tsx'
import {renewConfirmation, renewDone, type Renewal} from './renewalConfirmation.ts'
import {reportFailure, reportOutcome} from './reportOutcome.ts'
import {useClaimWorkflow} from './useClaimWorkflow.ts'
import {leadsPane, workflowActionState} from './workflowActionState.ts'

/**
 * Renew in one of its two places, exactly one of which shows it: ahead of the other workflow actions
 * while it leads the pane (on a lapsed claim, for a user who may renew it), in the workflow order
 * otherwise. Sanity tells actions apart by function, hence two components.
 */
const renewClaimAction = (leading: boolean): DocumentActionComponent => {
  const Action: DocumentActionComponent = (props) => {
    const workflow = useClaimWorkflow(props, 'renew')
    const toast = useToast()
    const [confirming, setConfirming] = useState<Renewal>()
    const state = workflowActionState('renew', workflow.decision)
    if (props.version || state.hidden || leadsPane('renew', workflow.decision) !== leading) return null
    // The dialog's date is the one the renewal writes, even when the confirmation comes after
    // midnight; it is refused only when the claim's period, read again, no longer allows it.
    const confirm = async (renewal: Renewal): Promise<void> => {
      const period = await workflow.reviewPeriod()
      const result = await workflow.run({reviewPeriodMonths: period.months, confirmedReviewDue: renewal.reviewDue})
      if (!result.ok && result.reason === 'reviewDue') setConfirming({...period, reviewDue: result.latestReviewDue, refused: renewal.reviewDue})
      else reportOutcome(toast, renewDone(renewal))(result)
    }
    return {
      label: state.label,
      title: arabicMessage(state.title),
      icon: RefreshIcon,
      tone: 'positive',
      disabled: state.disabled,
      onHandle: () => {
        workflow.reviewPeriod().then((period) => setConfirming({...period, reviewDue: defaultReviewDue(new Date(), period.months)}), reportFailure(toast, 'renew'))
      },
      dialog: confirming !== undefined && {
        type: 'confirm',
        tone: confirming.refused === undefined ? 'positive' : 'caution',
        message: arabicMessage(renewConfirmation(confirming)),
        confirmButtonText: 'تجديد الاعتماد',
        cancelButtonText: 'إلغاء',
        onCancel: () => setConfirming(undefined),
        onConfirm: () => {
          setConfirming(undefined)
          confirm(confirming).catch(reportFailure(toast, 'renew'))
        },
      },
    }
  }
  Action.displayName = leading ? 'LeadingRenewClaimAction' : 'RenewClaimAction'
  return Action
}

export const RenewClaimAction = renewClaimAction(false)
export const LeadingRenewClaimAction = renewClaimAction(true)
