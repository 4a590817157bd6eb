// @vitest-environment jsdom
// Publish checks that throw (here bidi-control, made to throw as a buggy rule would) settle as a
// blocking finding that names the document and says to report it: the article's Publish stays
// disabled with that reason, not «جارٍ تشغيل فحوص النشر…» for good, and the next revision checks
// again; the article, procedure and claim forms say it in Arabic, not in Sanity's English exception.
// Only Sanity's client hook is stood in for: a fake Studio answering the real GROQ.
import {act, createElement, type ReactElement} from 'react'
import {createRoot} from 'react-dom/client'
import type {DocumentActionComponent, DocumentActionDescription, DocumentActionProps} from 'sanity'
import {describe, expect, test, vi} from 'vitest'
import {withArticleGate} from '../../src/studio/actions/ArticlePublishAction.ts'
import type {ArabicMessageProps} from '../../src/studio/messages/ArabicMessage.tsx'
import {createArticleValidation} from '../../src/studio/validation/articleValidation.ts'
import {createClaimValidation} from '../../src/studio/validation/claimValidation.ts'
import {procedureValidation} from '../../src/studio/validation/procedureValidation.ts'
import {fakeStudio, runValidation} from '../support/fakeStudio.ts'
import {mesotherapyProcedure, NOW, seed004Article, supportingDocuments} from '../support/gateFixtures.ts'

const rule = vi.hoisted(() => ({crashing: true}))

vi.mock('../../src/checks/bidi-control.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/checks/bidi-control.ts')>()
  const crashWhenAsked = <Args extends unknown[], Result>(check: (...args: Args) => Result) => (...args: Args): Result => {
    if (rule.crashing) throw new TypeError('Cannot read properties of undefined (reading \'text\')')
    return check(...args)
  }
  const {bidiControl} = original
  return {...original, bidiControl: {...bidiControl, run: crashWhenAsked(bidiControl.run), runOnTexts: crashWhenAsked(bidiControl.runOnTexts!)}}
})

const studio = vi.hoisted(() => ({client: undefined as unknown}))
vi.mock('sanity', async (importOriginal) => ({...(await importOriginal<typeof import('sanity')>()), useClient: () => studio.client}))

const crashed = (where: string) =>
  `تعذّر إكمال فحوص النشر في ${where}: تعطّل أحد الفحوص نفسه، فلا يُنشر قبل أن تكتمل. أبلغ مسؤول الاستوديو بالتفاصيل التقنية المرفقة؛ يُعاد الفحص مع كل تعديل تحفظه. (التفاصيل التقنية: Cannot read properties of undefined (reading 'text')) [gate-crashed]`
const ARTICLE_CRASHED = crashed('«الميزوثيرابي للشعر والبشرة: حقنة صغيرة…» (مقال)')

const published = supportingDocuments()
const draftOf = (rev: string) => ({...seed004Article(), _id: 'drafts.article.meso-realistic', _rev: rev})

describe('the article\'s Publish when its checks throw', () => {
  const SanityPublish: DocumentActionComponent = () => ({label: 'نشر', onHandle: () => {}})
  SanityPublish.action = 'publish'
  const ArticlePublish = withArticleGate(SanityPublish)

  test('disabled with what failed and what to do; the next revision checks again', async () => {
    ;(globalThis as {IS_REACT_ACT_ENVIRONMENT?: boolean}).IS_REACT_ACT_ENVIRONMENT = true
    studio.client = fakeStudio(published).context.getClient({apiVersion: '2025-02-19'})
    let shown: DocumentActionDescription | null = null
    const root = createRoot(document.createElement('div'))
    const show = async (rev: string) => {
      const props = {id: 'article.meso-realistic', type: 'article', draft: draftOf(rev), published: null, liveEdit: false, onComplete: () => {}} as unknown as DocumentActionProps
      act(() => root.render(createElement(() => ((shown = ArticlePublish(props)), null))))
      const linesOf = () => (shown!.title as ReactElement<ArabicMessageProps> | undefined)?.props.lines
      // Long enough for the first run's imports on a busy machine; a Publish that never settles still fails.
      await vi.waitFor(async () => {
        await act(async () => {})
        expect(linesOf()).not.toEqual(['جارٍ تشغيل فحوص النشر…'])
      }, {timeout: 20_000})
      return {disabled: shown!.disabled ?? false, lines: linesOf()}
    }

    rule.crashing = true
    expect(await show('r1')).toEqual({disabled: true, lines: ['لا يُنشر المقال لأن فحوص النشر تحجبه:', `• ${ARTICLE_CRASHED}`]})
    rule.crashing = false
    expect(await show('r2')).toEqual({disabled: false, lines: undefined})
    act(() => root.unmount())
  })
})

describe('a form whose checks throw says so in Arabic', () => {
  test.each([
    {name: 'article: an error', validate: () => runValidation(createArticleValidation(() => NOW), draftOf('r1'), published), expected: [ARTICLE_CRASHED]},
    {
      name: 'procedure: an error',
      validate: () => runValidation(procedureValidation, {...mesotherapyProcedure(), _id: 'drafts.procedure.mesotherapy'}, published),
      expected: [crashed('«الميزوثيرابي» (إجراء)')],
    },
    {
      name: 'claim: an error',
      validate: () => runValidation(createClaimValidation(() => NOW), {...published.find((raw) => raw._id === 'claim.meso-hair-density')!, _id: 'drafts.claim.meso-hair-density'}, published),
      expected: [crashed('«بعض الدراسات تشير لتحسّن في كثافة الشعر…» (ادعاء طبي)')],
    },
  ])('$name', async ({validate, expected}) => {
    rule.crashing = true
    const {results} = await validate()
    expect((results.error as {message: string}[]).map((marker) => marker.message)).toEqual(expected)
  })
})
