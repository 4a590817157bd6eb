// target-clinic-unknown: a target clinic that is not a published clinic is reported where it is
// listed, as a warning, and keeps the article from no other clinic.
import {describe, expect, test} from 'vitest'
import {buildContentGraph} from '../../src/content/contentGraph.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import {runGateForAllClinics} from '../../src/gate/index.ts'
import {gateFindings, graphWith, NOW, ref, seed004Article, summarize, supportingDocuments} from '../support/gateFixtures.ts'

const RULE = 'target-clinic-unknown'

const cases = [
  {name: 'seed 004: its three clinics are published', article: {}, expected: []},
  {
    name: 'a deleted clinic among the targets',
    article: {targetClinics: [ref('clinic.nour-cairo', 't1'), ref('clinic.ghost', 't9')]},
    expected: [`${RULE} warning targetClinics[_key=="t9"]`],
    says: ['«العيادات المستهدفة» تضم clinic.ghost، وهي ليست بين العيادات المنشورة (حُذفت أو لم تُنشر بعد)', 'فلا يُنشر المقال فيها، ويُنشر في عياداته الأخرى'],
  },
  {
    name: 'a target without a _key is addressed by index',
    article: {targetClinics: [ref('clinic.nour-cairo', 't1'), ref('clinic.ghost')]},
    expected: [`${RULE} warning targetClinics[1]`],
  },
  {
    name: 'a target that is a document of another type',
    article: {targetClinics: [ref('clinic.nour-cairo', 't1'), ref('person.dr-hala', 't2')]},
    expected: [`${RULE} warning targetClinics[_key=="t2"]`],
    says: ['مستند من نوع «شخص» وليس عيادة', 'واختر العيادة المقصودة بدله'],
  },
]

describe(RULE, () => {
  test.each(cases)('$name', ({article, expected, says = []}) => {
    const findings = gateFindings(graphWith(seed004Article(article))).filter((f) => f.ruleId === RULE)
    expect(summarize(findings)).toEqual(expected)
    for (const phrase of says) expect(findings[0]?.message).toContain(phrase)
  })

  // Before: reference-broken, an error in every clinic, took the article off Riyadh and Dubai as well.
  test('a clinic that fails the schema is left unbuilt; the article it shares still publishes to the others, with the warning', () => {
    const raws = [...supportingDocuments().filter((document) => document._id !== 'article.meso-realistic'), seed004Article()].map((document) => (document._id === 'clinic.nour-cairo' ? {...document, name: undefined} : document))
    const parsed = parseDocuments(raws)
    expect(parsed.findings.map((finding) => `${finding.ruleId} ${finding.documentId} ${finding.path}`)).toEqual(['schema-invalid clinic.nour-cairo name'])
    const results = runGateForAllClinics({graph: buildContentGraph(parsed.documents), now: NOW, parseFindings: parsed.findings})
    const verdicts = results.map((result) => {
      const verdict = result.articles.find((article) => article.articleId === 'article.meso-realistic')!
      return [result.clinicSlug, verdict.publishable, summarize(verdict.findings, RULE)]
    })
    expect(verdicts).toEqual([
      ['lulu-dubai', true, [`${RULE} warning targetClinics[_key=="t1"]`]],
      ['rawda-riyadh', true, [`${RULE} warning targetClinics[_key=="t1"]`]],
    ])
    // Said as it is: the clinic is there but broken, which its own finding explains; not «deleted or never published».
    const message = results[0]!.articles.find((article) => article.articleId === 'article.meso-realistic')!.findings.find((finding) => finding.ruleId === RULE)!.message
    expect(message).toBe(
      '«العيادات المستهدفة» تضم clinic.nour-cairo، وهي عيادة منشورة لا يطابق مستندها نموذج المحتوى (انظر خطأ schema-invalid عليه)، فلا يُبنى موقعها ولا يُنشر المقال فيها إلى أن يُصلَح، ويُنشر في عياداته الأخرى. أصلح مستند العيادة وأعد نشره، أو احذف هذا الربط من «العيادات المستهدفة».',
    )
  })
})
