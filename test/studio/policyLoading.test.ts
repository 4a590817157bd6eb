// @vitest-environment jsdom
// A claim's pane while the claim review period of its articles' countries is still being fetched:
// approve and renew wait, disabled with «جارٍ …», and a confirmation given meanwhile writes nothing;
// once the period is known they are offered as usual. Actions no period bears on are not held up.
// The state badge does not vouch for an approval meanwhile («معتمد؟», neutral, saying it is being
// fetched). Only Sanity's hooks and the actor are stood in for; the policy lookup is the real one.
import {act, createElement} from 'react'
import {createRoot} from 'react-dom/client'
import {describe, expect, test, vi} from 'vitest'
import {useClaimWorkflow, type ClaimWorkflow} from '../../src/studio/actions/useClaimWorkflow.ts'
import {leadsPane, workflowActionState} from '../../src/studio/actions/workflowActionState.ts'
import {claimStateBadge} from '../../src/studio/badges/claimBadges.ts'
import {ClaimStateBadge} from '../../src/studio/badges/ClaimStateBadge.ts'
import {withoutIsolates} from '../../src/studio/messages/bidiIsolates.ts'
import {claimPolicyFor} from '../../src/workflow/reviewDue.ts'
import type {ReviewAction} from '../../src/workflow/claimWorkflow.ts'
import type {WorkflowClaim} from '../../src/workflow/workflowClaim.ts'
import {claimPropsOf} from '../support/claimPane.ts'
import {ACTORS, CLAIMS, NOW, TODAY} from '../workflow/workflowFixtures.ts'

const lake = vi.hoisted(() => {
  const lake = {answer: (_countries: string[]) => {}, executed: [] as unknown[], client: {}}
  // The countries arrive when the test says so.
  lake.client = {fetch: () => new Promise<string[]>((resolve) => (lake.answer = resolve))}
  return lake
})

vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useValidationStatus: () => ({isValidating: false, validation: []}),
  useDocumentOperation: () => ({patch: {execute: (patches: unknown) => lake.executed.push(patches)}, publish: {execute: () => lake.executed.push('publish')}}),
  useClient: () => lake.client,
}))
vi.mock('../../src/studio/actions/useWorkflowActor.ts', () => ({useWorkflowActor: () => ACTORS.reviewer}))

const LOADING = 'جارٍ جلب مدة مراجعة الادعاء في بلدان عيادات مقالاته؛ يُتاح هذا الإجراء حين تُعرف.'

