// @vitest-environment jsdom
// The claim review period of a claim's articles' countries, as its pane reads it: fetched, it bounds
// the approval; a fetch that fails says so (the badge and approve and renew then say what failed)
// instead of passing for a claim no article links, and the next pane asks again. Only Sanity's client
// hook is stood in for.
import {act, createElement} from 'react'
import {createRoot} from 'react-dom/client'
import {describe, expect, test, vi} from 'vitest'
import {useClaimPolicy} from '../../src/studio/actions/useClaimPolicy.ts'

const lake = vi.hoisted(() => {
  const lake = {answers: [] as (Error | string[])[], client: {}}
  lake.client = {
    fetch: async () => {
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
