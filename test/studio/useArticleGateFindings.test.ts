// @vitest-environment jsdom
// The gate's findings an article's pane shows on Publish and its badge: a fetch that fails blocks as
// gate-unavailable, saying it is asked again, and is asked again while the pane stays open (5 s, then
// twice as long, at most a minute apart) rather than kept for the revision; the Publish action and the
// badge still share one fetch each time. Only Sanity's client hook is stood in for: a fake Studio
// answering the real GROQ once the failures are spent, each answer taking 100 ms as a request does.
import {act, createElement} from 'react'
import {createRoot} from 'react-dom/client'
import type {SanityDocument} from 'sanity'
import {describe, expect, test, vi} from 'vitest'
import {useArticleGateFindings} from '../../src/studio/actions/useArticleGateFindings.ts'
import {fakeStudio} from '../support/fakeStudio.ts'
import {NOW, seed004Article, supportingDocuments} from '../support/gateFixtures.ts'

const lake = vi.hoisted(() => {
  const lake = {failures: [] as Error[], asked: 0, latencyMs: 100, studio: undefined as unknown as {fetch: (...args: unknown[]) => Promise<unknown>}, client: {}, current: {} as object}
  lake.client = {
    fetch: async (...args: unknown[]) => {
      lake.asked++
      await new Promise((resolve) => setTimeout(resolve, lake.latencyMs))
      const failure = lake.failures.shift()
      if (failure) throw failure
      return lake.studio.fetch(...args)
    },
  }
  lake.current = lake.client
  return lake
})

vi.mock('sanity', async (importOriginal) => ({...(await importOriginal<typeof import('sanity')>()), useClient: () => lake.current}))

lake.studio = fakeStudio(supportingDocuments()).context.getClient({apiVersion: '2025-02-19'}) as typeof lake.studio

const OFFLINE = Object.assign(new Error('Request error while attempting to reach https://sanad000.api.sanity.io'), {isNetworkError: true})
const SERVER_DOWN = Object.assign(new Error('Service Unavailable'), {statusCode: 503})

const UNAVAILABLE = 'تعذّر تشغيل فحوص النشر الآن، فلا تنشر قبل أن تعمل؛ يُعاد تشغيلها تلقائيًا خلال دقيقة على الأكثر.'
const NO_NETWORK = `${UNAVAILABLE} لم يصل الاستوديو إلى خادم المحتوى: تحقّق من اتصالك بالإنترنت ثم أعد المحاولة. (التفاصيل التقنية: ${OFFLINE.message})`
const SERVER = `${UNAVAILABLE} تعطّل خادم المحتوى مؤقتًا: أعد المحاولة بعد دقائق، وإن تكرّر فأبلغ مسؤول الاستوديو. (التفاصيل التقنية: Service Unavailable)`

describe('useArticleGateFindings in a pane that stays open', () => {
  test('a failed fetch is asked again after 5 s, then 10 s, and clears once it answers; Publish and the badge share each fetch', async () => {
    ;(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true
    vi.useFakeTimers({now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date']})
    lake.failures = [OFFLINE, SERVER_DOWN]
    lake.asked = 0
    const draft = {...seed004Article(), _id: 'drafts.article.meso-realistic', _rev: 'r1'} as unknown as SanityDocument
    const shown: ReturnType<typeof useArticleGateFindings>[] = []
    const root = createRoot(document.createElement('div'))
    // The Publish action and the badge: two users of the hook on one pane.
    act(() => root.render([0, 1].map((index) => createElement(() => ((shown[index] = useArticleGateFindings(draft)), null), {key: index}))))
    /** What each user of the hook shows `ms` later (the gate-unavailable message, or the rule ids), and how many fetches were made by then. */
    const after = async (ms: number) => {
      await act(async () => vi.advanceTimersByTimeAsync(ms))
      const findings = shown.map((found) => found?.map(({ruleId, message}) => (ruleId === 'gate-unavailable' ? message : ruleId)))
      return {findings, asked: lake.asked}
    }
    const both = (findings: string[]) => [findings, findings]
    const results = [await after(lake.latencyMs), await after(4_999), await after(1), await after(lake.latencyMs), await after(9_999), await after(1), await after(lake.latencyMs), await after(120_000)]
    vi.useRealTimers()
    act(() => root.unmount())
    expect(results).toEqual([
      {findings: both([NO_NETWORK]), asked: 1},
      {findings: both([NO_NETWORK]), asked: 1},
      {findings: both([NO_NETWORK]), asked: 2},
      {findings: both([SERVER]), asked: 2},
      {findings: both([SERVER]), asked: 2},
      {findings: both([SERVER]), asked: 3},
      {findings: both([]), asked: 3},
      {findings: both([]), asked: 3},
    ])
  })
})

// A staging dataset copied from production (`sanity dataset copy`) keeps every _rev: the same revision
// of an article, read in the staging workspace against a dataset without the Saudi disclaimer it links, must
// be checked there, not shown production's findings.
test('each workspace (client) checks a revision itself: the same id and _rev are not shared between two', async () => {
  ;(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true
  vi.useFakeTimers({now: NOW, toFake: ['setTimeout', 'clearTimeout', 'Date']})
  lake.failures = []
  const staging = fakeStudio(supportingDocuments().filter(({_id}) => _id !== 'disclaimer.sa-2026')).context.getClient({apiVersion: '2025-02-19'})
  const article = {...seed004Article(), _rev: 'copied-rev'} as unknown as SanityDocument
  const shown: Record<string, string[] | undefined> = {}
  for (const [workspace, client] of [['production', lake.client], ['staging', staging]] as const) {
    lake.current = client
    const root = createRoot(document.createElement('div'))
    act(() => root.render(createElement(() => ((shown[workspace] = useArticleGateFindings(article)?.map(({ruleId}) => ruleId)), null))))
    await act(async () => vi.advanceTimersByTimeAsync(lake.latencyMs))
    act(() => root.unmount())
  }
  lake.current = lake.client
  vi.useRealTimers()
  expect(shown).toEqual({production: [], staging: ['reference-broken', 'disclaimer-missing']})
})
