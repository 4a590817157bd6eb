// The Studio's document actions: the claim review workflow on claims, the gated Publish on articles.
import type {DocumentActionComponent, DocumentActionsContext} from 'sanity'
import type {PREFERRED_ACTIONS} from '../../workflow/claimWorkflow.ts'
import {ApproveClaimAction} from './ApproveClaimAction.ts'
import {withArticleGate} from './ArticlePublishAction.ts'
import {withClaimEditTransition} from './ClaimPublishAction.ts'
import {RejectClaimAction} from './RejectClaimAction.tsx'
import {LeadingRenewClaimAction, RenewClaimAction} from './RenewClaimAction.ts'
import {SubmitClaimAction} from './SubmitClaimAction.ts'
import {WithdrawClaimAction} from './WithdrawClaimAction.tsx'

/**
 * The place ahead of the workflow order of each action the workflow prefers in some state
 * (PREFERRED_ACTIONS); tsc asks for one when the data names a new action.
 */
const LEADING_ACTIONS: Record<(typeof PREFERRED_ACTIONS)[keyof typeof PREFERRED_ACTIONS], DocumentActionComponent> = {renew: LeadingRenewClaimAction}

// The preferred action of the claim's state first, while the user may take it; then the workflow's order.
export const CLAIM_WORKFLOW_ACTIONS: readonly DocumentActionComponent[] = [
  ...Object.values(LEADING_ACTIONS),
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
