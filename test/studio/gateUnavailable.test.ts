// A form whose checks cannot fetch what they need (article, claim, an edit's held-back articles) says
// so in Arabic: which checks did not run, what happened and what to do; the error's own English words
// only in brackets at the end, as the technical detail.
import {ClientError} from '@sanity/client'
import type {SanityDocument, ValidationContext} from 'sanity'
import {describe, expect, test} from 'vitest'
import {createArticleValidation} from '../../src/studio/validation/articleValidation.ts'
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

/** The markers `validation` shows at `level` on `document` when every fetch fails with `error`, as said (isolates taken out). */
const markersOn = async (validation: Validation, level: string, document: Record<string, unknown>, error: unknown) => {
  const context = {getClient: () => failingWith(error)} as unknown as ValidationContext
  const validator = validatorsOf(validation).find((entry) => entry.level === level)!
  const result = (await validator.run(document, context)) as {message: string}[]
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
