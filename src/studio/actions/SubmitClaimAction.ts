// Claim action «إرسال للمراجعة»: sends the claim, as worded now, to the medical reviewers.
import {ArrowUpIcon} from '@sanity/icons/ArrowUp'
import {useToast} from '@sanity/ui/toast'
import {useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {arabicMessage} from '../messages/ArabicMessage.tsx'
import {approvalLossDialog, losesApproval} from './approvalLossConfirmation.ts'
import {reportFailure, reportOutcome} from './reportOutcome.ts'
import {useClaimArticleTitles} from './useClaimArticleTitles.ts'
import {useClaimWorkflow} from './useClaimWorkflow.ts'
import {workflowActionState} from './workflowActionState.ts'

export const SubmitClaimAction: DocumentActionComponent = (props) => {
  const workflow = useClaimWorkflow(props, 'submit')
  const toast = useToast()
  const [confirming, setConfirming] = useState(false)
  const linked = useClaimArticleTitles(props.id, confirming)
  const state = workflowActionState('submit', workflow.decision)
  if (props.version || state.hidden) return null
  const submit = () => {
    workflow.run().then(reportOutcome(toast, 'أُرسل الادعاء للمراجعة.'), reportFailure(toast, 'submit'))
  }
  return {
    label: state.label,
    title: arabicMessage(state.title),
    icon: ArrowUpIcon,
    tone: 'primary',
    disabled: state.disabled,
    onHandle: () => (losesApproval(workflow.decision) ? setConfirming(true) : submit()),
    dialog: approvalLossDialog(confirming, setConfirming, 'إرسال للمراجعة', submit, linked),
  }
}
SubmitClaimAction.displayName = 'SubmitClaimAction'
