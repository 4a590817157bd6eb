// A claim action while the user's person documents could not be fetched (session ended, offline): who
// they are to the workflow is unknown, so an action that applies is disabled with what failed and what
// to do, not with a false reason about their roles or person document; one that does not apply stays
// hidden; and Publish on changed words still records the edit, under the user's Sanity id, as anyone's.
// Only Sanity's hooks and the actor lookup are stood in for.
import {ClientError} from '@sanity/client'
import {createElement, type ReactElement} from 'react'
import {renderToStaticMarkup} from 'react-dom/server'
import type {DocumentActionComponent, DocumentActionDescription} from 'sanity'
import {describe, expect, test, vi} from 'vitest'
import {EDIT_PUBLISH_TITLE, withClaimEditTransition} from '../../src/studio/actions/ClaimPublishAction.ts'
import {useClaimWorkflow} from '../../src/studio/actions/useClaimWorkflow.ts'
import type {ArabicMessageProps} from '../../src/studio/messages/ArabicMessage.tsx'
import {claimPolicyFor} from '../../src/workflow/reviewDue.ts'
import {claimPropsOf, shownAs} from '../support/claimPane.ts'
import {CLAIMS, EDITED_IN_REVIEW} from '../workflow/workflowFixtures.ts'

const lookup = vi.hoisted(() => ({failed: new Error('unset') as unknown, executed: [] as unknown[]}))

vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useValidationStatus: () => ({isValidating: false, validation: []}),
  useDocumentOperation: () => ({patch: {execute: (patches: unknown) => lookup.executed.push(patches)}, publish: {execute: () => lookup.executed.push('publish')}}),
  useClient: () => ({fetch: async () => []}),
}))
// Dr Hala, a medical reviewer by her person document only: Sanity alone knows her as a plain user.
vi.mock('../../src/studio/actions/useWorkflowActor.ts', () => ({useWorkflowActor: () => ({failed: lookup.failed, user: {userId: 'pHala', name: 'Hala', roles: []}})}))
vi.mock('../../src/studio/actions/useClaimPolicy.ts', () => ({useClaimPolicy: () => claimPolicyFor([]), fetchClaimJurisdictions: async () => []}))
vi.mock('../../src/studio/actions/useClaimArticleTitles.ts', () => ({useClaimArticleTitles: () => ({status: 'loading'})}))
vi.mock('@sanity/ui/toast', () => ({useToast: () => ({push: () => {}})}))

lookup.failed = new ClientError({statusCode: 401, body: {error: 'Unauthorized', message: 'Session not found', statusCode: 401}, headers: {}, url: 'https://sanad000.api.sanity.io/v2025-02-19/data/query/production', method: 'GET'})

const UNKNOWN = 'تعذّر التعرّف على دورك في سير المراجعة، فلا يُتاح هذا الإجراء الآن؛ تُعاد المحاولة تلقائيًا خلال دقيقة على الأكثر. انتهت جلسة دخولك: سجّل الدخول من جديد ثم أعد المحاولة. (التفاصيل التقنية: Unauthorized - Session not found)'

describe('a workflow action while who the user is could not be looked up', () => {
  test.each([
    {name: 'approve, a claim in review: disabled, saying what failed', action: 'approve' as const, claim: CLAIMS.inReview, expected: {hidden: false, disabled: true, title: UNKNOWN}},
    {name: 'reject, a claim in review', action: 'reject' as const, claim: CLAIMS.inReview, expected: {hidden: false, disabled: true, title: UNKNOWN}},
    {name: 'renew, a lapsed claim', action: 'renew' as const, claim: CLAIMS.expired, expected: {hidden: false, disabled: true, title: UNKNOWN}},
    {name: 'withdraw, an approved claim', action: 'withdraw' as const, claim: CLAIMS.approved, expected: {hidden: false, disabled: true, title: UNKNOWN}},
    {name: 'submit, a draft', action: 'submit' as const, claim: CLAIMS.draft, expected: {hidden: false, disabled: true, title: UNKNOWN}},
    {name: 'approve, a draft: does not apply, hidden as for anyone', action: 'approve' as const, claim: CLAIMS.draft, expected: {hidden: true, disabled: true, title: expect.stringContaining('لا يمكن')}},
  ])('$name', ({action, claim, expected}) => {
    expect(shownAs(action, claim)).toEqual(expected)
  })

  test('running it anyway writes nothing and says why', async () => {
    let run: (() => Promise<unknown>) | undefined
    renderToStaticMarkup(createElement(() => ((run = useClaimWorkflow(claimPropsOf(CLAIMS.inReview), 'approve').run), null)))
    expect(await run!()).toEqual({ok: false, reason: 'actorUnknown', message: UNKNOWN})
  })
})

describe('the claim\'s Publish while who the user is could not be looked up', () => {
  const SanityPublish: DocumentActionComponent = () => ({label: 'نشر', onHandle: () => {}})
  SanityPublish.action = 'publish'
  const ClaimPublish = withClaimEditTransition(SanityPublish)

  test('changed words: publishing records the edit under the user\'s Sanity id, as before', async () => {
    lookup.executed = []
    let shown: DocumentActionDescription | null = null
    renderToStaticMarkup(createElement(() => ((shown = ClaimPublish(claimPropsOf(EDITED_IN_REVIEW))), null)))
    const {disabled, title} = shown! as DocumentActionDescription
    expect({disabled: disabled ?? false, title: (title as ReactElement<ArabicMessageProps>).props.lines}).toEqual({disabled: false, title: [EDIT_PUBLISH_TITLE.inReview]})
    ;(shown! as DocumentActionDescription).onHandle!()
    await vi.waitFor(() => expect(lookup.executed).toHaveLength(2))
    const audit = (lookup.executed[0] as {insert?: {items: {action: string; userId: string}[]}}[]).flatMap((patch) => patch.insert?.items ?? [])
    expect(audit.map(({action, userId}) => ({action, userId}))).toEqual([{action: 'edit', userId: 'pHala'}])
  })
})
