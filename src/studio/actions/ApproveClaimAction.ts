// Claim action «اعتماد»: a medical reviewer approves the statement and evidence exactly as shown,
// after confirming; the approval records who, when, until when, and the content hash.
import {CheckmarkCircleIcon} from '@sanity/icons/CheckmarkCircle'
import {useToast} from '@sanity/ui/toast'
import {useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {arabicMessage} from '../messages/ArabicMessage.tsx'
import {reportFailure, reportOutcome} from './reportOutcome.ts'
import {useClaimWorkflow} from './useClaimWorkflow.ts'
import {workflowActionState} from './workflowActionState.ts'

/** The confirmation: the statement, quoted as it will be approved. */
export const approveConfirmation = (statement: unknown): string =>
  `ستعتمد باسمك هذا النص ودليله كما هما الآن: «${typeof statement === 'string' ? statement : ''}». أي تعديل لاحق يلغي الاعتماد.`

export const ApproveClaimAction: DocumentActionComponent = (props) => {
  const workflow = useClaimWorkflow(props, 'approve')
  const toast = useToast()
  const [confirming, setConfirming] = useState(false)
  const state = workflowActionState('approve', workflow.decision)
  if (props.version || state.hidden) return null
  const statement = (props.draft ?? props.published)?.statement
  return {
    label: state.label,
    title: arabicMessage(state.title),
    icon: CheckmarkCircleIcon,
    tone: 'positive',
    disabled: state.disabled,
    onHandle: () => setConfirming(true),
    dialog: confirming && {
      type: 'confirm',
      tone: 'positive',
      message: arabicMessage(approveConfirmation(statement)),
      confirmButtonText: 'اعتماد',
      cancelButtonText: 'إلغاء',
      onCancel: () => setConfirming(false),
      onConfirm: () => {
        setConfirming(false)
        workflow.run().then(reportOutcome(toast, 'اعتُمد الادعاء.'), reportFailure(toast, 'approve'))
      },
    },
  }
}
ApproveClaimAction.displayName = 'ApproveClaimAction'
