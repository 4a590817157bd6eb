// @vitest-environment jsdom
// The «اعتماد» and «تجديد الاعتماد» dialogs end to end in React: each shows the review-due date the
// approval will get (the claim's period from today, as defaultReviewDue computes it for
// planTransition), in the Arabic of the country whose policy sets the period, and confirming writes
// exactly that date; the period is read on opening and again on confirming, and a date it no longer
// allows (a stricter country's article linked the claim while the dialog was open) reopens the dialog
// with the latest date allowed and why; nothing is written meanwhile. Only the Studio adapters (the
// workflow hook's fetches, toasts) are stood in for; the plan is the real planTransition.
import {act, createElement, type ReactElement} from 'react'
import {createRoot} from 'react-dom/client'
import type {DocumentActionComponent, DocumentActionConfirmDialogProps, DocumentActionDescription, DocumentActionProps} from 'sanity'
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest'
import {ApproveClaimAction} from '../../src/studio/actions/ApproveClaimAction.ts'
import {LeadingRenewClaimAction} from '../../src/studio/actions/RenewClaimAction.ts'
import {approveConfirmation, approveDone, renewConfirmation} from '../../src/studio/actions/reviewDueConfirmation.ts'
import type {ArabicMessageProps, ArabicTextProps} from '../../src/studio/messages/ArabicMessage.tsx'
import type {PlanResult} from '../../src/workflow/planTransition.ts'
import type {ReviewPeriod} from '../../src/workflow/reviewDue.ts'
import type {WorkflowClaim} from '../../src/workflow/workflowClaim.ts'
import {CLAIMS, NOW, STATEMENT} from '../workflow/workflowFixtures.ts'

const pane = vi.hoisted(() => ({claim: undefined as unknown, periods: [] as unknown[], runs: [] as unknown[], results: [] as unknown[], toasts: [] as unknown[]}))

vi.mock('../../src/studio/actions/useClaimWorkflow.ts', async () => {
  const {decideTransition} = await import('../../src/workflow/decideTransition.ts')
  const {planTransition} = await import('../../src/workflow/planTransition.ts')
  const {ACTORS, TODAY} = await import('../workflow/workflowFixtures.ts')
  return {
    useClaimWorkflow: (_props: unknown, action: 'approve' | 'renew') => {
      const request = {action, claim: pane.claim as WorkflowClaim, actor: ACTORS.reviewer, today: TODAY}
      return {
        decision: decideTransition(request),
        reviewPeriod: async () => pane.periods.shift(),
        run: async (options: object) => {
          pane.runs.push(options)
          const result = planTransition({...request, now: new Date(), newKey: () => 'k', ...options})
          pane.results.push(result)
          return result
        },
      }
    },
  }
})
vi.mock('@sanity/ui/toast', () => ({useToast: () => ({push: (toast: unknown) => pane.toasts.push(toast)})}))

let shown: DocumentActionDescription | null = null
let root: ReturnType<typeof createRoot> | undefined

beforeEach(() => {
  vi.useFakeTimers({toFake: ['Date']})
  vi.setSystemTime(NOW)
  ;(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true
})
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
  vi.useRealTimers()
})

/** Shows `Action` on `claim` to a medical reviewer, the period reads answering `periods` in turn. */
const showAction = (Action: DocumentActionComponent, claim: WorkflowClaim, periods: ReviewPeriod[]) => {
  Object.assign(pane, {claim, periods, runs: [], results: [], toasts: []})
  const props = {id: claim._id, type: 'claim', draft: null, published: claim, liveEdit: false, onComplete: () => {}} as unknown as DocumentActionProps
  root = createRoot(document.createElement('div'))
  act(() => root!.render(createElement(() => ((shown = Action(props)), null))))
}

