// @vitest-environment jsdom
// Every React component and every React slot Sanad fills with words for writers and reviewers
// (tooltips, confirm dialogs, dialog headers, toasts, field headers, inputs) reads right to left as
// Arabic: its outermost element carries dir="rtl" and lang="ar". Sanity lays its own chrome out left to
// right, so a slot left plain reorders the sentence (a toast's closing «.» before its first word). A
// component added under src/studio must join one of the two tables below.
import {readdirSync, readFileSync} from 'node:fs'
import {join, relative} from 'node:path'
import {studioTheme, ThemeProvider} from '@sanity/ui'
import {act, createElement, type ReactNode} from 'react'
import {createRoot} from 'react-dom/client'
import {renderToStaticMarkup} from 'react-dom/server'
import type {DocumentActionDescription, DocumentActionModalDialogProps, DocumentActionProps} from 'sanity'
import {describe, expect, test, vi} from 'vitest'
import {CommentDialog} from '../../src/studio/actions/CommentDialog.tsx'
import {RejectClaimAction} from '../../src/studio/actions/RejectClaimAction.tsx'
import {reportFailure, reportOutcome} from '../../src/studio/actions/reportOutcome.ts'
import {WithdrawClaimAction} from '../../src/studio/actions/WithdrawClaimAction.tsx'
import {ArabicField} from '../../src/studio/inputs/ArabicField.tsx'
import {ArabicTextDirection} from '../../src/studio/inputs/ArabicTextDirection.tsx'
import {ArabicMessage, ArabicText, ArabicTextLines} from '../../src/studio/messages/ArabicMessage.tsx'
import {StructureNotice} from '../../src/studio/structure/StructureNotice.tsx'
import {CLAIMS} from '../workflow/workflowFixtures.ts'

const pane = vi.hoisted(() => ({toasts: [] as {title?: ReactNode; description?: ReactNode}[]}))

vi.mock('../../src/studio/actions/useClaimWorkflow.ts', async () => {
  const {decideTransition} = await import('../../src/workflow/decideTransition.ts')
  const {ACTORS, CLAIMS: claims, TODAY} = await import('../workflow/workflowFixtures.ts')
  return {
    useClaimWorkflow: (_props: unknown, action: 'reject' | 'withdraw') => ({
      decision: decideTransition({action, claim: action === 'reject' ? claims.inReview : claims.approved, actor: ACTORS.reviewer, today: TODAY}),
      reviewPeriod: async () => ({months: 12, jurisdiction: 'EG'}),
      run: async () => ({ok: true, plan: {set: {}, unset: [], append: []}}),
    }),
  }
})
vi.mock('@sanity/ui/toast', () => ({useToast: () => ({push: (toast: (typeof pane.toasts)[number]) => pane.toasts.push(toast)})}))

/** The outermost element's opening tag, as rendered under Sanity's theme. */
const openingTag = (node: ReactNode): string => renderToStaticMarkup(createElement(ThemeProvider, {theme: studioTheme}, node)).match(/^<[^>]*>/)?.[0] ?? '(text only)'
const readsRightToLeft = (node: ReactNode) => {
  const tag = openingTag(node)
  return {rtl: tag.includes('dir="rtl"'), arabic: tag.includes('lang="ar"')}
}

const SENTENCE = 'انتهى اعتماد الادعاء claim.meso-hair-density في 2026-06-30.'

