// Claim action «تجديد الاعتماد»: a medical reviewer renews the approval of an approved (or lapsed)
// claim whose words are unchanged, after confirming the new review-due date; the articles linking it
// stay published. Records who, when, until when and the content hash, as approve does.
import {RefreshIcon} from '@sanity/icons/Refresh'
import {useToast} from '@sanity/ui/toast'
import {useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {defaultReviewDue} from '../../workflow/reviewDue.ts'
import {arabicMessage} from '../messages/ArabicMessage.tsx'
import {reportFailure, reportOutcome} from './reportOutcome.ts'
import {useClaimWorkflow} from './useClaimWorkflow.ts'
import {leadsPane, workflowActionState} from './workflowActionState.ts'

/** The confirmation: whose approval, of what, until when (`YYYY-MM-DD`). */
export const renewConfirmation = (reviewDue: string): string => `ستجدّد باسمك اعتماد هذا النص ودليله حتى ${reviewDue}.`

/**
 * Renew in one of its two places, exactly one of which shows it: ahead of the other workflow actions
 * while it leads the pane (on a lapsed claim, for a user who may renew it), in the workflow order
 * otherwise. Sanity tells actions apart by function, hence two components.
 */
const renewClaimAction = (leading: boolean): DocumentActionComponent => {
  const Action: DocumentActionComponent = (props) => {
    const workflow = useClaimWorkflow(props, 'renew')
    const toast = useToast()
    const [confirming, setConfirming] = useState<{months: number; reviewDue: string}>()
    const state = workflowActionState('renew', workflow.decision)
    if (props.version || state.hidden || leadsPane('renew', workflow.decision) !== leading) return null
    return {
      label: state.label,
      title: arabicMessage(state.title),
      icon: RefreshIcon,
      tone: 'positive',
      disabled: state.disabled,
      // The date shown is the one the renewal writes, even when the confirmation comes after midnight.
      onHandle: () => {
        workflow.reviewPeriod().then((months) => setConfirming({months, reviewDue: defaultReviewDue(new Date(), months)}), reportFailure(toast))
      },
      dialog: confirming !== undefined && {
        type: 'confirm',
        tone: 'positive',
        message: arabicMessage(renewConfirmation(confirming.reviewDue)),
        confirmButtonText: 'تجديد الاعتماد',
        cancelButtonText: 'إلغاء',
        onCancel: () => setConfirming(undefined),
        onConfirm: () => {
          setConfirming(undefined)
          workflow.run({reviewPeriodMonths: confirming.months, confirmedReviewDue: confirming.reviewDue}).then(reportOutcome(toast, `جُدّد الاعتماد حتى ${confirming.reviewDue}.`), reportFailure(toast))
        },
      },
    }
  }
  Action.displayName = leading ? 'LeadingRenewClaimAction' : 'RenewClaimAction'
  return Action
}

export const RenewClaimAction = renewClaimAction(false)
export const LeadingRenewClaimAction = renewClaimAction(true)
