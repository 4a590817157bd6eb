// Claim action «رفض مع سبب»: a medical reviewer sends the claim back to its writer; the reason is
// required and goes to review.comment and the audit trail.
import {CloseCircleIcon} from '@sanity/icons/CloseCircle'
import {useToast} from '@sanity/ui/toast'
import {useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {CommentDialog} from './CommentDialog.tsx'
import {reportFailure, reportOutcome} from './reportOutcome.ts'
import {useClaimWorkflow} from './useClaimWorkflow.ts'
import {workflowActionState} from './workflowActionState.ts'

export const RejectClaimAction: DocumentActionComponent = (props) => {
  const workflow = useClaimWorkflow(props, 'reject')
  const toast = useToast()
  const [open, setOpen] = useState(false)
  const state = workflowActionState('reject', workflow.decision)
  if (props.version || state.hidden) return null
  return {
    label: state.label,
    title: state.title,
    icon: CloseCircleIcon,
    tone: 'critical',
    disabled: state.disabled,
    onHandle: () => setOpen(true),
    dialog: open && {
      type: 'dialog',
      header: 'رفض مع سبب',
      onClose: () => setOpen(false),
      content: (
        <CommentDialog
          prompt="ما الذي يجب أن يغيّره الكاتب؟ يُحفظ السبب في سجل المراجعة ويراه الكاتب."
          confirmText="رفض"
          required
          tone="critical"
          onCancel={() => setOpen(false)}
          onConfirm={(comment) => {
            setOpen(false)
            workflow.run({comment}).then(reportOutcome(toast, 'رُفض الادعاء وأُعيد إلى كاتبه.'), reportFailure(toast))
          }}
        />
      ),
    },
  }
}
RejectClaimAction.displayName = 'RejectClaimAction'