const dialog = () => (shown?.dialog || undefined) as DocumentActionConfirmDialogProps | undefined
const dialogText = () => (dialog()?.message as ReactElement<ArabicMessageProps> | undefined)?.props.lines.join('\n')
/** Each toast as its words: Sanad's toasts carry ArabicText elements (arabicComponents.test.ts checks their direction). */
const toastsSaid = () => (pane.toasts as {status: string; title: ReactElement<ArabicTextProps>}[]).map(({status, title}) => ({status, title: title.props.text}))
/** Lets the action's promises settle and React render what they set. */
const settle = () => act(async () => {
  for (let turn = 0; turn < 5; turn++) await Promise.resolve()
})

const EG_12: ReviewPeriod = {months: 12, jurisdiction: 'EG'}
const SA_6: ReviewPeriod = {months: 6, jurisdiction: 'SA'}
const APPROVE_UNTIL = (date: string) => `ستعتمد باسمك هذا النص ودليله كما هما الآن حتى ${date}، موعد إعادة مراجعته: «${STATEMENT}». أي تعديل لاحق يلغي الاعتماد.`
const REFUSED = (notYet: string) =>
  `${notYet}: تاريخ المراجعة ٢١ نوفمبر ٢٠٢٧ أبعد مما تسمح به سياسة النشر في السعودية، إذ تُبقي اعتماد الادعاء ٦ أشهر على الأكثر، فأبعد تاريخ مسموح به اليوم ٢١ مايو ٢٠٢٧. صُحّح التاريخ إليه: `

describe.each([
  {
    name: 'approving a claim in review',
    Action: ApproveClaimAction,
    claim: CLAIMS.inReview,
    egypt: APPROVE_UNTIL('٢١ نوفمبر ٢٠٢٧'),
    saudi: APPROVE_UNTIL('٢١ مايو ٢٠٢٧'),
    refused: REFUSED('لم يُعتمد الادعاء بعد') + APPROVE_UNTIL('٢١ مايو ٢٠٢٧'),
    egyptDone: 'اعتُمد الادعاء حتى ٢١ نوفمبر ٢٠٢٧.',
    saudiDone: 'اعتُمد الادعاء حتى ٢١ مايو ٢٠٢٧.',
  },
  {
    name: 'renewing a lapsed claim\'s approval',
    Action: LeadingRenewClaimAction,
    claim: CLAIMS.expired,
    egypt: 'ستجدّد باسمك اعتماد هذا النص ودليله حتى ٢١ نوفمبر ٢٠٢٧.',
    saudi: 'ستجدّد باسمك اعتماد هذا النص ودليله حتى ٢١ مايو ٢٠٢٧.',
    refused: REFUSED('لم يُجدَّد الاعتماد بعد') + 'ستجدّد باسمك اعتماد هذا النص ودليله حتى ٢١ مايو ٢٠٢٧.',
    egyptDone: 'جُدّد الاعتماد حتى ٢١ نوفمبر ٢٠٢٧.',
    saudiDone: 'جُدّد الاعتماد حتى ٢١ مايو ٢٠٢٧.',
  },
])('$name', ({Action, claim, egypt, saudi, refused, egyptDone, saudiDone}) => {
  test('shows the review-due date the period gives, in the binding country\'s Arabic, and writes exactly it', async () => {
    showAction(Action, claim, [EG_12, EG_12])
    act(() => shown!.onHandle!())
    await settle()
    expect(dialogText()).toBe(egypt)
    expect(dialog()!.tone).toBe('positive')
    act(() => dialog()!.onConfirm())
    await settle()
    expect(pane.runs).toEqual([{reviewPeriod: {months: 12, jurisdiction: 'EG'}, confirmedReviewDue: '2027-11-21'}])
    expect((pane.results as PlanResult[]).map((result) => result.ok && result.plan.set.reviewDue)).toEqual(['2027-11-21'])
    expect(toastsSaid()).toEqual([{status: 'success', title: egyptDone}])
    expect(dialog()).toBeUndefined()
  })

  test('a Saudi period: six months, as Saudi clinics write the date', async () => {
    showAction(Action, claim, [SA_6, SA_6])
    act(() => shown!.onHandle!())
    await settle()
    expect(dialogText()).toBe(saudi)
    act(() => dialog()!.onConfirm())
    await settle()
    expect(pane.runs).toEqual([{reviewPeriod: {months: 6, jurisdiction: 'SA'}, confirmedReviewDue: '2027-05-21'}])
    expect(toastsSaid()).toEqual([{status: 'success', title: saudiDone}])
  })

  test('a date the period, read again on confirming, no longer allows reopens the dialog with the latest date allowed and why', async () => {
    showAction(Action, claim, [EG_12, SA_6, SA_6])
    act(() => shown!.onHandle!())
    await settle()
    act(() => dialog()!.onConfirm())
    await settle()
    expect((pane.results as PlanResult[]).map((result) => result.ok)).toEqual([false])
    expect(pane.toasts).toEqual([])
    expect(dialogText()).toBe(refused)
    expect(dialog()!.tone).toBe('caution')
    act(() => dialog()!.onConfirm())
    await settle()
    expect(pane.runs.at(-1)).toEqual({reviewPeriod: {months: 6, jurisdiction: 'SA'}, confirmedReviewDue: '2027-05-21'})
    expect(toastsSaid()).toEqual([{status: 'success', title: saudiDone}])
  })
})

