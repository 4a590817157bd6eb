// @vitest-environment jsdom
// The claim review period of a claim's articles' countries, as its pane reads it: fetched, it bounds
// the approval; a fetch that fails says so (the badge and approve and renew then say what failed)
// instead of passing for a claim no article links, and is asked again while the pane stays open (5 s,
// then twice as long, at most a minute apart) and by the next pane; a pane reused for another claim
// reads as loading until that claim's answer comes. Only Sanity's client hook is stood in for.
import {act, createElement} from 'react'
import {createRoot} from 'react-dom/client'
import {describe, expect, test, vi} from 'vitest'
import {useClaimPolicy} from '../../src/studio/actions/useClaimPolicy.ts'

const lake = vi.hoisted(() => {
  const lake = {answers: [] as (Error | string[] | Promise<string[]>)[], asked: 0, client: {}}
  lake.client = {
    fetch: async () => {
      lake.asked++
      const answer = lake.answers.shift()!
      if (answer instanceof Error) throw answer
      return answer
    },
  }
  return lake
})

vi.mock('sanity', async (importOriginal) => ({...(await importOriginal<typeof import('sanity')>()), useClient: () => lake.client}))

/** The policy a newly opened pane of the claim reads once the fetch has settled: its period and whether it failed. */
const policyOfNewPane = async () => {
  ;(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true
  let policy: ReturnType<typeof useClaimPolicy>
  const root = createRoot(document.createElement('div'))
  act(() => root.render(createElement(() => ((policy = useClaimPolicy('drafts.claim.meso-hair-density')), null))))
  await act(async () => {
    for (let turn = 0; turn < 5; turn++) await Promise.resolve()
  })
  act(() => root.unmount())
  const {months, failed} = policy! as {months: number | undefined; failed?: unknown}
  return {months, failed}
}

describe('useClaimPolicy', () => {
  test('a failed fetch is reported as failed, and the next pane asks again', async () => {
    const offline = Object.assign(new Error('Request error while attempting to reach https://sanad000.api.sanity.io'), {isNetworkError: true})
    lake.answers = [offline, ['EG', 'SA']]
    expect(await policyOfNewPane()).toEqual({months: undefined, failed: offline})
    expect(await policyOfNewPane()).toEqual({months: 12, failed: undefined})
  })
})

describe('useClaimPolicy in a pane that stays open', () => {
  const offline = Object.assign(new Error('Request error while attempting to reach https://sanad000.api.sanity.io'), {isNetworkError: true})
  const serverDown = Object.assign(new Error('Service Unavailable'), {statusCode: 503})

  test('a failed fetch is asked again after 5 s, then 10 s, and clears once it answers', async () => {
    ;(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']})
    lake.answers = [offline, serverDown, ['EG', 'SA']]
    lake.asked = 0
    let policy: ReturnType<typeof useClaimPolicy>
    const root = createRoot(document.createElement('div'))
    act(() => root.render(createElement(() => ((policy = useClaimPolicy('claim.meso-hair-density')), null))))
    /** The pane's policy `ms` later: its period, whether it failed, and how many fetches were made by then. */
    const after = async (ms: number) => {
      await act(async () => vi.advanceTimersByTimeAsync(ms))
      const {months, failed} = policy! as {months: number | undefined; failed?: unknown}
      return {months, failed, asked: lake.asked}
    }
    expect([await after(0), await after(4_999), await after(1), await after(9_999), await after(1)]).toEqual([
      {months: undefined, failed: offline, asked: 1},
      {months: undefined, failed: offline, asked: 1},
      {months: undefined, failed: serverDown, asked: 2},
      {months: undefined, failed: serverDown, asked: 2},
      {months: 12, failed: undefined, asked: 3},
    ])
    expect(await after(120_000)).toEqual({months: 12, failed: undefined, asked: 3})
    act(() => root.unmount())
    vi.useRealTimers()
  })
})

describe('useClaimPolicy in a pane reused for another claim', () => {
  test('reads as loading until that claim\'s countries come, never as the last claim\'s answer', async () => {
    ;(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true
    const offline = Object.assign(new Error('Request error while attempting to reach https://sanad000.api.sanity.io'), {isNetworkError: true})
    let answerSecond: (countries: string[]) => void = () => {}
    lake.answers = [offline, new Promise<string[]>((resolve) => (answerSecond = resolve))]
    let policy: ReturnType<typeof useClaimPolicy>
    const root = createRoot(document.createElement('div'))
    const Pane = ({documentId}: {documentId: string}) => ((policy = useClaimPolicy(documentId)), null)
    /** The pane's policy now: its period, whether it failed, whether it is loading. */
    const shown = () => {
      const {months, failed, loading} = policy! as {months: number | undefined; failed?: unknown; loading?: true}
      return {months, failed, loading}
    }
    act(() => root.render(createElement(Pane, {documentId: 'claim.meso-hair-density'})))
    await act(async () => {})
    const first = shown()
    act(() => root.render(createElement(Pane, {documentId: 'claim.prp-hair-loss'})))
    const switched = shown()
    await act(async () => answerSecond(['EG']))
    expect([first, switched, shown()]).toEqual([
      {months: undefined, failed: offline, loading: undefined},
      {months: undefined, failed: undefined, loading: true},
      {months: 12, failed: undefined, loading: undefined},
    ])
    act(() => root.unmount())
  })
})
