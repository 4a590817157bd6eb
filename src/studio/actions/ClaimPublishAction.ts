// The claim's Publish action, wrapped: publishing a changed statement or evidence of a claim that is
// approved (or in review) applies the workflow's `edit` transition first, so the claim goes back to
// draft and the edit is in its audit trail, instead of silently outliving its approval.
import {useToast} from '@sanity/ui/toast'
import type {DocumentActionComponent} from 'sanity'
import {reportFailure, reportOutcome} from './reportOutcome.ts'
import {useClaimWorkflow} from './useClaimWorkflow.ts'

const wrapped = new WeakMap<DocumentActionComponent, DocumentActionComponent>()

export const withClaimEditTransition = (PublishAction: DocumentActionComponent): DocumentActionComponent => {
  const existing = wrapped.get(PublishAction)
  if (existing) return existing
  const ClaimPublishAction: DocumentActionComponent = (props) => {
    const description = PublishAction(props)
    const workflow = useClaimWorkflow(props, 'edit')
    const toast = useToast()
    if (!description || description.disabled || props.version) return description
    const {decision} = workflow
    if (decision === undefined) return {...description, disabled: true, title: 'جارٍ التعرّف على دورك في سير المراجعة…'}
    if (decision === null || !decision.allowed) return description
    return {
      ...description,
      title: 'تغيّر نص الادعاء أو دليله بعد اعتماده أو إرساله للمراجعة: النشر يعيده مسودة، ولن تُنشر المقالات المربوطة به حتى يُعتمد من جديد.',
      onHandle: () => {
        workflow.run().then(reportOutcome(toast, 'نُشر التعديل وعاد الادعاء مسودة؛ أرسله للمراجعة.'), reportFailure(toast))
      },
    }
  }
  ClaimPublishAction.action = 'publish'
  ClaimPublishAction.displayName = 'ClaimPublishAction'
  wrapped.set(PublishAction, ClaimPublishAction)
  return ClaimPublishAction
}
