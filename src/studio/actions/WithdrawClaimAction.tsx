// Claim action «سحب الاعتماد»: a medical reviewer or editor pulls an approval (e.g. new evidence
// contradicts it); the claim returns to draft and articles linking it stop publishing.
import {UndoIcon} from '@sanity/icons/Undo'
import {useToast} from '@sanity/ui/toast'
import {useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import {CommentDialog} from './CommentDialog.tsx'
import {reportFailure, reportOutcome} from './reportOutcome.ts'
import {useClaimWorkflow} from './useClaimWorkflow.ts'
import {workflowActionState} from './workflowActionState.ts'

export const WithdrawClaimAction: DocumentActionComponent = (props) => {
  const workflow = useClaimWorkflow(props, 'withdraw')
  const toast = useToast()
  const [open, setOpen] = useState(false)
  const state = workflowActionState('withdraw', workflow.decision)
  if (props.version || state.hidden) return null
  return {
    label: state.label,
    title: state.title,
    icon: UndoIcon,
    tone: 'caution',
    disabled: state.disabled,
    onHandle: () => setOpen(true),
    dialog: open && {
      type: 'dialog',
      header: 'سحب الاعتماد',
      onClose: () => setOpen(false),
      content: (
        <CommentDialog
          prompt="بعد السحب لن تُنشر المقالات المربوطة بهذا الادعاء حتى يُعتمد من جديد. اكتب السبب إن شئت؛ يُحفظ في سجل المراجعة."
          confirmText="سحب الاعتماد"
          required={false}
          tone="caution"
          onCancel={() => setOpen(false)}
          onConfirm={(comment) => {
            setOpen(false)
            workflow.run({comment}).then(reportOutcome(toast, 'سُحب الاعتماد وعاد الادعاء مسودة.'), reportFailure(toast))
          }}
        />
      ),
    },
  }
}
WithdrawClaimAction.displayName = 'WithdrawClaimAction'
