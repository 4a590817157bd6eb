// A claim's pane as the workflow actions see it, for tests that stand in for Sanity's hooks: the
// props an action gets for a published claim, and how the pane's hook shows an action on it.
import {createElement} from 'react'
import {renderToStaticMarkup} from 'react-dom/server'
import type {DocumentActionProps} from 'sanity'
import {useClaimWorkflow} from '../../src/studio/actions/useClaimWorkflow.ts'
import {workflowActionState} from '../../src/studio/actions/workflowActionState.ts'
import type {ReviewAction} from '../../src/workflow/claimWorkflow.ts'
import type {WorkflowClaim} from '../../src/workflow/workflowClaim.ts'

export const claimPropsOf = (claim: WorkflowClaim) => ({id: claim._id, type: 'claim', draft: null, published: claim, liveEdit: false, onComplete: () => {}}) as unknown as DocumentActionProps

/** What the pane's hook decides for `action` on `claim`, as the action shows it. */
export const shownAs = (action: ReviewAction, claim: WorkflowClaim) => {
  let state: ReturnType<typeof workflowActionState> | undefined
  renderToStaticMarkup(createElement(() => ((state = workflowActionState(action, useClaimWorkflow(claimPropsOf(claim), action).decision)), null)))
  const {hidden, disabled, title} = state!
  return {hidden, disabled, title}
}
