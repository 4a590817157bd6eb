// A claim whose articles' countries could not be fetched (session ended, offline): the claim review
// period that bounds its approval is unknown, so approve and renew are disabled with what failed and
// what to do, and the state badge does not vouch for an approval by its recorded date alone; actions
// that no period bears on are decided as before. Only Sanity's hooks, the actor and the policy
// lookup are stood in for.
import {ClientError} from '@sanity/client'
import {createElement} from 'react'
import {renderToStaticMarkup} from 'react-dom/server'
import {describe, expect, test, vi} from 'vitest'
import {useClaimWorkflow} from '../../src/studio/actions/useClaimWorkflow.ts'
import {claimStateBadge} from '../../src/studio/badges/claimBadges.ts'
import {ClaimStateBadge} from '../../src/studio/badges/ClaimStateBadge.ts'
import {withoutIsolates} from '../../src/studio/messages/bidiIsolates.ts'
import {claimPropsOf, shownAs} from '../support/claimPane.ts'
import {claimPolicyFor} from '../../src/workflow/reviewDue.ts'
import {ACTORS, CLAIMS, NOW, TODAY} from '../workflow/workflowFixtures.ts'

const lake = vi.hoisted(() => ({executed: [] as unknown[], failed: undefined as unknown}))

vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useValidationStatus: () => ({isValidating: false, validation: []}),
  useDocumentOperation: () => ({patch: {execute: (patches: unknown) => lake.executed.push(patches)}, publish: {execute: () => lake.executed.push('publish')}}),
  useClient: () => ({fetch: async () => Promise.reject(lake.failed)}),
}))
vi.mock('../../src/studio/actions/useWorkflowActor.ts', () => ({useWorkflowActor: () => ACTORS.reviewer}))
vi.mock('../../src/studio/actions/useClaimPolicy.ts', async () => {
  const {claimPolicyFor} = await import('../../src/workflow/reviewDue.ts')
  return {useClaimPolicy: () => ({...claimPolicyFor([]), failed: lake.failed}), fetchClaimJurisdictions: async () => Promise.reject(lake.failed)}
})

lake.failed = new ClientError({statusCode: 401, body: {error: 'Unauthorized', message: 'Session not found', statusCode: 401}, headers: {}, url: 'https://sanad000.api.sanity.io/v2025-02-19/data/query/production', method: 'GET'})

const SESSION = 'انتهت جلسة دخولك: سجّل الدخول من جديد ثم أعد المحاولة. (التفاصيل التقنية: Unauthorized - Session not found)'
const UNKNOWN = `تعذّر معرفة مدة مراجعة الادعاء في بلدان عيادات مقالاته، فلا يُتاح هذا الإجراء حتى تُعرف؛ يُعاد طلبها تلقائيًا خلال دقيقة على الأكثر. ${SESSION}`

describe('a workflow action while the claim\'s review period could not be fetched', () => {
  test.each([
    {name: 'approve, a claim in review: disabled, saying what failed', action: 'approve' as const, claim: CLAIMS.inReview, expected: {hidden: false, disabled: true, title: UNKNOWN}},
    {name: 'renew, an approved claim', action: 'renew' as const, claim: CLAIMS.approved, expected: {hidden: false, disabled: true, title: UNKNOWN}},
    {name: 'renew, a lapsed claim', action: 'renew' as const, claim: CLAIMS.expired, expected: {hidden: false, disabled: true, title: UNKNOWN}},
    {name: 'reject: no period bears on it', action: 'reject' as const, claim: CLAIMS.inReview, expected: {hidden: false, disabled: false, title: 'يعيد الادعاء إلى كاتبه مع سبب الرفض.'}},
    {name: 'withdraw: no period bears on it', action: 'withdraw' as const, claim: CLAIMS.approved, expected: {hidden: false, disabled: false, title: 'يسحب الاعتماد فورًا؛ لن تُنشر المقالات المربوطة بالادعاء حتى يُعتمد من جديد.'}},
    {name: 'approve, a draft: does not apply, hidden as before', action: 'approve' as const, claim: CLAIMS.draft, expected: {hidden: true, disabled: true, title: expect.stringContaining('لا يمكن')}},
  ])('$name', ({action, claim, expected}) => {
    expect(shownAs(action, claim)).toEqual(expected)
  })

  test('approving anyway writes nothing and says why', async () => {
    lake.executed = []
    let run: ReturnType<typeof useClaimWorkflow>['run'] | undefined
    renderToStaticMarkup(createElement(() => ((run = useClaimWorkflow(claimPropsOf(CLAIMS.inReview), 'approve').run), null)))
    expect(await run!({reviewPeriod: {months: 12, jurisdiction: 'EG'}, confirmedReviewDue: '2027-11-21'})).toEqual({ok: false, reason: 'policyUnknown', message: UNKNOWN})
    expect(lake.executed).toEqual([])
  })
})

describe('the claim\'s state badge while its review period could not be fetched', () => {
  test.each([
    {
      name: 'approved by its recorded date: not vouched for',
      claim: CLAIMS.approved,
      expected: {label: 'معتمد؟', title: `معتمد حتى ٣٠ يونيو ٢٠٢٧ بتاريخه المسجَّل، لكن تعذّر معرفة مدة مراجعة الادعاء في بلدان عيادات مقالاته، وقد تنهي اعتماده قبل ذلك. ${SESSION}`, color: 'warning'},
    },
    {name: 'lapsed: lapsed whatever the period', claim: CLAIMS.expired, expected: {label: 'منتهي الصلاحية', title: 'انتهت صلاحية الاعتماد في ٣٠ يونيو ٢٠٢٦', color: 'warning'}},
    {name: 'in review: as before', claim: CLAIMS.inReview, expected: {label: 'قيد المراجعة', title: 'حالة المراجعة: قيد المراجعة', color: 'primary'}},
  ])('$name', ({claim, expected}) => {
    expect(claimStateBadge(claim, TODAY, {...claimPolicyFor([]), failed: lake.failed})).toEqual(expected)
  })
})

test('the pane\'s state badge passes the failure on', () => {
  vi.useFakeTimers({now: NOW, toFake: ['Date']})
  let badge: ReturnType<typeof ClaimStateBadge> = null
  renderToStaticMarkup(createElement(() => ((badge = ClaimStateBadge(claimPropsOf(CLAIMS.approved))), null)))
  vi.useRealTimers()
  const {label, title, color} = badge!
  expect({label, title: withoutIsolates(title!), color}).toEqual(claimStateBadge(CLAIMS.approved, TODAY, {...claimPolicyFor([]), failed: lake.failed}))
})
