// One article form shows every target clinic's verdict: a problem found for several clinics is shown
// once, a problem in each linked document is its own, and the clinics it concerns are named once each.
import {describe, expect, test} from 'vitest'
import {studioArticleFindings} from '../../src/studio/validation/studioArticleFindings.ts'
import {clinic, mesotherapyProcedure, NOW, ref, seed004Article, seed004Body, span, supportingDocuments, textBlock} from '../support/gateFixtures.ts'

type Raw = Record<string, unknown> & {_id: string; _type: string}

const DISCOUNT = 'احجزي بخصم 50% على الجلسة القادمة.'
const risk = (id: string, name: string, whatToDo = 'كمادات باردة.'): Raw => ({_id: id, _type: 'risk', name, explanation: 'يزول خلال يومين.', whatToDo})
const procedure = mesotherapyProcedure({
  risks: [
    {_key: 'r1', risk: ref('risk.pain'), frequency: 'common', severity: 'mild'},
    {_key: 'r2', risk: ref('risk.redness'), frequency: 'common', severity: 'mild'},
  ],
})

/** What the form shows for seed 004 over `documents` (replacing the supporting documents with their ids). */
const formFindings = (documents: readonly Raw[], article: Raw = seed004Article()) => {
  const replaced = new Set(documents.map((document) => document._id))
  // The procedure's risks, as the Studio's context query fetches them (a missing one is reference-broken).
  const risks = [risk('risk.pain', 'ألم'), risk('risk.redness', 'احمرار')]
  const referenced = [...[...supportingDocuments(), ...risks].filter((document) => !replaced.has(document._id)), procedure, ...documents]
  return studioArticleFindings({document: article, context: {referenced, disclaimers: [], claimReviewers: []}, now: NOW})
}

/** `ruleId severity documentId` and what the message says after the gate's own text. */
const lines = (findings: readonly {ruleId: string; severity: string; documentId: string; message: string}[]) =>
  findings.map((finding) => `${finding.ruleId} ${finding.severity} ${finding.documentId}${finding.message.slice(finding.message.indexOf(' (في «'))}`)

