// The texts a reader is shown with an article, from the documents it links too: the text rules
// (banned-claim, bidi-control, invisible-char) read them and report the linked document to fix.
import {describe, expect, test} from 'vitest'
import {clinicTexts, riskOrContraindicationTexts, textsShown} from '../../src/checks/textsShown.ts'
import type {Article} from '../../src/content/documents/article.ts'
import {createArticleValidation} from '../../src/studio/validation/articleValidation.ts'
import {runValidation} from '../support/fakeStudio.ts'
import {citation, claim, gateFindings, graphWith, mesotherapyProcedure, NOW, seed004Article, summarize, supportingDocuments} from '../support/gateFixtures.ts'

const STATEMENT = 'بعض الدراسات تشير لتحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات.'
const risk = (extra: Record<string, unknown> = {}) => ({_id: 'risk.bruising', _type: 'risk', name: 'كدمات', explanation: 'كدمات صغيرة مكان الحقن.', whatToDo: 'كمادات باردة.', ...extra})
const contraindication = (extra: Record<string, unknown> = {}) => ({_id: 'contraindication.pregnancy', _type: 'contraindication', name: 'الحمل والرضاعة', explanation: 'لا تتوفر بيانات أمان كافية.', ...extra})
const procedure = (extra: Record<string, unknown> = {}) => mesotherapyProcedure({
  howPerformed: 'حقن دقيقة بإبرة رفيعة.',
  risks: [{_key: 'r1', risk: {_type: 'reference', _ref: 'risk.bruising'}, frequency: 'common', severity: 'mild'}],
  contraindications: [{_key: 'c1', contraindication: {_type: 'reference', _ref: 'contraindication.pregnancy'}, kind: 'absolute'}],
  ...extra,
})

/** Seed 004 with its procedure, risk, contraindication and first claim as given. */
const graphOf = ({claimNote = 'عينات صغيرة.', procedureExtra = {}, riskExtra = {}, citationTitle = 'Mesotherapy for androgenetic alopecia'} = {}) =>
  graphWith(seed004Article(), {
    extra: [
      procedure(procedureExtra),
      risk(riskExtra),
      contraindication(),
      claim('claim.meso-hair-density', STATEMENT, {evidence: {certainty: 'low', note: claimNote, citations: [citation('c1', {pmid: '12345678', title: citationTitle})]}}),
    ],
  })

describe('textsShown', () => {
  test('walks the article, then the byline, each linked claim, and each procedure shown with its risks and contraindications', () => {
    const graph = graphOf()
    const linked = [...textsShown(graph.articles.get('article.meso-realistic') as Article, graph)].filter((text) => text.documentId !== 'article.meso-realistic')
    expect(linked.map(({documentId, path, prose}) => `${documentId} ${path}${prose ? '' : ' (not prose)'}`)).toEqual([
      'person.mona name (not prose)',
      'person.dr-hala name (not prose)',
      'person.dr-hala licence.issuingBody (not prose)',
      'person.dr-hala licence.number (not prose)',
      'person.dr-hala otherLicences[0].issuingBody (not prose)',
      'person.dr-hala otherLicences[0].number (not prose)',
      'person.dr-hala otherLicences[1].issuingBody (not prose)',
      'person.dr-hala otherLicences[1].number (not prose)',
      'claim.meso-hair-density statement',
      'claim.meso-hair-density evidence.note',
      'claim.meso-hair-density evidence.citations[_key=="c1"].title (not prose)',
      'claim.minoxidil-first-line statement',
      'claim.minoxidil-first-line evidence.citations[_key=="c1"].title (not prose)',
      'procedure.mesotherapy name',
      'procedure.mesotherapy slug.current',
      'procedure.mesotherapy summary',
      'procedure.mesotherapy howPerformed',
      'risk.bruising name',
      'risk.bruising explanation',
      'risk.bruising whatToDo',
      'contraindication.pregnancy name',
      'contraindication.pregnancy explanation',
    ])
  })
})

