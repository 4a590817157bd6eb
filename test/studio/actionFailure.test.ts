// @vitest-environment jsdom
// When a claim action's request fails (the review period's fetch, the Content Lake, the session), its
// toast says in Arabic which action failed, that nothing changed, what happened and what to do; the
// error's own English words come last, as the technical detail. Runs the real actions over the
// workflow's real decisions; only the Studio adapters (the workflow hook's requests, toasts) are stood in for.
import {ClientError, ServerError} from '@sanity/client'
import {act, createElement, type ReactElement} from 'react'
import {createRoot} from 'react-dom/client'
import type {DocumentActionComponent, DocumentActionConfirmDialogProps, DocumentActionDescription, DocumentActionModalDialogProps, DocumentActionProps} from 'sanity'
import {afterEach, describe, expect, test, vi} from 'vitest'
import {ApproveClaimAction} from '../../src/studio/actions/ApproveClaimAction.ts'
import {withClaimEditTransition} from '../../src/studio/actions/ClaimPublishAction.ts'
import type {CommentDialogProps} from '../../src/studio/actions/CommentDialog.tsx'
import {RejectClaimAction} from '../../src/studio/actions/RejectClaimAction.tsx'
import {RenewClaimAction} from '../../src/studio/actions/RenewClaimAction.ts'
import {SubmitClaimAction} from '../../src/studio/actions/SubmitClaimAction.ts'
import {WithdrawClaimAction} from '../../src/studio/actions/WithdrawClaimAction.tsx'
import type {ArabicTextLinesProps, ArabicTextProps} from '../../src/studio/messages/ArabicMessage.tsx'
import {requestFailureLines} from '../../src/studio/messages/requestFailure.ts'
import type {WorkflowActor} from '../../src/workflow/recogniseActor.ts'
import type {WorkflowClaim} from '../../src/workflow/workflowClaim.ts'
import {ACTORS, CLAIMS, EDITED_IN_REVIEW} from '../workflow/workflowFixtures.ts'

const pane = vi.hoisted(() => ({claim: undefined as unknown, actor: undefined as unknown, periods: [] as unknown[], failure: undefined as unknown, toasts: [] as unknown[]}))

vi.mock('../../src/studio/actions/useClaimWorkflow.ts', async () => {
  const {decideTransition} = await import('../../src/workflow/decideTransition.ts')
  const {TODAY} = await import('../workflow/workflowFixtures.ts')
  return {
    useClaimWorkflow: (_props: unknown, action: Parameters<typeof decideTransition>[0]['action']) => ({
      decision: decideTransition({action, claim: pane.claim as WorkflowClaim, actor: pane.actor as WorkflowActor, today: TODAY}),
      // Answers with the periods queued, then fails as the Content Lake did.
      reviewPeriod: async () => {
        if (pane.periods.length > 0) return pane.periods.shift()
        throw pane.failure
      },
      run: async () => {
        throw pane.failure
      },
    }),
  }
})
vi.mock('../../src/studio/actions/useClaimArticleTitles.ts', () => ({useClaimArticleTitles: () => ({status: 'loading'})}))
vi.mock('@sanity/ui/toast', () => ({useToast: () => ({push: (toast: unknown) => pane.toasts.push(toast)})}))

/** An HTTP response as get-it hands it to @sanity/client's error classes. */
const response = (statusCode: number, body: unknown) => ({statusCode, body, headers: {}, url: 'https://sanad000.api.sanity.io/v2025-02-19/data/query/production', method: 'GET'})
const SESSION_ENDED = new ClientError(response(401, {error: 'Unauthorized', message: 'Session not found', statusCode: 401}))

/** Sanity's own Publish action, as the claim's Publish wraps it. */
const SanityPublish: DocumentActionComponent = () => ({label: 'نشر', onHandle: () => {}})
SanityPublish.action = 'publish'

let root: ReturnType<typeof createRoot> | undefined
afterEach(() => {
  act(() => root?.unmount())
  root = undefined
})

