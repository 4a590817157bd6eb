// The person form warns when publishing the edit would hold back articles that credit the person or
// link a claim they approved (a medical reviewer's role taken away, a writer's), which the build found
// and the form did not: the articles' and claims' forms showed it only after publishing. The gate's
// own rules run, under each clinic's preset, on the published content and on it with the edit in place.
import {evaluate, parse} from 'groq-js'
import {getPublishedId} from 'sanity'
import {describe, expect, test} from 'vitest'
import {articleGateContextQuery, personEditContextQuery} from '../../src/queries.ts'
import {createPersonValidation} from '../../src/studio/validation/personValidation.ts'
import {personEditArticleIds, studioPersonEditFindings, type PersonEditContext} from '../../src/studio/validation/studioPersonEditFindings.ts'
import {runValidation} from '../support/fakeStudio.ts'
import {claimRefMark, disclaimerBlock, licence, NOW, person, ref, seed004Article, seed004Body, span, supportingDocuments, textBlock} from '../support/gateFixtures.ts'

type Raw = Record<string, unknown> & {_id: string; _type: string}

/** A second article, for Cairo only and published there today: reviewed by Dr Karim, linking a claim Dr Hala approved. */
const minoxidilArticle: Raw = seed004Article({
  _id: 'article.minoxidil-basics',
  title: 'المينوكسيديل الموضعي: ما الذي يمكن توقّعه؟',
  slug: {current: 'minoxidil-basics'},
  body: [textBlock('b1', [span('s1', 'يبقى المينوكسيديل الموضعي صاحب الدليل الأقوى كخيار أول', ['m1'])], [claimRefMark('m1', 'claim.minoxidil-first-line')]), disclaimerBlock('d-eg', 'disclaimer.eg-2026')],
  procedures: [],
  medicalReviewer: ref('person.dr-karim'),
  targetClinics: [ref('clinic.nour-cairo', 't1')],
})
const karim = {...person('person.dr-karim', 'د. كريم فؤاد', ['medicalReviewer']), licence: licence('نقابة أطباء مصر', 'EMS-2012-11873', 'EG')}
const published: Raw[] = [...supportingDocuments(), karim, seed004Article(), minoxidilArticle]
const hala = published.find((document) => document._id === 'person.dr-hala')!
const mona = published.find((document) => document._id === 'person.mona')!
const draftOf = (document: Raw, change: Record<string, unknown>): Raw => ({...document, ...change, _id: `drafts.${document._id}`})

const fetched = async (query: string, params: Record<string, unknown>, documents: readonly Raw[]) =>
  (await evaluate(parse(query, {params}), {dataset: documents, params})).get()

/** The findings as the form gets them: the person's context, then what the articles it would hold back reference. */
const findingsFor = async (document: Raw, documents: readonly Raw[] = published) => {
  const publishedId = getPublishedId(document._id)
  const context: PersonEditContext = await fetched(personEditContextQuery, {id: publishedId}, documents)
  const ids = personEditArticleIds({document, publishedId, context, now: NOW})
  return studioPersonEditFindings({document, publishedId, context, referenced: await fetched(articleGateContextQuery, {ids}, documents), now: NOW})
}

const MESO = '«الميزوثيرابي للشعر والبشرة: حقنة صغيرة… نتائج واقعية (مش سحر)»'
const MINOXIDIL = '«المينوكسيديل الموضعي: ما الذي يمكن توقّعه؟»'
const REVIEWER_WITHOUT_ROLE =
  'reviewer-missing warning إن نُشر هذا التعديل فلن تُنشر هذه المقالات (عددها 1): ' +
  `${MESO} في «عيادة نور» و«عيادة الروضة» و«عيادة لؤلؤ». ` +
  'لا يحمل ملف «د. هالة منصور» دور «مراجع طبي»، فلا يُعتدّ بالمراجعة المسجّلة. اختر مراجعًا له هذا الدور، أو أضف الدور إلى الملف إن توافرت المؤهلات اللازمة.'

const CLAIM_WITHOUT_REVIEWER = (claimId: string, statement: string) =>
  `اعتماد الادعاء ${claimId} («${statement}») من «د. هالة منصور»، ولا يحمل ملف «د. هالة منصور» دور «مراجع طبي»، فلا يُعتدّ بهذا الاعتماد. ` +
  'اطلب من مراجع له دور «مراجع طبي» تجديد الاعتماد بزر «تجديد الاعتماد»، أو أضف الدور إلى ملف المراجع في «شخص» إن توافرت المؤهلات اللازمة؛ أو احذف الجملة المربوطة به.'