/** `action` on `claim` in a pane, as shown before and after the claim's countries arrive. */
const shownWhileLoadingThenLoaded = async (action: ReviewAction, claim: WorkflowClaim) => {
  ;(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true
  vi.useFakeTimers({now: NOW, toFake: ['Date']})
  let workflow: ClaimWorkflow | undefined
  const root = createRoot(document.createElement('div'))
  act(() => root.render(createElement(() => ((workflow = useClaimWorkflow(claimPropsOf(claim), action)), null))))
  const shown = () => {
    const {disabled, title} = workflowActionState(action, workflow!.decision)
    return {disabled, title, leads: leadsPane(action, workflow!.decision)}
  }
  const loading = shown()
  await act(async () => lake.answer(['EG']))
  const loaded = shown()
  act(() => root.unmount())
  vi.useRealTimers()
  return {loading, loaded}
}

describe('a workflow action while the claim\'s review period is being fetched', () => {
  test.each([
    {
      name: 'approve, a claim in review: waits, then is offered',
      action: 'approve' as const,
      claim: CLAIMS.inReview,
      loading: {disabled: true, title: LOADING, leads: false},
      loaded: {disabled: false, title: 'يعتمد النص والدليل كما هما الآن، باسمك، حتى موعد إعادة المراجعة.', leads: false},
    },
    {
      name: 'renew, a lapsed claim: waits, then is offered, leading the pane throughout',
      action: 'renew' as const,
      claim: CLAIMS.expired,
      loading: {disabled: true, title: LOADING, leads: true},
      loaded: {disabled: false, title: 'يجدّد اعتماد النص والدليل كما هما الآن، باسمك، حتى موعد إعادة مراجعة جديد، دون أن تتوقف المقالات المربوطة به.', leads: true},
    },
    {
      name: 'renew, an approved claim: waits, then is offered',
      action: 'renew' as const,
      claim: CLAIMS.approved,
      loading: {disabled: true, title: LOADING, leads: false},
      loaded: {disabled: false, title: 'يجدّد اعتماد النص والدليل كما هما الآن، باسمك، حتى موعد إعادة مراجعة جديد، دون أن تتوقف المقالات المربوطة به.', leads: false},
    },
    {
      name: 'reject: no period bears on it, offered at once',
      action: 'reject' as const,
      claim: CLAIMS.inReview,
      loading: {disabled: false, title: 'يعيد الادعاء إلى كاتبه مع سبب الرفض.', leads: false},
      loaded: {disabled: false, title: 'يعيد الادعاء إلى كاتبه مع سبب الرفض.', leads: false},
    },
  ])('$name', async ({action, claim, loading, loaded}) => {
    expect(await shownWhileLoadingThenLoaded(action, claim)).toEqual({loading, loaded})
  })

  test('an approval confirmed while the period is being fetched writes nothing and says why', async () => {
    lake.executed = []
    let run: ClaimWorkflow['run'] | undefined
    const root = createRoot(document.createElement('div'))
    act(() => root.render(createElement(() => ((run = useClaimWorkflow(claimPropsOf(CLAIMS.inReview), 'approve').run), null))))
    expect(await run!({reviewPeriod: {months: 12, jurisdiction: 'EG'}, confirmedReviewDue: '2027-11-21'})).toEqual({ok: false, reason: 'policyLoading', message: LOADING})
    expect(lake.executed).toEqual([])
    act(() => root.unmount())
  })
})

describe('the claim\'s state badge while its review period is being fetched', () => {
  test.each([
    {
      name: 'approved by its recorded date: not vouched for, neutral',
      claim: CLAIMS.approved,
      expected: {label: 'معتمد؟', title: 'معتمد حتى ٣٠ يونيو ٢٠٢٧ بتاريخه المسجَّل؛ جارٍ جلب مدة مراجعة الادعاء في بلدان عيادات مقالاته، وقد تنهي اعتماده قبل ذلك.'},
    },
    {name: 'lapsed: lapsed whatever the period', claim: CLAIMS.expired, expected: {label: 'منتهي الصلاحية', title: 'انتهت صلاحية الاعتماد في ٣٠ يونيو ٢٠٢٦', color: 'warning'}},
    {name: 'in review: as before', claim: CLAIMS.inReview, expected: {label: 'قيد المراجعة', title: 'حالة المراجعة: قيد المراجعة', color: 'primary'}},
  ])('$name', ({claim, expected}) => {
    expect(claimStateBadge(claim, TODAY, {...claimPolicyFor([]), loading: true})).toEqual(expected)
  })

  test('the pane\'s badge of an approved claim: hedged until the countries arrive, then vouched for', async () => {
    ;(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true
    vi.useFakeTimers({now: NOW, toFake: ['Date']})
    let badge: ReturnType<typeof ClaimStateBadge> = null
    const root = createRoot(document.createElement('div'))
    act(() => root.render(createElement(() => ((badge = ClaimStateBadge(claimPropsOf(CLAIMS.approved))), null))))
    const shown = () => ({label: badge!.label, color: badge!.color})
    const loading = shown()
    await act(async () => lake.answer(['EG']))
    const loaded = {...shown(), title: withoutIsolates(badge!.title!)}
    act(() => root.unmount())
    vi.useRealTimers()
    expect({loading, loaded}).toEqual({loading: {label: 'معتمد؟', color: undefined}, loaded: {label: 'معتمد', color: 'success', title: 'معتمد حتى ٣٠ يونيو ٢٠٢٧'}})
  })
})
