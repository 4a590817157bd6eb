// The person form warns when publishing the edit would hold back articles that credit the person or
// link a claim they approved (a medical reviewer's role taken away, a writer's), which the build found
// and the form did not: the articles' and claims' forms showed it only after publishing. The gate's
// own rules run, under each clinic's preset, on the published content and on it with the edit in place.
import {evaluate, parse} from 'groq-js'
import {getPublishedId} from 'sanity'
import {describe, expect, test} from 'vitest'
import {personEditContextQuery} from '../../src/queries.ts'
import {createPersonValidation} from '../../src/studio/validation/personValidation.ts'
import {studioPersonEditFindings, type PersonEditContext} from '../../src/studio/validation/studioPersonEditFindings.ts'
import {runValidation} from '../support/fakeStudio.ts'
import {claimRefMark, licence, NOW, person, ref, seed004Article, span, supportingDocuments, textBlock} from '../support/gateFixtures.ts'

type Raw = Record<string, unknown> & {_id: string; _type: string}

/** A second article, for Cairo only: reviewed by Dr Karim, linking a claim Dr Hala approved. */
const minoxidilArticle: Raw = seed004Article({
  _id: 'article.minoxidil-basics',
  title: 'المينوكسيديل الموضعي: ما الذي يمكن توقّعه؟',
  slug: {current: 'minoxidil-basics'},
  body: [textBlock('b1', [span('s1', 'يبقى المينوكسيديل الموضعي صاحب الدليل الأقوى كخيار أول', ['m1'])], [claimRefMark('m1', 'claim.minoxidil-first-line')])],
  procedures: [],
  medicalReviewer: ref('person.dr-karim'),
  targetClinics: [ref('clinic.nour-cairo', 't1')],
})
const karim = {...person('person.dr-karim', 'د. كريم فؤاد', ['medicalReviewer']), licence: licence('نقابة أطباء مصر', 'EMS-2012-11873', 'EG')}
const published: Raw[] = [...supportingDocuments(), karim, seed004Article(), minoxidilArticle]
const hala = published.find((document) => document._id === 'person.dr-hala')!
const mona = published.find((document) => document._id === 'person.mona')!
const draftOf = (document: Raw, change: Record<string, unknown>): Raw => ({...document, ...change, _id: `drafts.${document._id}`})

const contextFor = async (publishedId: string, documents: readonly Raw[]): Promise<PersonEditContext> =>
  (await evaluate(parse(personEditContextQuery, {params: {id: publishedId}}), {dataset: documents, params: {id: publishedId}})).get()

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
    const publishedId = getPublishedId(document._id)
    expect(lines(studioPersonEditFindings({document, publishedId, context: await contextFor(publishedId, published), now: NOW}))).toEqual(expected)
  })

  test('an article the rules already hold back is not named again', async () => {
    const documents = published.map((document) => (document._id === 'person.dr-hala' ? {...document, roles: ['writer']} : document))
    const document = draftOf(hala, {roles: ['writer'], credentials: 'استشارية'})
    expect(studioPersonEditFindings({document, publishedId: 'person.dr-hala', context: await contextFor('person.dr-hala', documents), now: NOW})).toEqual([])
  })
})

describe('the person form', () => {
  test('fetches the published content and warns on the form, beside the byline rules', async () => {
    const {results, requests} = await runValidation(createPersonValidation(() => NOW), draftOf(hala, {roles: ['writer'], credentials: '\u202Eاستشارية'}), published)
    expect(requests.map(({perspective, params}) => [perspective, params])).toEqual([['published', {id: 'person.dr-hala'}]])
    expect((results.error as {message: string; path: unknown}[]).map((marker) => [marker.path, marker.message.endsWith('[bidi-control]')])).toEqual([[['credentials'], true]])
    expect(results.warning).toEqual([
      {message: `${REVIEWER_WITHOUT_ROLE.slice('reviewer-missing warning '.length)} [reviewer-missing]`},
      {message: `${CLAIMS_WITHOUT_REVIEWER.slice('claim-reviewer-role warning '.length)} [claim-reviewer-role]`},
    ])
  })
})
