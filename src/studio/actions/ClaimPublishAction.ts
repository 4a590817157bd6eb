// The claim's Publish action, wrapped: publishing a statement or evidence other than the words the
// workflow last recorded applies the workflow's `edit` transition first, in any state, so the edit and
// who made it are in the audit trail (four eyes: they may not approve those words) and an approval,
// pending review or rejection of other words does not silently outlive them.
import {useToast} from '@sanity/ui/toast'
import {useState} from 'react'
import type {DocumentActionComponent} from 'sanity'
import type {ClaimState} from '../../workflow/claimWorkflow.ts'
import {arabicMessage} from '../messages/ArabicMessage.tsx'
import {approvalLossDialog, losesApproval} from './approvalLossConfirmation.ts'
import {reportFailure, reportOutcome} from './reportOutcome.ts'
import {useClaimArticleTitles} from './useClaimArticleTitles.ts'
import {useClaimWorkflow} from './useClaimWorkflow.ts'

const RECORDED = 'ويُسجَّل في سجل المراجعة أنك آخر من عدّل نصه أو دليله، فلن يمكنك اعتماده.'

/** The Publish tooltip when publishing records an edit, by the state the claim was in. */
export const EDIT_PUBLISH_TITLE: Readonly<Record<ClaimState, string>> = {
  draft: `تغيّر نص الادعاء أو دليله: النشر يُبقي حالة مراجعته «مسودة» ${RECORDED}`,
  inReview: `تغيّر نص الادعاء أو دليله بعد إرساله للمراجعة: النشر يعيد حالة مراجعته إلى «مسودة»، ${RECORDED} أرسله للمراجعة من جديد.`,
  approved: `تغيّر نص الادعاء أو دليله بعد اعتماده: النشر يعيد حالة مراجعته إلى «مسودة»، ولن تُنشر المقالات المربوطة به حتى يُعتمد من جديد، ${RECORDED}`,
  rejected: `تغيّر نص الادعاء أو دليله بعد رفضه: النشر يعيد حالة مراجعته إلى «مسودة» ${RECORDED} أرسله للمراجعة من جديد.`,
  expired: `تغيّر نص الادعاء أو دليله بعد اعتماده: النشر يعيد حالة مراجعته إلى «مسودة»، ولن تُنشر المقالات المربوطة به حتى يُعتمد من جديد، ${RECORDED}`,
}

const wrapped = new WeakMap<DocumentActionComponent, DocumentActionComponent>()

export const withClaimEditTransition = (PublishAction: DocumentActionComponent): DocumentActionComponent => {
  const existing = wrapped.get(PublishAction)
  if (existing) return existing
  const ClaimPublishAction: DocumentActionComponent = (props) => {
    const description = PublishAction(props)
    const workflow = useClaimWorkflow(props, 'edit')
    const toast = useToast()
    const [confirming, setConfirming] = useState(false)
    const linked = useClaimArticleTitles(props.id, confirming)
    if (!description || description.disabled || props.version) return description
    const {decision} = workflow
    if (decision === undefined) return {...description, disabled: true, title: arabicMessage('جارٍ التعرّف على دورك في سير المراجعة…')}
    if (decision === null || !decision.allowed) {
      // The words are the recorded ones, but the draft may hold another review than the published one
      // (a History restore, a Duplicate): it is published with the published review put back.
      const {restoreReview} = workflow
      if (!restoreReview) return description
      return {
        ...description,
        onHandle: () => {
          restoreReview()
          description.onHandle?.()
        },
      }
    }
    const publish = () => {
      const done = decision.from === 'draft' ? 'نُشر التعديل وسُجّل باسمك.' : 'نُشر التعديل وعاد الادعاء مسودة؛ أرسله للمراجعة.'
      workflow.run().then(reportOutcome(toast, done), reportFailure(toast, 'edit'))
    }
    return {
      ...description,
      title: arabicMessage(EDIT_PUBLISH_TITLE[decision.from]),
      onHandle: () => (losesApproval(decision) ? setConfirming(true) : publish()),
      dialog: approvalLossDialog(confirming, setConfirming, 'نشر التعديل', publish, linked),
    }
  }
  ClaimPublishAction.action = 'publish'
  ClaimPublishAction.displayName = 'ClaimPublishAction'
  wrapped.set(PublishAction, ClaimPublishAction)
  return ClaimPublishAction
}
