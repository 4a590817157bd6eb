// Claim action «تجديد الاعتماد»: a medical reviewer renews the approval of an approved (or lapsed)
// claim whose words are unchanged, after confirming the new review-due date; the articles linking it
// stay published. Records who, when, until when and the content hash, as approve does, and confirms
// the date as approve does (useReviewDueConfirmation.ts).
import {RefreshIcon} from '@sanity/icons/Refresh'
import type {DocumentActionComponent} from 'sanity'
import {arabicMessage} from '../messages/ArabicMessage.tsx'
import {renewConfirmation, renewDone} from './reviewDueConfirmation.ts'
import {useClaimWorkflow} from './useClaimWorkflow.ts'
import {useReviewDueConfirmation} from './useReviewDueConfirmation.ts'
import {leadsPane, workflowActionState} from './workflowActionState.ts'

/**
 * Renew in one of its two places, exactly one of which shows it: ahead of the other workflow actions
 * while it leads the pane (on a lapsed claim, for a user who may renew it), in the workflow order
 * otherwise. Sanity tells actions apart by function, hence two components.
 */
const renewClaimAction = (leading: boolean): DocumentActionComponent => {
  const Action: DocumentActionComponent = (props) => {
    const workflow = useClaimWorkflow(props, 'renew')
    const {confirming, open, confirm, cancel} = useReviewDueConfirmation(workflow, 'renew', renewDone)
    const state = workflowActionState('renew', workflow.decision)
    if (props.version || state.hidden || leadsPane('renew', workflow.decision) !== leading) return null
    return {
      label: state.label,
      title: arabicMessage(state.title),
      icon: RefreshIcon,
      tone: 'positive',
      disabled: state.disabled,
      onHandle: open,
      dialog: confirming !== undefined && {
        type: 'confirm',
        tone: confirming.refused === undefined ? 'positive' : 'caution',
        message: arabicMessage(renewConfirmation(confirming)),
        confirmButtonText: 'تجديد الاعتماد',
        cancelButtonText: 'إلغاء',
        onCancel: cancel,
        onConfirm: confirm,
      },
    }
  }
  Action.displayName = leading ? 'LeadingRenewClaimAction' : 'RenewClaimAction'
  return Action
}

export const RenewClaimAction = renewClaimAction(false)
export const LeadingRenewClaimAction = renewClaimAction(true)
