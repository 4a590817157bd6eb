// @vitest-environment jsdom
// Who the signed-in user is to the workflow, from their person documents: a lookup that fails says so
// (the actions then say what failed) instead of passing for a user with no person document and no
// role, and is asked again while the pane stays open (5 s, then twice as long, at most a minute apart)
// and by the next pane rather than kept for a minute. Only Sanity's hooks are stood in for.
import {act, createElement} from 'react'
import {createRoot} from 'react-dom/client'
import {describe, expect, test, vi} from 'vitest'
import {useWorkflowActor} from '../../src/studio/actions/useWorkflowActor.ts'

const lake = vi.hoisted(() => {
  const lake = {answers: [] as (Error | object[])[], asked: 0, email: 'hala@example.com', client: {}}
  // One client, as Sanity's useClient gives: the hook looks up again when the client changes.
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

vi.mock('sanity', async (importOriginal) => ({
  ...(await importOriginal<typeof import('sanity')>()),
  useCurrentUser: () => ({id: 'pHala', name: 'Hala', email: lake.email, roles: [{name: 'editor'}]}),
  useClient: () => lake.client,
}))

/** The actor a newly opened pane gets, once the lookup has settled. */
const actorOfNewPane = async () => {
  ;(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true
  let actor: ReturnType<typeof useWorkflowActor>
  const root = createRoot(document.createElement('div'))
  act(() => root.render(createElement(() => ((actor = useWorkflowActor()), null))))
  await act(async () => {
    for (let turn = 0; turn < 5; turn++) await Promise.resolve()
  })
  act(() => root.unmount())
  return actor
}

describe('useWorkflowActor', () => {
  test('a failed lookup is reported as failed, and the next pane asks again', async () => {
    const offline = Object.assign(new Error('Request error while attempting to reach https://sanad000.api.sanity.io'), {isNetworkError: true})
    lake.answers = [offline, [{_id: 'person.dr-hala', name: 'د. هالة', email: 'hala@example.com', roles: ['medicalReviewer']}]]
    expect(await actorOfNewPane()).toEqual({failed: offline, user: {userId: 'pHala', name: 'Hala', roles: ['editor']}})
    expect(await actorOfNewPane()).toEqual({userId: 'pHala', personId: 'person.dr-hala', name: 'د. هالة', roles: ['medicalReviewer', 'editor']})
    expect(lake.asked).toBe(2)
  })
})

describe('useWorkflowActor in a pane that stays open', () => {
  test('a failed lookup is asked again after 5 s, then 10 s, and clears once it answers', async () => {
    ;(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true
    vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout']})
    // Another user than above, whose answer is not in the minute's cache.
    lake.email = 'maryam@example.com'
    const offline = Object.assign(new Error('Request error while attempting to reach https://sanad000.api.sanity.io'), {isNetworkError: true})
    const serverDown = Object.assign(new Error('Service Unavailable'), {statusCode: 503})
    lake.answers = [offline, serverDown, [{_id: 'person.dr-maryam', name: 'د. مريم', email: 'maryam@example.com', roles: ['medicalReviewer']}]]
    lake.asked = 0
    let actor: ReturnType<typeof useWorkflowActor>
    const root = createRoot(document.createElement('div'))
    act(() => root.render(createElement(() => ((actor = useWorkflowActor()), null))))
    /** The pane's actor `ms` later, and how many lookups were made by then. */
    const after = async (ms: number) => {
      await act(async () => vi.advanceTimersByTimeAsync(ms))
      return {actor, asked: lake.asked}
    }
    const unknown = (failed: Error) => ({actor: {failed, user: {userId: 'pHala', name: 'Hala', roles: ['editor']}}})
    expect([await after(0), await after(4_999), await after(1), await after(9_999), await after(1)]).toEqual([
      {...unknown(offline), asked: 1},
      {...unknown(offline), asked: 1},
      {...unknown(serverDown), asked: 2},
      {...unknown(serverDown), asked: 2},
      {actor: {userId: 'pHala', personId: 'person.dr-maryam', name: 'د. مريم', roles: ['medicalReviewer', 'editor']}, asked: 3},
    ])
    expect(await after(120_000)).toEqual({actor: {userId: 'pHala', personId: 'person.dr-maryam', name: 'د. مريم', roles: ['medicalReviewer', 'editor']}, asked: 3})
    act(() => root.unmount())
    vi.useRealTimers()
  })
})