describe('Sanad\'s components that show its words', () => {
  test.each([
    {name: 'ArabicMessage (action tooltips, confirm dialogs)', node: createElement(ArabicMessage, {lines: [SENTENCE]})},
    {name: 'ArabicText (toasts, dialog headers)', node: createElement(ArabicText, {text: SENTENCE})},
    {name: 'ArabicTextLines (a toast\'s description of several lines)', node: createElement(ArabicTextLines, {lines: [SENTENCE, SENTENCE]})},
    {name: 'CommentDialog (reject, withdraw)', node: createElement(CommentDialog, {prompt: 'ما الذي يجب أن يغيّره الكاتب؟', confirmText: 'رفض', required: true, tone: 'critical', onConfirm: () => {}, onCancel: () => {}})},
    {name: 'ArabicField (an Arabic field\'s header)', node: createElement(ArabicField, null, 'العنوان')},
    {name: 'ArabicTextDirection (an Arabic input)', node: createElement(ArabicTextDirection, null, 'نص')},
    {name: 'StructureNotice (a structure pane that says why it lists nothing)', node: createElement(StructureNotice, {options: {lines: [SENTENCE]}})},
  ])('$name reads right to left as Arabic', ({node}) => {
    expect(readsRightToLeft(node)).toEqual({rtl: true, arabic: true})
  })

  // Components that show no words of Sanad's own, each with why it is not in the table above.
  const WITHOUT_ARABIC_WORDS: Record<string, string> = {
    DirectionalField: 'picks ArabicField or none for a field; its words are the schema\'s titles inside ArabicField',
    DirectionalInput: 'picks ArabicTextDirection or LatinTextDirection for an input',
    LatinTextDirection: 'a Latin value (PMID, DOI, e-mail) left to right',
    StudioTextDirection: 'Sanity\'s own controls in the Studio\'s locale',
    CitationPreview: 'a citation\'s title in its own direction (dir="auto"): titles are Arabic or English',
  }
  const TABLED = ['ArabicMessage', 'ArabicText', 'ArabicTextLines', 'CommentDialog', 'ArabicField', 'ArabicTextDirection', 'StructureNotice']

  test('every React component under src/studio is in one of the tables', () => {
    const root = join(import.meta.dirname, '../../src/studio')
    const files = readdirSync(root, {recursive: true, encoding: 'utf8'}).filter((file) => file.endsWith('.tsx'))
    const components = files.flatMap((file) => [...readFileSync(join(root, file), 'utf8').matchAll(/^export function ([A-Z]\w*)/gm)].map((match) => `${relative(root, join(root, file))}: ${match[1]}`))
    expect(components.filter((entry) => ![...TABLED, ...Object.keys(WITHOUT_ARABIC_WORDS)].includes(entry.split(': ')[1]!))).toEqual([])
  })
})

describe('the React slots Sanad fills in Sanity\'s chrome', () => {
  test.each([
    {name: 'a workflow action that ended', push: (toast: never) => reportOutcome(toast, 'اعتُمد الادعاء.')({ok: true, plan: {set: {}, unset: [], append: []}})},
    {name: 'a workflow action refused', push: (toast: never) => reportOutcome(toast, 'اعتُمد الادعاء.')({ok: false, reason: 'reviewDue', message: SENTENCE, latestReviewDue: '2027-11-21'})},
    {name: 'a workflow action that failed', push: (toast: never) => reportFailure(toast, 'approve')(new Error('Request error while attempting to reach https://sanad000.api.sanity.io'))},
  ])('the toast for $name: its title and description read right to left as Arabic', ({push}) => {
    pane.toasts = []
    push({push: (toast: (typeof pane.toasts)[number]) => pane.toasts.push(toast)} as never)
    const [toast] = pane.toasts
    for (const slot of [toast!.title, toast!.description].filter((node) => node !== undefined)) expect(readsRightToLeft(slot)).toEqual({rtl: true, arabic: true})
  })

  test.each([
    {name: 'reject', Action: RejectClaimAction, claim: CLAIMS.inReview},
    {name: 'withdraw', Action: WithdrawClaimAction, claim: CLAIMS.approved},
  ])('the $name dialog\'s header reads right to left as Arabic', ({Action, claim}) => {
    ;(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true
    const props = {id: claim._id, type: 'claim', draft: null, published: claim, liveEdit: false, onComplete: () => {}} as unknown as DocumentActionProps
    let shown: DocumentActionDescription | null = null
    const root = createRoot(document.createElement('div'))
    act(() => root.render(createElement(() => ((shown = Action(props)), null))))
    act(() => shown!.onHandle!())
    const header = (shown!.dialog as DocumentActionModalDialogProps).header
    act(() => root.unmount())
    expect(readsRightToLeft(header)).toEqual({rtl: true, arabic: true})
  })
})
