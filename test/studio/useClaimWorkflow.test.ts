// The claim actions' adapter reads the form's validation as the Publish button does: while it is
// still running (a pane just opened, the claim validation's fetch in flight) its errors are not known,
// so approving, renewing and submitting wait, and a confirmation given meanwhile writes nothing.
// Only Sanity's hooks (validation status, document operations, client) and the actor are stood in for.
import {createElement} from 'react'
import {renderToStaticMarkup} from 'react-dom/server'
import type {DocumentActionProps} from 'sanity'
import {describe, expect, test, vi} from 'vitest'
import {useClaimWorkflow, type ClaimWorkflow} from '../../src/studio/actions/useClaimWorkflow.ts'
import {claimPolicyFor} from '../../src/workflow/reviewDue.ts'
import {ACTORS, CLAIMS} from '../workflow/workflowFixtures.ts'

const pane = vi.hoisted(() => ({status: {isValidating: false, validation: [] as {level: string}[]}, executed: [] as string[], patches: [] as unknown[]}))

vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useValidationStatus: () => pane.status,
  useDocumentOperation: () => ({
    patch: {execute: (patches: unknown[]) => (pane.executed.push('patch'), pane.patches.push(...patches))},
    publish: {execute: () => pane.executed.push('publish')},
  }),
  useClient: () => ({fetch: async () => []}),
}))
vi.mock('../../src/studio/actions/useWorkflowActor.ts', () => ({useWorkflowActor: () => ACTORS.reviewer}))
vi.mock('../../src/studio/actions/useClaimPolicy.ts', () => ({useClaimPolicy: () => claimPolicyFor([]), fetchClaimJurisdictions: async () => []}))

/** The workflow of `action` on `claim` as the pane's hook gives it, with the form's validation in `status`. */
const workflowOf = (action: 'approve' | 'renew' | 'reject' | 'submit', claim: object, status: typeof pane.status, draft: object | null = null): ClaimWorkflow => {
  pane.status = status
  pane.executed = []
  pane.patches = []
  const props = {id: CLAIMS.draft._id, type: 'claim', draft, published: claim, liveEdit: false, onComplete: () => {}} as unknown as DocumentActionProps
  let workflow: ClaimWorkflow | undefined
  renderToStaticMarkup(createElement(() => ((workflow = useClaimWorkflow(props, action)), null)))
  return workflow!
}

const VALIDATING = {isValidating: true, validation: []}
const VALID = {isValidating: false, validation: []}

describe('a claim action while the form is still being checked', () => {
  test.each([
    {name: 'approve, still checking: waits', action: 'approve' as const, claim: CLAIMS.inReview, status: VALIDATING, expected: 'validating'},
    {name: 'renew, still checking: waits', action: 'renew' as const, claim: CLAIMS.expired, status: VALIDATING, expected: 'validating'},
    {name: 'reject, still checking: a rejection needs no valid document', action: 'reject' as const, claim: CLAIMS.inReview, status: VALIDATING, expected: 'allowed'},
    {name: 'approve, checked without errors', action: 'approve' as const, claim: CLAIMS.inReview, status: VALID, expected: 'allowed'},
    {name: 'approve, checked with an error', action: 'approve' as const, claim: CLAIMS.inReview, status: {isValidating: false, validation: [{level: 'error'}]}, expected: 'validation'},
  ])('$name', ({action, claim, status, expected}) => {
    const {decision} = workflowOf(action, claim, status)
    expect(decision && (decision.allowed ? 'allowed' : decision.reason)).toBe(expected)
  })

  test('an approval confirmed while the checks run writes nothing and says why', async () => {
    const result = await workflowOf('approve', CLAIMS.inReview, VALIDATING).run()
    expect(result).toEqual({ok: false, reason: 'validating', message: 'جارٍ فحص الادعاء؛ يُتاح هذا الإجراء حين تنتهي الفحوص دون أخطاء.'})
    expect(pane.executed).toEqual([])
    expect(await workflowOf('approve', CLAIMS.inReview, VALID).run().then((done) => done.ok)).toBe(true)
    expect(pane.executed).toEqual(['patch', 'publish'])
  })
})

// The review is read-only in the form: a draft holding another is a History restore of an old
// revision, a Duplicate or a write through the API, and brought back a withdrawn approval.
describe('a draft holding another review than the published claim', () => {
  const restored = {...CLAIMS.draft, review: CLAIMS.approved.review}

  test('the actions read the published review: an approval restored from History is no approval', () => {
    expect(workflowOf('approve', CLAIMS.draft, VALID, restored).decision).toMatchObject({allowed: false})
    expect(workflowOf('submit', CLAIMS.draft, VALID, restored).decision).toMatchObject({allowed: true})
  })

  test('a transition puts the published review back before its own patches; a plain Publish is given the same', async () => {
    const workflow = workflowOf('submit', CLAIMS.draft, VALID, restored)
    expect((await workflow.run()).ok).toBe(true)
    expect(pane.patches[0]).toEqual({set: {review: CLAIMS.draft.review}})
    pane.patches = []
    workflow.restoreReview!()
    expect(pane.patches).toEqual([{set: {review: CLAIMS.draft.review}}])
  })

  test('a copy never published (Duplicate) has no review: it is unset, and nothing is restored when the draft agrees', () => {
    const copy = workflowOf('submit', null as unknown as object, VALID, restored)
    copy.restoreReview!()
    expect(pane.patches).toEqual([{unset: ['review']}])
    expect(workflowOf('submit', CLAIMS.draft, VALID, CLAIMS.draft).restoreReview).toBeUndefined()
  })
})
