// A form whose checks cannot fetch what they need (article, claim, an edit's held-back articles) says
// so in Arabic: which checks did not run, what happened and what to do; the error's own English words
// only in brackets at the end, as the technical detail.
import {ClientError} from '@sanity/client'
import type {SanityDocument, ValidationContext} from 'sanity'
import {describe, expect, test, vi} from 'vitest'
import {createArticleValidation, FORM_FETCH_ATTEMPTS} from '../../src/studio/validation/articleValidation.ts'
import {createClaimValidation} from '../../src/studio/validation/claimValidation.ts'
import {editImpactFindings} from '../../src/studio/validation/editImpactFindings.ts'
import {withoutIsolates} from '../../src/studio/messages/bidiIsolates.ts'
import {validatorsOf, type Validation} from '../support/fakeStudio.ts'

const SESSION_ENDED = new ClientError({
  statusCode: 401,
  body: {error: 'Unauthorized', message: 'Session not found', statusCode: 401},
  headers: {},
  url: 'https://sanad000.api.sanity.io/v2025-02-19/data/query/production',
  method: 'GET',
})
const OFFLINE = Object.assign(new Error('Request error while attempting to reach https://sanad000.api.sanity.io/v2025-02-19/data/query/production'), {isNetworkError: true})

const SESSION = 'انتهت جلسة دخولك: سجّل الدخول من جديد ثم أعد المحاولة. (التفاصيل التقنية: Unauthorized - Session not found)'
const NO_NETWORK = `لم يصل الاستوديو إلى خادم المحتوى: تحقّق من اتصالك بالإنترنت ثم أعد المحاولة. (التفاصيل التقنية: ${OFFLINE.message})`

const CLAIM_CHECKS = 'تعذّر تشغيل فحوص الادعاء الآن (نصوصه في بلدان عيادات مقالاته، ومراجعه الطبي)، فلا يُرسَل للمراجعة ولا يُعتمد ولا يُنشر قبل أن تعمل.'

const failingWith = (error: unknown) => ({fetch: async () => Promise.reject(error)})

/** What `validator` gives for `document` with `client`, the retries' pauses run through on a fake clock. */
const validated = async (validator: ReturnType<typeof validatorsOf>[number], document: Record<string, unknown>, client: unknown) => {
  vi.useFakeTimers({toFake: ['setTimeout']})
  try {
    const result = validator.run(document, {getClient: () => client} as unknown as ValidationContext)
    await vi.runAllTimersAsync()
    return (await result) as true | {message: string}[]
  } finally {
    vi.useRealTimers()
  }
}

/** The markers `validation` shows at `level` on `document` when every fetch fails with `error`, as said (isolates taken out). */
const markersOn = async (validation: Validation, level: string, document: Record<string, unknown>, error: unknown) => {
  const validator = validatorsOf(validation).find((entry) => entry.level === level)!
  const result = (await validated(validator, document, failingWith(error))) as {message: string}[]
  return result.map((marker) => withoutIsolates(marker.message))
}

const ARTICLE = {_id: 'drafts.article.meso-realistic', _type: 'article', title: 'الميزوثيرابي للشعر'}
const CLAIM = {_id: 'drafts.claim.meso-hair-density', _type: 'claim', statement: 'قد يُحسّن الميزوثيرابي كثافة الشعر.'}

