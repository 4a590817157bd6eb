// @vitest-environment jsdom
// The titles of the published articles linking a claim, as its approval-loss confirmation names them:
// fetched while the confirmation is open, and in a pane reused for another claim never the last
// claim's list, not even for one render. Only Sanity's client hook is stood in for.
import {act, createElement} from 'react'
import {createRoot} from 'react-dom/client'
import {expect, test, vi} from 'vitest'
import type {LinkedArticles} from '../../src/studio/actions/approvalLossConfirmation.ts'
import {useClaimArticleTitles} from '../../src/studio/actions/useClaimArticleTitles.ts'

const lake = vi.hoisted(() => {
  const lake = {answers: [] as Promise<{title: string}[]>[], client: {}}
  lake.client = {fetch: () => lake.answers.shift()!}
  return lake
})

vi.mock('sanity', async (importOriginal) => ({...(await importOriginal<typeof import('sanity')>()), useClient: () => lake.client}))

test('a pane reused for another claim reads as loading until that claim\'s articles come', async () => {
  ;(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true
  let answerSecond: (articles: {title: string}[]) => void = () => {}
  lake.answers = [Promise.resolve([{title: 'الميزوثيرابي للشعر: نتائج واقعية'}]), new Promise((resolve) => (answerSecond = resolve))]
  const rendered: LinkedArticles[] = []
  const root = createRoot(document.createElement('div'))
  const Pane = ({documentId}: {documentId: string}) => (rendered.push(useClaimArticleTitles(documentId, true)), null)
  act(() => root.render(createElement(Pane, {documentId: 'claim.meso-hair-density'})))
  await act(async () => {})
  const first = rendered.at(-1)
  const before = rendered.length
  act(() => root.render(createElement(Pane, {documentId: 'claim.prp-hair-loss'})))
  const whileSwitching = rendered.slice(before)
  await act(async () => answerSecond([{title: 'البلازما الغنية بالصفائح لتساقط الشعر'}]))
  expect(first).toEqual({status: 'loaded', titles: ['الميزوثيرابي للشعر: نتائج واقعية']})
  // Every render between the switch and the new answer: the first claim's titles never show.
  expect(new Set(whileSwitching.map((linked) => linked.status))).toEqual(new Set(['loading']))
  expect(rendered.at(-1)).toEqual({status: 'loaded', titles: ['البلازما الغنية بالصفائح لتساقط الشعر']})
  act(() => root.unmount())
})