describe('studioArticleFindings', () => {
  // With no clinic the gate judges nothing: an empty verdict must not read as «جاهز للنشر».
  test.each([
    ['no target clinic', [], 'لم تُختر عيادة يُنشر فيها المقال، فلم تُفحص شروط النشر بعد. اختر عيادة واحدة على الأقل في «العيادات المستهدفة».'],
    ['only a clinic that is not published', [ref('clinic.draft-only', 't1')], 'لا عيادة منشورة بين «العيادات المستهدفة»، فلم تُفحص شروط النشر بعد. اختر عيادة منشورة، أو انشر العيادة أولًا.'],
    [
      'only a clinic that is published but fails the content model',
      [ref('clinic.nour-cairo', 't1')],
      'لا تضم «العيادات المستهدفة» إلا عيادات منشورة لا تطابق مستنداتها نموذج المحتوى (انظر خطأ schema-invalid عليها)، فلا تُبنى مواقعها ولم تُفحص شروط النشر بعد. أصلح مستند العيادة وأعد نشره، أو اختر عيادة أخرى منشورة.',
    ],
  ])('%s: one blocking finding at targetClinics, nothing judged', (_, targetClinics, message) => {
    const invalidCairo = {...clinic('clinic.nour-cairo', 'nour-cairo', 'عيادة نور', 'EG'), locale: 'ar'}
    expect(formFindings([invalidCairo], seed004Article({targetClinics}))).toEqual([
      {ruleId: 'target-clinics-missing', severity: 'error', message, documentId: 'article.meso-realistic', path: 'targetClinics', url: 'docs/rules/target-clinics-missing.md'},
    ])
  })

  test('the same wording in two risks: two findings, each naming its own risk, and the one clinic it blocks once', () => {
    expect(lines(formFindings([risk('risk.pain', 'ألم', DISCOUNT), risk('risk.redness', 'احمرار', DISCOUNT)]))).toEqual([
      'banned-claim warning risk.pain (في «ألم» (خطر / أثر جانبي)، الحقل «ماذا تفعل إن حدث»؛ يظهر مع هذا المقال) (لا يُنشر في: عيادة لؤلؤ حتى يُصلَح؛ يُنشر في بقية عياداته)',
      'banned-claim warning risk.redness (في «احمرار» (خطر / أثر جانبي)، الحقل «ماذا تفعل إن حدث»؛ يظهر مع هذا المقال) (لا يُنشر في: عيادة لؤلؤ حتى يُصلَح؛ يُنشر في بقية عياداته)',
    ])
  })

  // The draft's id is drafts.article.meso-realistic, the entry names the published one: the same article.
  test('a draft listing its own article among «مقالات ذات صلة» is warned at the entry, by the gate\'s own rule', () => {
    const draft = seed004Article({_id: 'drafts.article.meso-realistic', relatedArticles: [ref('article.meso-realistic', 'self')]})
    const related = formFindings([], draft).filter((finding) => finding.ruleId === 'related-article-broken')
    expect(related.map(({severity, path}) => `${severity} ${path}`)).toEqual(['warning relatedArticles[_key=="self"]'])
    expect(related[0]!.message).toContain('الربط في «مقالات ذات صلة» يشير إلى المقال نفسه (article.meso-realistic)')
  })

  test('a clinic listed twice among the targets is named once', () => {
    const article = seed004Article({targetClinics: [ref('clinic.nour-cairo', 't1'), ref('clinic.lulu-dubai', 't2'), ref('clinic.lulu-dubai', 't3')]})
    expect(lines(formFindings([risk('risk.pain', 'ألم', DISCOUNT), risk('risk.redness', 'احمرار')], article))).toEqual([
      'banned-claim warning risk.pain (في «ألم» (خطر / أثر جانبي)، الحقل «ماذا تفعل إن حدث»؛ يظهر مع هذا المقال) (لا يُنشر في: عيادة لؤلؤ حتى يُصلَح؛ يُنشر في بقية عياداته)',
    ])
  })

  test('two clinics of the same name are two clinics: the one that passes keeps Publish for itself, the other is named by its slug', () => {
    // An Egyptian and an Emirati branch under one brand: the discount blocks only the Emirati one.
    const clinics = [clinic('clinic.nour-cairo', 'nour-cairo', 'عيادة نور', 'EG'), clinic('clinic.lulu-dubai', 'nour-dubai', 'عيادة نور', 'AE')]
    const article = seed004Article({targetClinics: [ref('clinic.nour-cairo', 't1'), ref('clinic.lulu-dubai', 't2')]})
    const findings = formFindings([...clinics, risk('risk.pain', 'ألم', DISCOUNT), risk('risk.redness', 'احمرار')], article)
    expect(lines(findings)).toEqual([
      'banned-claim warning risk.pain (في «ألم» (خطر / أثر جانبي)، الحقل «ماذا تفعل إن حدث»؛ يظهر مع هذا المقال) (لا يُنشر في: عيادة نور (nour-dubai) حتى يُصلَح؛ يُنشر في بقية عياداته)',
    ])
    expect(findings[0]!.blocksClinics).toEqual([{_id: 'clinic.lulu-dubai', label: 'عيادة نور (nour-dubai)'}])
  })

  test('two Emirati branches of one name, both left out: each named, apart, by its slug', () => {
    const clinics = [clinic('clinic.lulu-dubai', 'nour-dubai', 'عيادة نور', 'AE'), clinic('clinic.nour-abudhabi', 'nour-abudhabi', 'عيادة نور', 'AE')]
    const article = seed004Article({targetClinics: [ref('clinic.nour-cairo', 't1'), ref('clinic.lulu-dubai', 't2'), ref('clinic.nour-abudhabi', 't3')]})
    const findings = formFindings([...clinics, risk('risk.pain', 'ألم', DISCOUNT), risk('risk.redness', 'احمرار')], article)
    expect(lines(findings)).toEqual([
      'banned-claim warning risk.pain (في «ألم» (خطر / أثر جانبي)، الحقل «ماذا تفعل إن حدث»؛ يظهر مع هذا المقال) (لا يُنشر في: عيادة نور (nour-dubai)، عيادة نور (nour-abudhabi) حتى يُصلَح؛ يُنشر في بقية عياداته)',
    ])
    expect(findings[0]!.blocksClinics).toEqual([
      {_id: 'clinic.lulu-dubai', label: 'عيادة نور (nour-dubai)'},
      {_id: 'clinic.nour-abudhabi', label: 'عيادة نور (nour-abudhabi)'},
    ])
  })
})