describe('a check that could not fetch says so in Arabic', () => {
  test.each([
    {name: 'article, session ended: an error', validation: createArticleValidation(), level: 'error', document: ARTICLE, error: SESSION_ENDED, expected: [`تعذّر تشغيل فحوص النشر الآن، فلا تنشر قبل أن تعمل. ${SESSION} [gate-unavailable]`]},
    {name: 'article, offline', validation: createArticleValidation(), level: 'error', document: ARTICLE, error: OFFLINE, expected: [`تعذّر تشغيل فحوص النشر الآن، فلا تنشر قبل أن تعمل. ${NO_NETWORK} [gate-unavailable]`]},
    // An error, so the claim is not submitted or approved with texts no rule has read.
    {name: 'claim, session ended: an error', validation: createClaimValidation(), level: 'error', document: CLAIM, error: SESSION_ENDED, expected: [`${CLAIM_CHECKS} ${SESSION} [gate-unavailable]`]},
    {name: 'claim, offline', validation: createClaimValidation(), level: 'error', document: CLAIM, error: OFFLINE, expected: [`${CLAIM_CHECKS} ${NO_NETWORK} [gate-unavailable]`]},
  ])('$name', async ({validation, level, document, error, expected}) => {
    expect(await markersOn(validation as Validation, level, document, error)).toEqual(expected)
  })

  test.each([
    {name: 'session ended', error: SESSION_ENDED, expected: `تعذّر التحقق الآن من المقالات التي يمسّها هذا التعديل. ${SESSION}`},
    {name: 'offline', error: OFFLINE, expected: `تعذّر التحقق الآن من المقالات التي يمسّها هذا التعديل. ${NO_NETWORK}`},
  ])('an edit\'s held-back articles, $name: a warning', async ({error, expected}) => {
    const document = {_id: 'drafts.person.dr-hala', _type: 'person'} as SanityDocument
    const findings = await editImpactFindings(failingWith(error), document, 'context', {}, {impactOf: () => ({}), articleIds: () => [], findingsOf: () => []})
    expect(findings.map(({ruleId, severity, message}) => ({ruleId, severity, message}))).toEqual([{ruleId: 'gate-unavailable', severity: 'warning', message: expected}])
  })
})

// Sanity validates a snapshot again only when it changes or its pane reopens, and keeps its own Publish
// disabled while an error stands: a passing failure must not stick to the snapshot.
describe('a form whose fetch fails asks again before it says so, and does not keep the failure', () => {
  const lake = (answers: unknown[]) => {
    const lake = {asked: 0, fetch: async () => {
      lake.asked++
      const answer = answers.shift()
      if (answer instanceof Error) throw answer
      return answer
    }}
    return lake
  }
  const errors = () => validatorsOf(createArticleValidation() as Validation).find((entry) => entry.level === 'error')!

  // Nothing referenced: the draft's own findings (no author, no disclaimer…), not gate-unavailable.
  const CONTEXT = {referenced: [], disclaimers: [], claimReviewers: []}
  const said = (result: true | {message: string}[]) => (result === true ? [] : result.map((marker) => withoutIsolates(marker.message)))

  test('offline, then a 503, then the context: the findings of a fetch that answered at once, after three fetches', async () => {
    const SERVER_DOWN = new ClientError({statusCode: 503, body: {error: 'Service Unavailable', statusCode: 503}, headers: {}, url: OFFLINE.message, method: 'GET'})
    const client = lake([OFFLINE, SERVER_DOWN, CONTEXT])
    const result = said(await validated(errors(), ARTICLE, client))
    const atOnce = said(await validated(errors(), ARTICLE, lake([CONTEXT])))
    expect(atOnce.length).toBeGreaterThan(0)
    expect(atOnce.join('\n')).not.toContain('gate-unavailable')
    expect({asked: client.asked, result}).toEqual({asked: 3, result: atOnce})
  })

  test('failing every time: the finding after FORM_FETCH_ATTEMPTS fetches; the same snapshot validated again fetches anew, and a clean run is kept', async () => {
    const validator = errors()
    const client = lake([...Array.from({length: FORM_FETCH_ATTEMPTS}, () => OFFLINE), CONTEXT])
    const first = said(await validated(validator, ARTICLE, client))
    const askedFirst = client.asked
    const second = said(await validated(validator, ARTICLE, client))
    const askedSecond = client.asked
    const third = said(await validated(validator, ARTICLE, client))
    expect({first, askedFirst, askedSecond, askedThird: client.asked}).toEqual({
      first: [`تعذّر تشغيل فحوص النشر الآن، فلا تنشر قبل أن تعمل. ${NO_NETWORK} [gate-unavailable]`],
      askedFirst: FORM_FETCH_ATTEMPTS,
      askedSecond: FORM_FETCH_ATTEMPTS + 1,
      askedThird: FORM_FETCH_ATTEMPTS + 1,
    })
    expect(second.join('\n')).not.toContain('gate-unavailable')
    expect(third).toEqual(second)
  })
})
