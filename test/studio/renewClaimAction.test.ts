// @vitest-environment jsdom
// The «تجديد الاعتماد» dialog end to end in React: the period is read on opening and again on
// confirming, and a date the claim's period no longer allows (a stricter country's article linked it
// while the dialog was open) reopens the dialog with the latest date allowed and why, in Arabic, with
// dates as that country's clinics write them; nothing is written meanwhile. Only the Studio adapters
// (the workflow hook's fetches, toasts) are stood in for; the plan is the real planTransition.
import {act, createElement, type ReactElement} from 'react'
import {createRoot} from 'react-dom/client'
import type {DocumentActionConfirmDialogProps, DocumentActionDescription, DocumentActionProps} from 'sanity'
import {afterEach, beforeEach, describe, expect, test, vi} from 'vitest'
import {LeadingRenewClaimAction} from '../../src/studio/actions/RenewClaimAction.ts'
import {renewConfirmation} from '../../src/studio/actions/renewalConfirmation.ts'
import type {ArabicMessageProps, ArabicTextProps} from '../../src/studio/messages/ArabicMessage.tsx'
import type {PlanResult} from '../../src/workflow/planTransition.ts'
import type {ReviewPeriod} from '../../src/workflow/reviewDue.ts'
import {CLAIMS, NOW} from '../workflow/workflowFixtures.ts'

const pane = vi.hoisted(() => ({periods: [] as unknown[], runs: [] as unknown[], results: [] as unknown[], toasts: [] as unknown[]}))

vi.mock('../../src/studio/actions/useClaimWorkflow.ts', async () => {
  const {decideTransition} = await import('../../src/workflow/decideTransition.ts')
  const {planTransition} = await import('../../src/workflow/planTransition.ts')
  const {ACTORS, CLAIMS: claims, TODAY} = await import('../workflow/workflowFixtures.ts')
  const request = {action: 'renew' as const, claim: claims.expired, actor: ACTORS.reviewer, today: TODAY}
  return {
    useClaimWorkflow: () => ({
      decision: decideTransition(request),
      reviewPeriod: async () => pane.periods.shift(),
      run: async (options: object) => {
        pane.runs.push(options)
        const result = planTransition({...request, now: new Date(), newKey: () => 'k', ...options})
        pane.results.push(result)
        return result
      },
    }),
  }
})
vi.mock('@sanity/ui/toast', () => ({useToast: () => ({push: (toast: unknown) => pane.toasts.push(toast)})}))

let shown: DocumentActionDescription | null = null
let root: ReturnType<typeof createRoot>