describe('the confirmations, by country', () => {
  const PRP = 'حقن البلازما الغنية بالصفائح (PRP) قد تزيد كثافة الشعر لدى بعض المصابين بالثعلبة الأندروجينية.'
  test.each([
    {name: 'renew, Egypt: Arabic-Indic digits', said: renewConfirmation({...EG_12, reviewDue: '2027-11-21'}), expected: 'ستجدّد باسمك اعتماد هذا النص ودليله حتى ٢١ نوفمبر ٢٠٢٧.'},
    {name: 'renew, the UAE: Western digits, as its clinics write dates', said: renewConfirmation({months: 12, jurisdiction: 'AE', reviewDue: '2027-11-21'}), expected: 'ستجدّد باسمك اعتماد هذا النص ودليله حتى 21 نوفمبر 2027.'},
    {
      name: 'renew, after a refusal in the UAE',
      said: renewConfirmation({months: 12, jurisdiction: 'AE', reviewDue: '2027-11-21', refused: '2027-11-22'}),
      expected: 'لم يُجدَّد الاعتماد بعد: تاريخ المراجعة 22 نوفمبر 2027 أبعد مما تسمح به سياسة النشر في الإمارات، إذ تُبقي اعتماد الادعاء 12 شهرًا على الأكثر، فأبعد تاريخ مسموح به اليوم 21 نوفمبر 2027. صُحّح التاريخ إليه: ستجدّد باسمك اعتماد هذا النص ودليله حتى 21 نوفمبر 2027.',
    },
    {
      name: 'approve, the UAE, a statement with a Latin abbreviation',
      said: approveConfirmation(PRP, {months: 12, jurisdiction: 'AE', reviewDue: '2027-11-21'}),
      expected: `ستعتمد باسمك هذا النص ودليله كما هما الآن حتى 21 نوفمبر 2027، موعد إعادة مراجعته: «${PRP}». أي تعديل لاحق يلغي الاعتماد.`,
    },
    {name: 'approve, no statement yet', said: approveConfirmation(undefined, {...EG_12, reviewDue: '2027-11-21'}), expected: 'ستعتمد باسمك هذا النص ودليله كما هما الآن حتى ٢١ نوفمبر ٢٠٢٧، موعد إعادة مراجعته: «». أي تعديل لاحق يلغي الاعتماد.'},
    {name: 'approved, the UAE', said: approveDone({months: 12, jurisdiction: 'AE', reviewDue: '2027-11-21'}), expected: 'اعتُمد الادعاء حتى 21 نوفمبر 2027.'},
  ])('$name', ({said, expected}) => {
    expect(said).toBe(expected)
  })
})
