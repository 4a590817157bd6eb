// The Studio's document actions: the claim review workflow on claims, the gated Publish on articles.
import type {DocumentActionComponent, DocumentActionsContext} from 'sanity'
import {ApproveClaimAction} from './ApproveClaimAction.ts'
import {withArticleGate} from './ArticlePublishAction.ts'
import {withClaimEditTransition} from './ClaimPublishAction.ts'
import {RejectClaimAction} from './RejectClaimAction.tsx'
import {RenewClaimAction} from './RenewClaimAction.ts'
import {SubmitClaimAction} from './SubmitClaimAction.ts'
import {WithdrawClaimAction} from './WithdrawClaimAction.tsx'

export const CLAIM_WORKFLOW_ACTIONS: readonly DocumentActionComponent[] = [
  SubmitClaimAction,
  ApproveClaimAction,
  RejectClaimAction,
  RenewClaimAction,
  WithdrawClaimAction,
]

export const resolveDocumentActions = (previous: DocumentActionComponent[], context: Pick<DocumentActionsContext, 'schemaType'>): DocumentActionComponent[] => {
  if (context.schemaType === 'claim') {
    // Workflow actions first: whichever applies becomes the pane's main button.
    return [...CLAIM_WORKFLOW_ACTIONS, ...previous.map((action) => (action.action === 'publish' ? withClaimEditTransition(action) : action))]
  }
  if (context.schemaType === 'article') return previous.map((action) => (action.action === 'publish' ? withArticleGate(action) : action))
  return previous
}
