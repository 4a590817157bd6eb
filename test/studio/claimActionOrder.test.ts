// The claim workflow actions a pane shows, in Sanity's order: the first shown is the pane's main
// button. Runs the real CLAIM_WORKFLOW_ACTIONS over the workflow's real decisions; only the Studio
// adapters (who is signed in, the document store, toasts) are stood in for.
import {createElement} from 'react'
import {renderToStaticMarkup} from 'react-dom/server'
import type {DocumentActionDescription, DocumentActionProps} from 'sanity'
import {describe, expect, test, vi} from 'vitest'
import {CLAIM_WORKFLOW_ACTIONS} from '../../src/studio/actions/index.ts'
import type {WorkflowActor} from '../../src/workflow/recogniseActor.ts'
import type {WorkflowClaim} from '../../src/workflow/workflowClaim.ts'
import {ACTORS, CLAIMS, event, withAudit} from '../workflow/workflowFixtures.ts'

const pane = vi.hoisted(() => ({claim: undefined as unknown, actor: undefined as unknown, validating: false}))

vi.mock('../../src/studio/actions/useClaimWorkflow.ts', async () => {
  const {decideTransition} = await import('../../src/workflow/decideTransition.ts')
  const {TODAY} = await import('../workflow/workflowFixtures.ts')
  return {
    useClaimWorkflow: (_props: unknown, action: Parameters<typeof decideTransition>[0]['action']) => ({
      decision: pane.actor === undefined ? undefined : decideTransition({action, claim: pane.claim as WorkflowClaim, actor: pane.actor as WorkflowActor, today: TODAY, validating: pane.validating}),
      reviewPeriod: async () => ({months: 12, jurisdiction: 'EG'}),
      run: async () => ({ok: false, reason: 'role', message: ''}),
    }),
  }
})
vi.mock('../../src/studio/actions/useClaimArticleTitles.ts', () => ({useClaimArticleTitles: () => ({status: 'loading'})}))
vi.mock('@sanity/ui/toast', () => ({useToast: () => ({push: () => undefined})}))

/** The workflow actions shown for `actor` on `claim`, in order, each as its label (× when disabled). */
const shownActions = (claim: WorkflowClaim, actor: WorkflowActor | undefined, validating = false): string[] => {
  pane.claim = claim
  pane.actor = actor
  pane.validating = validating
  const props = {id: claim._id, type: 'claim', draft: null, published: claim, liveEdit: false, onComplete: () => {}} as unknown as DocumentActionProps
  let shown: DocumentActionDescription[] = []
  const Pane = () => {
    shown = CLAIM_WORKFLOW_ACTIONS.map((Action) => Action(props)).filter((description): description is DocumentActionDescription => Boolean(description))
    return null
  }
  renderToStaticMarkup(createElement(Pane))
  return shown.map((description) => `${description.label}${description.disabled ? ' ×' : ''}`)
}

describe('the claim pane\'s main button follows the claim\'s state and the user', () => {
  // The expired claim with a medical reviewer as its writer: four eyes keeps her from renewing it.
  const expiredOwnClaim = withAudit(CLAIMS.expired, [event('submit', 'draft', 'inReview', 'reviewer'), event('approve', 'inReview', 'approved', 'writingReviewer')])

  test.each([
    {name: 'lapsed, a medical reviewer who may renew: renew leads', claim: CLAIMS.expired, actor: ACTORS.reviewer, shown: ['تجديد الاعتماد', 'إرسال للمراجعة', 'سحب الاعتماد']},
    {name: 'lapsed, a reviewer who also writes: renew leads', claim: CLAIMS.expired, actor: ACTORS.writingReviewer, shown: ['تجديد الاعتماد', 'إرسال للمراجعة', 'سحب الاعتماد']},
    {name: 'lapsed, the writer: submit leads, renew disabled in the menu', claim: CLAIMS.expired, actor: ACTORS.writer, shown: ['إرسال للمراجعة', 'تجديد الاعتماد ×', 'سحب الاعتماد ×']},
    {name: 'lapsed, an editor: submit leads', claim: CLAIMS.expired, actor: ACTORS.editor, shown: ['إرسال للمراجعة', 'تجديد الاعتماد ×', 'سحب الاعتماد']},
    {name: 'lapsed, a reviewer who wrote it (four eyes): submit leads', claim: expiredOwnClaim, actor: ACTORS.reviewer, shown: ['إرسال للمراجعة', 'تجديد الاعتماد ×', 'سحب الاعتماد']},
    {name: 'lapsed, a reviewer without a person document: submit leads', claim: CLAIMS.expired, actor: ACTORS.reviewerWithoutPerson, shown: ['إرسال للمراجعة', 'تجديد الاعتماد ×', 'سحب الاعتماد']},
    {name: 'lapsed, roles still loading: the workflow order', claim: CLAIMS.expired, actor: undefined, shown: ['إرسال للمراجعة ×', 'اعتماد ×', 'رفض مع سبب ×', 'تجديد الاعتماد ×', 'سحب الاعتماد ×']},
    {name: 'approved, a medical reviewer: renew leads', claim: CLAIMS.approved, actor: ACTORS.reviewer, shown: ['تجديد الاعتماد', 'سحب الاعتماد']},
    {name: 'approved, the writer: renew, disabled with the reason', claim: CLAIMS.approved, actor: ACTORS.writer, shown: ['تجديد الاعتماد ×', 'سحب الاعتماد ×']},
    {name: 'draft, the writer: submit', claim: CLAIMS.draft, actor: ACTORS.writer, shown: ['إرسال للمراجعة']},
    {name: 'in review, a medical reviewer: approve', claim: CLAIMS.inReview, actor: ACTORS.reviewer, shown: ['اعتماد', 'رفض مع سبب']},
    {name: 'rejected, a medical reviewer: submit', claim: CLAIMS.rejected, actor: ACTORS.reviewer, shown: ['إرسال للمراجعة']},
    {name: 'lapsed, a medical reviewer, the form still being checked: renew still leads, disabled until it is done', claim: CLAIMS.expired, actor: ACTORS.reviewer, validating: true, shown: ['تجديد الاعتماد ×', 'إرسال للمراجعة ×', 'سحب الاعتماد']},
    {name: 'in review, a medical reviewer, the form still being checked: approve waits, reject does not', claim: CLAIMS.inReview, actor: ACTORS.reviewer, validating: true, shown: ['اعتماد ×', 'رفض مع سبب']},
  ])('$name', ({claim, actor, validating, shown}) => {
    expect(shownActions(claim, actor, validating)).toEqual(shown)
  })
})