const HAIR_DENSITY = 'بعض الدراسات تشير لتحسّن في كثافة الشعر أو سماكته بعد 3–6 جل…'
const CLAIMS_WITHOUT_REVIEWER =
  'claim-reviewer-role warning إن نُشر هذا التعديل فلن تُنشر هذه المقالات (عددها 2): ' +
  `${MESO} في «عيادة نور» و«عيادة الروضة» و«عيادة لؤلؤ»، ${MINOXIDIL} في «عيادة نور»، ` +
  'لأنها تربط هذه الادعاءات التي اعتمدها «د. هالة منصور» (عددها 2): ' +
  `claim.meso-hair-density («${HAIR_DENSITY}»)، claim.minoxidil-first-line («يبقى المينوكسيديل الموضعي صاحب الدليل الأقوى كخيار أول.»). ` +
  CLAIM_WITHOUT_REVIEWER('claim.meso-hair-density', HAIR_DENSITY)

const lines = (findings: readonly {ruleId: string; severity: string; message: string}[]) => findings.map((f) => `${f.ruleId} ${f.severity} ${f.message}`)

describe('studioPersonEditFindings', () => {
  test.each([
    {name: 'an edit that keeps the roles and licences', document: draftOf(hala, {credentials: 'استشارية الأمراض الجلدية'}), expected: []},
    {
      name: 'the medical reviewer role taken away: the article she reviewed, and the articles linking the claims she approved, naming those claims',
      document: draftOf(hala, {roles: ['writer']}),
      expected: [REVIEWER_WITHOUT_ROLE, CLAIMS_WITHOUT_REVIEWER],
    },
    {name: 'the writer role taken away: author-missing holds back only in Saudi Arabia, where it is an error', document: draftOf(mona, {roles: ['editor']}), expected: [
      'author-missing warning إن نُشر هذا التعديل فلن تُنشر هذه المقالات (عددها 1): ' +
        `${MESO} في «عيادة الروضة». ` +
        'لا يحمل ملف «منى عبد الله» دور «كاتب طبي». اختر كاتبًا له هذا الدور، أو أضف الدور إلى الملف.',
    ]},
    {name: 'a licence taken away: reviewer-licence-jurisdiction only warns in every country, so nothing is held back', document: draftOf(hala, {otherLicences: []}), expected: []},
    {name: 'a new person no article credits', document: person('drafts.person.salma', 'د. سلمى يوسف', ['writer']), expected: []},
  ])('$name', async ({document, expected}) => {
    expect(lines(await findingsFor(document))).toEqual(expected)
  })

  test('an article the rules already hold back is not named again', async () => {
    const documents = published.map((document) => (document._id === 'person.dr-hala' ? {...document, roles: ['writer']} : document))
    const document = draftOf(hala, {roles: ['writer'], credentials: 'استشارية'})
    expect(await findingsFor(document, documents)).toEqual([])
  })

  test('an article another rule already holds back in a clinic is not named for that clinic', async () => {
    // Riyadh does not publish the mesotherapy article today: it lacks the Saudi disclaimer.
    const documents = published.map((document) => (document._id === 'article.meso-realistic' ? {...document, body: seed004Body().filter((block) => (block as {_key: string})._key !== 'd-sa')} : document))
    const document = draftOf(hala, {roles: ['writer']})
    expect(lines(await findingsFor(document, documents))[0]).toBe(REVIEWER_WITHOUT_ROLE.replace(' و«عيادة الروضة»', ''))
  })
})

describe('the person form', () => {
  test('fetches the published content and warns on the form, beside the byline rules', async () => {
    const {results, requests} = await runValidation(createPersonValidation(() => NOW), draftOf(hala, {roles: ['writer'], credentials: '\u202Eاستشارية'}), published)
    expect(requests.map(({perspective, params}) => [perspective, params])).toEqual([
      ['published', {id: 'person.dr-hala'}],
      ['published', {ids: personEditArticleIds({document: draftOf(hala, {roles: ['writer']}), publishedId: 'person.dr-hala', context: await fetched(personEditContextQuery, {id: 'person.dr-hala'}, published), now: NOW})}],
    ])
    expect((results.error as {message: string; path: unknown}[]).map((marker) => [marker.path, marker.message.endsWith('[bidi-control]')])).toEqual([[['credentials'], true]])
    expect(results.warning).toEqual([
      {message: `${REVIEWER_WITHOUT_ROLE.slice('reviewer-missing warning '.length)} [reviewer-missing]`},
      {message: `${CLAIMS_WITHOUT_REVIEWER.slice('claim-reviewer-role warning '.length)} [claim-reviewer-role]`},
    ])
  })
})