describe('studioArticleFindings: a half-filled article', () => {
  const located = (findings: readonly {ruleId: string; severity: string; path: string}[]) => findings.map((f) => `${f.ruleId} ${f.severity} ${f.path}`)
  const withoutDisclaimers = seed004Body().filter((block) => (block as {_type: string})._type !== 'disclaimerBlock')

  test('no title or slug yet: each named by its Studio title, and the gate’s other findings shown beside them', () => {
    const findings = formFindings([], seed004Article({_id: 'drafts.article.meso-realistic', title: '', slug: undefined, body: withoutDisclaimers}))
    expect(located(findings)).toEqual([
      'schema-invalid error title',
      'schema-invalid error slug',
      // One per clinic: each names its own country's disclaimer.
      'disclaimer-missing error body',
      'disclaimer-missing error body',
      'disclaimer-missing error body',
    ])
    // Publish names them; the form leaves marking them to the fields' own required rules.
    expect(findings.map((finding) => finding.markedByField ?? false)).toEqual([true, true, false, false, false])
    expect(findings.slice(0, 2).map((finding) => finding.message)).toEqual([
      'المستند لا يطابق نموذج المحتوى في الحقل «العنوان» (title): الحقل فارغ، ويجب أن يُملأ. صحّح الحقل في الاستوديو ثم أعد النشر.',
      'المستند لا يطابق نموذج المحتوى في الحقل «المعرّف في الرابط» (slug): الحقل مطلوب وليست له قيمة. صحّح الحقل في الاستوديو ثم أعد النشر.',
    ])
  })

  test('an empty slug with a promise of results in the body: the promise is found before the slug is filled', () => {
    const body = [...seed004Body(), textBlock('b9', [span('s1', 'والنتائج مضمونة.')])]
    expect(located(formFindings([], seed004Article({slug: {_type: 'slug', current: ''}, body})))).toEqual([
      'schema-invalid error slug.current',
      'banned-claim error body[_key=="b9"].children[_key=="s1"].text',
    ])
  })

  test('a slug with a space and a promise of results in the body: the slug is marked by its own rule, the promise by the gate', () => {
    const body = [...seed004Body(), textBlock('b9', [span('s1', 'والنتائج مضمونة.')])]
    const findings = formFindings([], seed004Article({slug: {_type: 'slug', current: 'ميزوثيرابي واقعي'}, body}))
    expect(located(findings)).toEqual(['schema-invalid error slug.current', 'banned-claim error body[_key=="b9"].children[_key=="s1"].text'])
    expect(findings.map((finding) => finding.markedByField ?? false)).toEqual([true, false])
  })

  test('a clean half-filled article: only the empty field, no finding about the stand-in the gate read', () => {
    expect(located(formFindings([], seed004Article({title: undefined})))).toEqual(['schema-invalid error title'])
  })

  test('an empty title and a date typed wrong: the boundary’s findings only, both; only the date is marked by the gate', () => {
    const findings = formFindings([], seed004Article({title: '', lastReviewed: '١/٩/٢٠٢٦', body: withoutDisclaimers}))
    expect(located(findings)).toEqual(['schema-invalid error title', 'schema-invalid error lastReviewed'])
    expect(findings.map((finding) => finding.markedByField ?? false)).toEqual([true, false])
  })
})

