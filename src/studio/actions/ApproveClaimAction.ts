// Claim action «اعتماد»: a medical reviewer approves the statement and evidence exactly as shown,
// after confirming them and the review-due date the approval gets; the approval records who, when,
// until when, and the content hash.
import {CheckmarkCircleIcon} from '@sanity/icons/CheckmarkCircle'
import type {DocumentActionComponent} from 'sanity'
import {arabicMessage} from '../messages/ArabicMessage.tsx'
import {approveConfirmation, approveDone} from './reviewDueConfirmation.ts'
import {useClaimWorkflow} from './useClaimWorkflow.ts'
import {useReviewDueConfirmation} from './useReviewDueConfirmation.ts'
import {workflowActionState} from './workflowActionState.ts'

export const ApproveClaimAction: DocumentActionComponent = (props) => {
  const workflow = useClaimWorkflow(props, 'approve')
  const {confirming, open, confirm, cancel} = useReviewDueConfirmation(workflow, 'approve', approveDone)
  const state = workflowActionState('approve', workflow.decision)
  if (props.version || state.hidden) return null
  const statement = (props.draft ?? props.published)?.statement
  return {
    label: state.label,
    title: arabicMessage(state.title),
    icon: CheckmarkCircleIcon,
    tone: 'positive',
    disabled: state.disabled,
    onHandle: open,
    dialog: confirming !== undefined && {
      type: 'confirm',
      tone: confirming.refused === undefined ? 'positive' : 'caution',
      message: arabicMessage(approveConfirmation(statement, confirming)),
      confirmButtonText: 'اعتماد',
      cancelButtonText: 'إلغاء',
      onCancel: cancel,
      onConfirm: confirm,
    },
  }
}
ApproveClaimAction.displayName = 'ApproveClaimAction'