/** Shows `Action` on `claim` to `actor`, takes it as the user would (`steps`), and returns the toasts it pushed. */
const takeAction = async (Action: DocumentActionComponent, claim: WorkflowClaim, actor: WorkflowActor, steps: (shown: () => DocumentActionDescription) => void | Promise<void>) => {
  Object.assign(pane, {claim, actor, periods: [{months: 12, jurisdiction: 'SA'}], failure: SESSION_ENDED, toasts: []})
  ;(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true
  const props = {id: claim._id, type: 'claim', draft: null, published: claim, liveEdit: false, onComplete: () => {}} as unknown as DocumentActionProps
  let shown: DocumentActionDescription | null = null
  root = createRoot(document.createElement('div'))
  act(() => root!.render(createElement(() => ((shown = Action(props)), null))))
  await steps(() => shown!)
  await act(async () => {
    for (let turn = 0; turn < 5; turn++) await Promise.resolve()
  })
  return (pane.toasts as {status: string; title: ReactElement<ArabicTextProps>; description: ReactElement<ArabicTextLinesProps>}[]).map(({status, title, description}) => ({
    status,
    title: title.props.text,
    description: description.props.lines,
  }))
}

const handle = (shown: () => DocumentActionDescription) => act(() => shown().onHandle!())
const confirmDialog = (shown: () => DocumentActionDescription) => act(() => (shown().dialog as DocumentActionConfirmDialogProps).onConfirm())
const confirmComment = (shown: () => DocumentActionDescription) =>
  act(() => ((shown().dialog as DocumentActionModalDialogProps).content as ReactElement<CommentDialogProps>).props.onConfirm('الدليل لا يدعم الصياغة.'))
const settle = () => act(async () => {
  for (let turn = 0; turn < 5; turn++) await Promise.resolve()
})

/** The two requests of approve and renew that can fail: the period read on opening, and read again on confirming. */
const readingThePeriod = (name: string, Action: DocumentActionComponent, claim: WorkflowClaim, title: string) => [
  {
    name: `${name}, reading the period on opening`,
    Action,
    claim,
    actor: ACTORS.reviewer,
    steps: (shown: () => DocumentActionDescription) => {
      pane.periods = []
      handle(shown)
    },
    title,
  },
  {
    name: `${name}, reading the period again on confirming`,
    Action,
    claim,
    actor: ACTORS.reviewer,
    steps: async (shown: () => DocumentActionDescription) => {
      handle(shown)
      await settle()
      confirmDialog(shown)
    },
    title,
  },
]

const SESSION_LINES = ['انتهت جلسة دخولك: سجّل الدخول من جديد ثم أعد المحاولة.', 'التفاصيل التقنية: Unauthorized - Session not found']

describe('a claim action whose request fails says, in Arabic, which action failed and what to do', () => {
  test.each([
    {name: 'submit', Action: SubmitClaimAction, claim: CLAIMS.draft, actor: ACTORS.writer, steps: handle, title: 'تعذّر إرسال الادعاء للمراجعة، ولم يتغيّر فيه شيء'},
    ...readingThePeriod('approve', ApproveClaimAction, CLAIMS.inReview, 'تعذّر اعتماد الادعاء، ولم يتغيّر فيه شيء'),
    {name: 'reject, on confirming the reason', Action: RejectClaimAction, claim: CLAIMS.inReview, actor: ACTORS.reviewer, steps: (shown: () => DocumentActionDescription) => (handle(shown), confirmComment(shown)), title: 'تعذّر رفض الادعاء، ولم يتغيّر فيه شيء'},
    ...readingThePeriod('renew', RenewClaimAction, CLAIMS.approved, 'تعذّر تجديد اعتماد الادعاء، ولم يتغيّر فيه شيء'),
    {name: 'withdraw, on confirming', Action: WithdrawClaimAction, claim: CLAIMS.approved, actor: ACTORS.reviewer, steps: (shown: () => DocumentActionDescription) => (handle(shown), confirmComment(shown)), title: 'تعذّر سحب اعتماد الادعاء، ولم يتغيّر فيه شيء'},
    {name: 'publishing an edit of the words in review', Action: withClaimEditTransition(SanityPublish), claim: EDITED_IN_REVIEW, actor: ACTORS.writer, steps: handle, title: 'تعذّر نشر تعديل الادعاء، ولم يتغيّر فيه شيء'},
  ])('$name', async ({Action, claim, actor, steps, title}) => {
    expect(await takeAction(Action, claim, actor, steps)).toEqual([{status: 'error', title, description: SESSION_LINES}])
  })
})

describe('requestFailureLines: what happened and what to do, by the error\'s shape, then its own words', () => {
  const networkError = Object.assign(new Error('Request error while attempting to reach https://sanad000.api.sanity.io/v2025-02-19/data/query/production'), {isNetworkError: true})
  const timedOut = (code: string) => Object.assign(new Error(`Connection timed out on request to https://sanad000.api.sanity.io`), {code})

  test.each([
    {name: 'session ended (401)', error: SESSION_ENDED, expected: SESSION_LINES},
    {
      name: 'no permission (403)',
      error: new ClientError(response(403, {error: 'Forbidden', message: 'Insufficient permissions; permission "update" required', statusCode: 403})),
      expected: ['ليست لحسابك صلاحية هذا الطلب: اطلبها من مسؤول الاستوديو.', 'التفاصيل التقنية: Forbidden - Insufficient permissions; permission "update" required'],
    },
    {
      name: 'too many requests (429)',
      error: new ClientError(response(429, {error: 'Too Many Requests', message: 'API rate limit exceeded', statusCode: 429})),
      expected: ['كثرت الطلبات على خادم المحتوى: انتظر دقيقة ثم أعد المحاولة.', 'التفاصيل التقنية: Too Many Requests - API rate limit exceeded'],
    },
    {
      name: 'server down (503)',
      error: new ServerError(response(503, 'Service Unavailable')),
      expected: ['تعطّل خادم المحتوى مؤقتًا: أعد المحاولة بعد دقائق، وإن تكرّر فأبلغ مسؤول الاستوديو.', 'التفاصيل التقنية: GET-request to https://sanad000.api.sanity.io/v2025-02-19/data/query/production resulted in HTTP 503 (Service Unavailable)'],
    },
    {
      name: 'refused (409)',
      error: new ClientError(response(409, {error: 'Conflict', message: 'Document has been modified', statusCode: 409})),
      expected: ['رفض خادم المحتوى الطلب: أبلغ مسؤول الاستوديو بالتفاصيل التقنية المرفقة.', 'التفاصيل التقنية: Conflict - Document has been modified'],
    },
    {
      name: 'offline (get-it\'s network error)',
      error: networkError,
      expected: ['لم يصل الاستوديو إلى خادم المحتوى: تحقّق من اتصالك بالإنترنت ثم أعد المحاولة.', `التفاصيل التقنية: ${networkError.message}`],
    },
    {name: 'connection timed out', error: timedOut('ETIMEDOUT'), expected: ['لم يردّ خادم المحتوى في الوقت المحدد: أعد المحاولة بعد قليل.', 'التفاصيل التقنية: Connection timed out on request to https://sanad000.api.sanity.io']},
    {name: 'socket timed out', error: timedOut('ESOCKETTIMEDOUT'), expected: ['لم يردّ خادم المحتوى في الوقت المحدد: أعد المحاولة بعد قليل.', 'التفاصيل التقنية: Connection timed out on request to https://sanad000.api.sanity.io']},
    {
      name: 'a bug: Sanity\'s operation not ready',
      error: new Error('Called patch before it was ready.'),
      expected: ['حدث خطأ غير متوقَّع: أعد المحاولة، وإن تكرّر فأبلغ مسؤول الاستوديو بالتفاصيل التقنية المرفقة.', 'التفاصيل التقنية: Called patch before it was ready.'],
    },
    {name: 'a thrown string', error: 'aborted', expected: ['حدث خطأ غير متوقَّع: أعد المحاولة، وإن تكرّر فأبلغ مسؤول الاستوديو بالتفاصيل التقنية المرفقة.', 'التفاصيل التقنية: aborted']},
  ])('$name', ({error, expected}) => {
    expect(requestFailureLines(error)).toEqual(expected)
  })
})