describe('riskOrContraindicationTexts', () => {
  test.each([
    {name: 'a risk', id: 'risk.bruising', expected: ['risk.bruising name كدمات', 'risk.bruising explanation كدمات صغيرة مكان الحقن.', 'risk.bruising whatToDo كمادات باردة.']},
    {name: 'a contraindication without advice', id: 'contraindication.pregnancy', expected: ['contraindication.pregnancy name الحمل والرضاعة', 'contraindication.pregnancy explanation لا تتوفر بيانات أمان كافية.']},
  ])('$name: its own texts, as the procedure page shows them', ({id, expected}) => {
    const graph = graphOf()
    const document = (graph.risks.get(id) ?? graph.contraindications.get(id))!
    expect(riskOrContraindicationTexts(document).map(({documentId, path, text, prose}) => `${documentId} ${path} ${text}${prose ? '' : ' (not prose)'}`)).toEqual(expected)
  })
})

describe('text rules on the documents an article shows', () => {
  test.each([
    {name: 'a promise in a claim’s evidence note', graph: () => graphOf({claimNote: 'نتائج مضمونة 100%.'}), expected: ['banned-claim error claim.meso-hair-density evidence.note']},
    {name: 'a promise in the procedure’s summary', graph: () => graphOf({procedureExtra: {summary: 'حقن سطحي آمن تمامًا داخل الأدمة.'}}), expected: ['banned-claim error procedure.mesotherapy summary']},
    {name: 'a promise in a risk’s advice', graph: () => graphOf({riskExtra: {whatToDo: 'لا تقلقي، نتائج مضمونة.'}}), expected: ['banned-claim error risk.bruising whatToDo']},
    {name: 'a study’s own title is quoted, not checked', graph: () => graphOf({citationTitle: 'أفضل علاج لتساقط الشعر: مراجعة منهجية'}), expected: []},
    {name: 'a promise in the procedure’s address', graph: () => graphOf({procedureExtra: {slug: {current: 'ميزوثيرابي-بنتائج-مضمونة'}}}), expected: ['banned-claim error procedure.mesotherapy slug.current']},
    {name: 'the newer treatments in a reviewer’s note are no self-praise', graph: () => graphOf({claimNote: 'جودة الأدلة على العلاجات الأحدث منخفضة.'}), expected: []},
  ])('banned-claim: $name', ({graph, expected}) => {
    const findings = gateFindings(graph()).filter((finding) => finding.ruleId === 'banned-claim')
    expect(findings.map((finding) => `${finding.ruleId} ${finding.severity} ${finding.documentId} ${finding.path}`)).toEqual(expected)
  })

  test.each([
    {name: 'praise in the reviewer’s credentials, which the byline shows', extra: {credentials: 'أفضل طبيب جلدية في مصر'}, expected: ['banned-claim error person.dr-hala credentials']},
    {name: 'a name is not read as praise', extra: {name: 'د. أفضل منصور'}, expected: []},
    {name: 'an RLM beside the dash of a licence number swaps its parts (48213-2009 shows as 2009-48213)', extra: {licence: {issuingBody: 'نقابة أطباء مصر', number: '48213\u200F-2009', jurisdiction: 'EG'}}, expected: ['bidi-control error person.dr-hala licence.number']},
    {name: 'a licence number with a plain dash', extra: {licence: {issuingBody: 'نقابة أطباء مصر', number: '48213-2009', jurisdiction: 'EG'}}, expected: []},
    {name: 'an override in the author’s name', extra: {_id: 'person.mona', name: 'منى \u202Eعبد الله', roles: ['writer']}, expected: ['bidi-control error person.mona name']},
    {name: 'a mark between the digits of a licence number', extra: {licence: {issuingBody: 'نقابة أطباء مصر', number: 'EMS-2009-4\u200F8213', jurisdiction: 'EG'}}, expected: ['bidi-control error person.dr-hala licence.number']},
  ])('the byline: $name', ({extra, expected}) => {
    const document = {...supportingDocuments().find((candidate) => candidate._id === ((extra as {_id?: string})._id ?? 'person.dr-hala'))!, ...extra}
    const findings = gateFindings(graphWith(seed004Article(), {extra: [document]})).filter((finding) => ['banned-claim', 'bidi-control'].includes(finding.ruleId))
    expect(findings.map((finding) => `${finding.ruleId} ${finding.severity} ${finding.documentId} ${finding.path}`)).toEqual(expected)
  })

  test('bidi-control: an override in a risk’s explanation blocks the article, naming the risk', () => {
    const findings = gateFindings(graphOf({riskExtra: {explanation: 'الجرعة \u202e01\u202c مل'}})).filter((finding) => finding.ruleId === 'bidi-control')
    expect(findings.map((finding) => `${finding.severity} ${finding.documentId} ${finding.path}`)).toEqual(['error risk.bruising explanation'])
  })

  // Through the real query: the Studio client fetches the article's context with groq-js over these documents.
  test.each([
    {name: 'a risk', documents: () => [risk({whatToDo: 'كمادات باردة، والنتائج مضمونة.'}), contraindication()], at: '«كدمات» \\(خطر / أثر جانبي\\)، الحقل «ماذا تفعل إن حدث»'},
    {name: 'a contraindication', documents: () => [risk(), contraindication({explanation: 'لا تتوفر بيانات أمان كافية، والنتائج مضمونة بعد الولادة.'})], at: '«الحمل والرضاعة» \\(مانع استخدام\\)، الحقل «الشرح»'},
  ])('the Studio finds a promise in $name of the procedure the article shows, on the whole article, naming the document and field', async ({documents, at}) => {
    const dataset = [...supportingDocuments().filter((d) => d._id !== 'procedure.mesotherapy'), procedure(), ...documents()]
    const {results} = await runValidation(createArticleValidation(() => NOW), seed004Article(), dataset)
    expect(results).toEqual({
      error: [{message: expect.stringMatching(new RegExp(`^«والنتائج مضمونة»: .+ \\(في ${at}؛ يظهر مع هذا المقال\\) \\[banned-claim\\]$`))}],
      warning: true,
    })
  })

  test('seed 004 with its linked documents as bundled is clean', () => {
    expect(summarize(gateFindings(graphOf()))).toEqual([])
  })
})

