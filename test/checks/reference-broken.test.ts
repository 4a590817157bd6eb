// reference-broken: every reference field of an article, each reported at its exact path.
import {describe, expect, test} from 'vitest'
import {buildContentGraph} from '../../src/content/contentGraph.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import {claimRefMark, disclaimerBlock, gateFindings, graphWith, ref, seed004Article, seed004Body, span, summarize, supportingDocuments, textBlock} from '../support/gateFixtures.ts'

const RULE = 'reference-broken'
const swapBlock = (key: string, replacement: unknown) =>
  seed004Body().map((block) => ((block as {_key: string})._key === key ? replacement : block))

const cases = [
  {name: 'seed 004 resolves everywhere', article: {}, expected: []},
  {
    name: 'related article that exists',
    article: {relatedArticles: [ref('article.meso-realistic', 'r1')]},
    expected: [],
  },
  {
    name: 'claimRef to an unpublished claim',
    article: {body: swapBlock('b1', textBlock('b1', [span('s1', 'تحسّن ملحوظ', ['m1'])], [claimRefMark('m1', 'claim.ghost')]))},
    expected: [`${RULE} error body[_key=="b1"].markDefs[_key=="m1"].claim`],
    says: ['claim.ghost', 'غير موجود بين المستندات المنشورة (محذوف أو لم يُنشر بعد)'],
  },
  {
    name: 'safety embed of an unknown procedure',
    article: {body: swapBlock('p1', {_type: 'procedureSafety', _key: 'p1', procedure: ref('procedure.ghost'), show: 'both'})},
    expected: [`${RULE} error body[_key=="p1"].procedure`],
  },
  {
    name: 'disclaimer block to an unknown disclaimer',
    article: {body: swapBlock('d-sa', disclaimerBlock('d-sa', 'disclaimer.ghost'))},
    expected: [`${RULE} error body[_key=="d-sa"].disclaimer`],
  },
  {
    name: 'procedures item without a _key is addressed by index',
    article: {procedures: [ref('procedure.mesotherapy', 'pr1'), ref('procedure.ghost')]},
    expected: [`${RULE} error procedures[1]`],
  },
  // Left off the page, and related-article-broken's to report (related-article-broken.test.ts).
  {name: 'related article', article: {relatedArticles: [ref('article.ghost', 'r1')]}, expected: []},
  {name: 'author', article: {author: ref('person.ghost')}, expected: [`${RULE} error author`]},
  {name: 'medical reviewer', article: {medicalReviewer: ref('person.ghost')}, expected: [`${RULE} error medicalReviewer`]},
  // A target clinic that is not there is no site, not a hole in this one: target-clinic-unknown's.
  {
    name: 'target clinic',
    article: {targetClinics: [ref('clinic.nour-cairo', 't1'), ref('clinic.ghost', 't9')]},
    expected: [],
  },
  // Publishing the document would not mend these: the reference names the unpublished copy.
  {
    name: "a reviewer referenced by the id of the person's draft",
    article: {medicalReviewer: ref('drafts.person.dr-hala')},
    expected: [`${RULE} error medicalReviewer`],
    says: [
      'الربط في «المراجع الطبي» يشير إلى drafts.person.dr-hala، وهو معرّف نسخة غير منشورة (مسودة أو نسخة إصدار)، والمواقع لا تُبنى إلا من المستندات المنشورة. اجعل الربط يشير إلى المستند المنشور person.dr-hala (انشره أولًا إن لم يُنشر)، لا إلى نسخته غير المنشورة؛ فهذا الربط كُتب من خارج الاستوديو (استيراد أو نص برمجي).',
    ],
  },
  {
    name: "a procedure referenced by the id of a release's version of it",
    article: {procedures: [ref('versions.rSpring.procedure.mesotherapy', 'pr1')]},
    expected: [`${RULE} error procedures[_key=="pr1"]`],
    says: ['اجعل الربط يشير إلى المستند المنشور procedure.mesotherapy'],
  },
  {
    name: 'a reference to a document of the wrong type',
    article: {author: ref('clinic.nour-cairo')},
    expected: [`${RULE} error author`],
    says: ['من نوع «عيادة» والمتوقع «شخص»'],
  },
]

describe(RULE, () => {
  test.each(cases)('$name', ({article, expected, says = []}) => {
    const findings = gateFindings(graphWith(seed004Article(article))).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    for (const phrase of says) expect(findings[0]?.message).toContain(phrase)
  })

  const withInvalid = (id: string, edit: (document: Record<string, unknown>) => Record<string, unknown>) => {
    const raws = [...supportingDocuments().filter((document) => document._id !== 'article.meso-realistic'), seed004Article()]
    const parsed = parseDocuments(raws.map((document) => (document._id === id ? edit(document) : document)))
    return {parsed, findings: gateFindings(buildContentGraph(parsed.documents), {parseFindings: parsed.findings}).filter((finding) => finding.ruleId === RULE)}
  }

  test('a referenced document that failed the schema is not in the graph, so the reference is broken, and the message says it is broken, not deleted', () => {
    const {parsed, findings} = withInvalid('claim.meso-hair-density', (document) => ({...document, statement: 42}))
    expect(parsed.findings.map((finding) => `${finding.ruleId} ${finding.documentId} ${finding.path}`)).toEqual(['schema-invalid claim.meso-hair-density statement'])
    expect(summarize(findings)).toEqual([`${RULE} error body[_key=="b1"].markDefs[_key=="m1"].claim`])
    expect(findings[0]!.message).toBe(
      'الربط في «ادعاء طبي مربوط بالنص» يشير إلى claim.meso-hair-density، وهو منشور لكنه لا يطابق نموذج المحتوى فيُستبعد من البناء (انظر خطأ schema-invalid عليه). أصلح المستند المشار إليه وأعد نشره، أو اختر مستندًا آخر.',
    )
  })

  // Where it may be in force its clinics are held back (disclaimerInForceUnknown.ts); elsewhere its block shows nothing.
  test('a disclaimer block of a disclaimer that failed the schema is not this rule\'s', () => {
    const {parsed, findings} = withInvalid('disclaimer.ae-2026', (document) => ({...document, version: 2026}))
    expect(parsed.findings.map((finding) => `${finding.ruleId} ${finding.documentId} ${finding.path}`)).toEqual(['schema-invalid disclaimer.ae-2026 version'])
    expect(findings).toEqual([])
  })
})
