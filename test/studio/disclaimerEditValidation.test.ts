// The clinic and disclaimer forms warn when publishing the edit would hold articles back for want of
// the disclaimer in force (disclaimer-missing), which the build found and the form did not: a clinic
// moved to another country, a new disclaimer version taking effect, a disclaimer moved to another
// country. The same check runs on the published content and on it with the edit in place.
import {evaluate, parse} from 'groq-js'
import {getPublishedId} from 'sanity'
import {describe, expect, test} from 'vitest'
import {createClinicTextsValidation} from '../../src/studio/validation/clinicTextsValidation.ts'
import {articleGateContextQuery} from '../../src/queries.ts'
import {disclaimerEditArticleIds, studioDisclaimerEditFindings} from '../../src/studio/validation/studioDisclaimerEditFindings.ts'
import {runValidation} from '../support/fakeStudio.ts'
import {claim, clinic, disclaimer, NOW, ref, seed004Article, seed004Body, supportingDocuments} from '../support/gateFixtures.ts'

type Raw = Record<string, unknown> & {_id: string; _type: string}

/** Seed 004 for the Cairo clinic only, with the Egyptian disclaimer block alone. */
const cairoArticle = seed004Article({
  targetClinics: [ref('clinic.nour-cairo', 't1')],
  body: seed004Body().filter((block) => !['d-sa', 'd-ae'].includes((block as {_key: string})._key)),
})
/** Seed 004 publishes in Cairo today: its claims, people and procedure are published too. */
const published: Raw[] = [...supportingDocuments(), cairoArticle]
const context = (documents: readonly Raw[]) => ({
  clinics: documents.filter((document) => document._type === 'clinic'),
  disclaimers: documents.filter((document) => document._type === 'disclaimer'),
  articles: documents.filter((document) => document._type === 'article'),
})
/** The findings as the form gets them: the edit's context, then what the articles it would hold back reference. */
const findingsFor = async (document: Raw, documents: readonly Raw[]) => {
  const input = {document, publishedId: getPublishedId(document._id), context: context(documents), now: NOW}
  const params = {ids: disclaimerEditArticleIds(input)}
  return studioDisclaimerEditFindings({...input, referenced: await (await evaluate(parse(articleGateContextQuery, {params}), {dataset: documents, params})).get()})
}
const lines = (findings: readonly {ruleId: string; severity: string; message: string}[]) => findings.map((f) => `${f.ruleId} ${f.severity} ${f.message}`)
const HELD_BACK = (clinicName: string) =>
  `disclaimer-missing warning إن نُشر هذا التعديل فلن تُنشر في «${clinicName}» هذه المقالات، لأنها لا تحمل إخلاء المسؤولية الطبية الساري هناك: «${cairoArticle.title}». أضف إليها كتلة «إخلاء المسؤولية الطبية» بالإصدار الساري قبل نشر التعديل، أو بعده مباشرة.`

describe('studioDisclaimerEditFindings', () => {
  test.each([
    {name: 'a clinic edit that keeps its country', document: {...clinic('drafts.clinic.nour-cairo', 'nour-cairo', 'عيادة النور', 'EG')}, expected: []},
    {name: 'a clinic moved to Saudi Arabia: its article carries only the Egyptian disclaimer', document: {...clinic('drafts.clinic.nour-cairo', 'nour-cairo', 'عيادة نور', 'SA')}, expected: [HELD_BACK('عيادة نور')]},
    {name: 'a new Egyptian version in force from today', document: disclaimer('drafts.disclaimer.eg-2027', 'EG', '2026.2', '2026-11-21'), expected: [HELD_BACK('عيادة نور')]},
    {name: 'a new Egyptian version in force next month: nothing yet', document: disclaimer('drafts.disclaimer.eg-2027', 'EG', '2027.1', '2026-12-21'), expected: []},
    {name: 'the Egyptian version in force moved to Saudi Arabia: the 2025 one is in force again', document: disclaimer('drafts.disclaimer.eg-2026', 'SA', '2026.1', '2026-01-01'), expected: [HELD_BACK('عيادة نور')]},
    {name: 'an edit of an article already held back says nothing new', document: {...clinic('drafts.clinic.nour-cairo', 'nour-cairo', 'عيادة نور', 'SA')}, documents: [...published.filter((document) => document._type !== 'article'), {...cairoArticle, body: seed004Body().filter((block) => (block as {_type: string})._type !== 'disclaimerBlock')}], expected: []},
    {
      name: 'an article another rule already holds back (a claim rejected) is not named: the edit does not take it off the site',
      document: disclaimer('drafts.disclaimer.eg-2027', 'EG', '2026.2', '2026-11-21'),
      documents: published.map((document) => (document._id === 'claim.meso-hair-density' ? claim(document._id, document.statement as string, {review: {status: 'rejected', comment: 'الدليل ضعيف'}}) : document)),
      expected: [],
    },
  ])('$name', async ({document, documents = published, expected}) => {
    expect(lines(await findingsFor(document, documents))).toEqual(expected)
  })
})

describe('the clinic and disclaimer forms', () => {
  test('fetch the published content and warn on the form, beside the text rules', async () => {
    const validation = createClinicTextsValidation(() => NOW)
    const {results, requests} = await runValidation(validation, {...disclaimer('drafts.disclaimer.eg-2027', 'EG', '2026.2', '2026-11-21'), text: 'نتائج مضمونة ١٠٠٪'}, published)
    expect(requests.map(({perspective, params}) => [perspective, params])).toEqual([
      ['published', {id: 'disclaimer.eg-2027', jurisdiction: 'EG'}],
      ['published', {ids: disclaimerEditArticleIds({document: disclaimer('drafts.disclaimer.eg-2027', 'EG', '2026.2', '2026-11-21'), publishedId: 'disclaimer.eg-2027', context: context(published), now: NOW})}],
    ])
    expect((results.error as {message: string; path: unknown}[]).map((marker) => [marker.path, marker.message.endsWith('[banned-claim]')])).toEqual([[['text'], true]])
    expect(results.warning).toEqual([{message: `${HELD_BACK('عيادة نور').slice('disclaimer-missing warning '.length)} [disclaimer-missing]`}])
  })
})