beforeEach(() => {
  vi.useFakeTimers({toFake: ['Date']})
  vi.setSystemTime(NOW)
  Object.assign(pane, {periods: [], runs: [], results: [], toasts: []})
  ;(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true
  const props = {id: CLAIMS.expired._id, type: 'claim', draft: null, published: CLAIMS.expired, liveEdit: false, onComplete: () => {}} as unknown as DocumentActionProps
  const Pane = () => {
    shown = LeadingRenewClaimAction(props)
    return null
  }
  root = createRoot(document.createElement('div'))
  act(() => root.render(createElement(Pane)))
})
afterEach(() => {
  act(() => root.unmount())
  vi.useRealTimers()
})

const dialog = () => (shown?.dialog || undefined) as DocumentActionConfirmDialogProps | undefined
const dialogText = () => (dialog()?.message as ReactElement<ArabicMessageProps> | undefined)?.props.lines.join('\n')
/** Each toast as its words: Sanad's toasts carry ArabicText elements (arabicComponents.test.ts checks their direction). */
const toastsSaid = () => (pane.toasts as {status: string; title: ReactElement<ArabicTextProps>}[]).map(({status, title}) => ({status, title: title.props.text}))
/** Lets the action's promises settle and React render what they set. */
const settle = () => act(async () => {
  for (let turn = 0; turn < 5; turn++) await Promise.resolve()
})

describe('renewing a claim\'s approval', () => {
  test('confirms the date the period allows, in the binding country\'s digits, and renews until it', async () => {
    pane.periods.push({months: 12, jurisdiction: 'EG'} satisfies ReviewPeriod, {months: 12, jurisdiction: 'EG'} satisfies ReviewPeriod)
    act(() => shown!.onHandle!())
    await settle()
    expect(dialogText()).toBe('ستجدّد باسمك اعتماد هذا النص ودليله حتى ٢١ نوفمبر ٢٠٢٧.')
    act(() => dialog()!.onConfirm())
    await settle()
    expect(pane.runs).toEqual([{reviewPeriodMonths: 12, confirmedReviewDue: '2027-11-21'}])
    expect(toastsSaid()).toEqual([{status: 'success', title: 'جُدّد الاعتماد حتى ٢١ نوفمبر ٢٠٢٧.'}])
    expect(dialog()).toBeUndefined()
  })

  test('a date the period, read again on confirming, no longer allows reopens the dialog with the latest date allowed and why', async () => {
    pane.periods.push({months: 12, jurisdiction: 'EG'} satisfies ReviewPeriod, {months: 6, jurisdiction: 'SA'} satisfies ReviewPeriod, {months: 6, jurisdiction: 'SA'} satisfies ReviewPeriod)
    act(() => shown!.onHandle!())
    await settle()
    act(() => dialog()!.onConfirm())
    await settle()
    expect((pane.results as PlanResult[]).map((result) => result.ok)).toEqual([false])
    expect(pane.toasts).toEqual([])
    expect(dialogText()).toBe(
      'لم يُجدَّد الاعتماد بعد: تاريخ المراجعة ٢١ نوفمبر ٢٠٢٧ أبعد مما تسمح به سياسة النشر في السعودية، إذ تُبقي اعتماد الادعاء ٦ أشهر على الأكثر، ' +
        'فأبعد تاريخ مسموح به اليوم ٢١ مايو ٢٠٢٧. صُحّح التاريخ إليه: ستجدّد باسمك اعتماد هذا النص ودليله حتى ٢١ مايو ٢٠٢٧.',
    )
    expect(dialog()!.tone).toBe('caution')
    act(() => dialog()!.onConfirm())
    await settle()
    expect(pane.runs.at(-1)).toEqual({reviewPeriodMonths: 6, confirmedReviewDue: '2027-05-21'})
    expect(toastsSaid()).toEqual([{status: 'success', title: 'جُدّد الاعتماد حتى ٢١ مايو ٢٠٢٧.'}])
  })
})

describe('renewConfirmation', () => {
  test.each([
    {name: 'Egypt: Arabic-Indic digits', renewal: {months: 12, jurisdiction: 'EG' as const, reviewDue: '2027-11-21'}, expected: 'ستجدّد باسمك اعتماد هذا النص ودليله حتى ٢١ نوفمبر ٢٠٢٧.'},
    {name: 'the UAE: Western digits, as its clinics write dates', renewal: {months: 12, jurisdiction: 'AE' as const, reviewDue: '2027-11-21'}, expected: 'ستجدّد باسمك اعتماد هذا النص ودليله حتى 21 نوفمبر 2027.'},
    {
      name: 'after a refusal in the UAE',
      renewal: {months: 12, jurisdiction: 'AE' as const, reviewDue: '2027-11-21', refused: '2027-11-22'},
      expected: 'لم يُجدَّد الاعتماد بعد: تاريخ المراجعة 22 نوفمبر 2027 أبعد مما تسمح به سياسة النشر في الإمارات، إذ تُبقي اعتماد الادعاء 12 شهرًا على الأكثر، فأبعد تاريخ مسموح به اليوم 21 نوفمبر 2027. صُحّح التاريخ إليه: ستجدّد باسمك اعتماد هذا النص ودليله حتى 21 نوفمبر 2027.',
    },
  ])('$name', ({renewal, expected}) => {
    expect(renewConfirmation(renewal)).toBe(expected)
  })
})
