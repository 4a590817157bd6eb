// The shape the claim actions that ask for a comment share (reject, withdraw): the workflow decides
// whether the action shows and is enabled, the button opens CommentDialog, and confirming runs the
// transition with the comment and reports the outcome. Each action keeps its own words and tone.
import type {ComponentType} from 'react'
import {useToast} from '@sanity/ui/toast'
import {useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import type {ReviewAction} from '../../workflow/claimWorkflow.ts'
import {arabicMessage, arabicText} from '../messages/ArabicMessage.tsx'
import {CommentDialog} from './CommentDialog.tsx'
import {reportFailure, reportOutcome} from './reportOutcome.ts'
import {useClaimWorkflow} from './useClaimWorkflow.ts'
import {workflowActionState} from './workflowActionState.ts'

export interface CommentedClaimAction {
  name: string
  action: ReviewAction
  icon: ComponentType
  tone: 'critical' | 'caution'
  header: string
  prompt: string
  confirmText: string
  commentRequired: boolean
  /** The toast once the transition is saved. */
  done: string
}

export const commentedClaimAction = (spec: CommentedClaimAction): DocumentActionComponent => {
  const Action: DocumentActionComponent = (props) => {
    const workflow = useClaimWorkflow(props, spec.action)
    const toast = useToast()
    const [open, setOpen] = useState(false)
    const state = workflowActionState(spec.action, workflow.decision)
    if (props.version || state.hidden) return null
    return {
      label: state.label,
      title: arabicMessage(state.title),
      icon: spec.icon,
      tone: spec.tone,
      disabled: state.disabled,
      onHandle: () => setOpen(true),
      dialog: open && {
        type: 'dialog',
        header: arabicText(spec.header),
        onClose: () => setOpen(false),
        content: (
          <CommentDialog
            prompt={spec.prompt}
            confirmText={spec.confirmText}
            required={spec.commentRequired}
            tone={spec.tone}
            onCancel={() => setOpen(false)}
            onConfirm={(comment) => {
              setOpen(false)
              workflow.run({comment}).then(reportOutcome(toast, spec.done), reportFailure(toast, spec.action))
            }}
          />
        ),
      },
    }
  }
  Action.displayName = spec.name
  return Action
}