describe('clinicTexts', () => {
  const graph = graphWith(seed004Article(), {
    extra: [{
      _id: 'clinic.nour-cairo',
      _type: 'clinic',
      name: 'عيادة نور',
      slug: {current: 'nour-cairo'},
      jurisdiction: 'EG',
      locale: 'ar-EG',
      contact: {phone: '+20 2 1234 5678', whatsapp: '+20 100 000 0000', email: 'info@nour-cairo.example', address: '١٢ شارع المثال، مصر الجديدة', city: 'القاهرة'},
      disclaimer: {_type: 'reference', _ref: 'disclaimer.eg-2025'},
    }],
  })
  const cairo = graph.clinics.get('clinic.nour-cairo')!

  test.each([
    // The disclaimer the pages show is the one in force on the day, not the one the clinic references.
    {today: '2026-11-21', disclaimer: 'disclaimer.eg-2026'},
    {today: '2025-06-01', disclaimer: 'disclaimer.eg-2025'},
  ])('on $today: the clinic\'s name, place and phone numbers, then $disclaimer', ({today, disclaimer}) => {
    expect(clinicTexts(cairo, graph, today).map(({documentId, path, prose}) => `${documentId} ${path}${prose ? '' : ' (not prose)'}`)).toEqual([
      'clinic.nour-cairo name',
      'clinic.nour-cairo contact.address',
      'clinic.nour-cairo contact.city',
      'clinic.nour-cairo contact.phone (not prose)',
      'clinic.nour-cairo contact.whatsapp (not prose)',
      `${disclaimer} title`,
      `${disclaimer} text`,
      `${disclaimer} version (not prose)`,
    ])
  })

  test('before any disclaimer is in force, only the clinic\'s own', () => {
    expect(clinicTexts(cairo, graph, '2024-12-31').map(({path}) => path)).toEqual(['name', 'contact.address', 'contact.city', 'contact.phone', 'contact.whatsapp'])
  })
})
