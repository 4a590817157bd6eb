// banned-claim in the publish gate: every text field of an article, reported at its exact Sanity
// path, with the jurisdiction's phrasebook deciding which categories block; the Studio shows the
// same finding on the same field.
import {describe, expect, test} from 'vitest'
import {articleTextUnits} from '../../src/checks/banned-claim.ts'
import {articleDocument} from '../../src/content/documents/article.ts'
import {runGate} from '../../src/gate/runGate.ts'
import {egPreset, presetFor} from '../../src/presets/index.ts'
import {definePreset, type PresetSeverity} from '../../src/presets/preset.ts'
import {studioArticleFindings} from '../../src/studio/validation/studioArticleFindings.ts'
import {
  gateFindings,
  graphWith,
  NOW,
  seed004Article,
  seed004Body,
  seed004WithText,
  span,
  summarize,
  supportingDocuments,
  TEXT_PLACES,
  textBlock,
  type TextPlace,
} from '../support/gateFixtures.ts'

const RULE = 'banned-claim'
const findingsFor = (article: Record<string, unknown> & {_id: string; _type: string}, clinicId = 'clinic.nour-cairo') =>
  gateFindings(graphWith(article), {clinicId}).filter((finding) => finding.ruleId === RULE)

const PROSE_PLACES = (Object.keys(TEXT_PLACES) as TextPlace[]).filter((place) => place !== 'linkHref')

describe(RULE, () => {
  test.each(PROSE_PLACES)('a guaranteed-results claim in %s is reported at its exact path', (place) => {
    const findings = findingsFor(seed004WithText(place, 'جلسات قليلة ونتائج مضمونة'))
    expect(summarize(findings)).toEqual([`${RULE} error ${TEXT_PLACES[place]}`])
    expect(findings[0]!.message).toMatch(/^«ونتائج مضمونة»: وعد بنتائج مضمونة\./)
    expect(findings[0]!.url).toBe('docs/rules/banned-claim.md')
  })

  test.each([
    {slug: 'علاج-نهائي-لتساقط-الشعر', expected: [`${RULE} error slug.current`]},
    {slug: 'ميزوثيرابي-بنتائج-مضمونة', expected: [`${RULE} error slug.current`]},
    {slug: 'الميزوثيرابي-للشعر', expected: []},
  ])('the slug, which the address bar shows as words: $slug', ({slug, expected}) => {
    expect(summarize(findingsFor(seed004Article({slug: {current: slug}})))).toEqual(expected)
  })

  test('a link target is not prose', () => {
    expect(findingsFor(seed004WithText('linkHref', 'https://example.com/نتائج-مضمونة'))).toEqual([])
  })

  test('a FAQ question answered yes makes its claim; the answer making one makes it too', () => {
    const faq = {_type: 'faq', _key: 'f9', items: [{_key: 'q1', question: 'هل النتائج مضمونة؟', answer: 'نعم، بدون أي ألم ونتائج مضمونة.'}]}
    const findings = findingsFor(seed004Article({body: [...seed004Body(), faq]}))
    expect(summarize(findings)).toEqual([
      `${RULE} error body[_key=="f9"].items[_key=="q1"].question`,
      `${RULE} error body[_key=="f9"].items[_key=="q1"].answer`,
      `${RULE} error body[_key=="f9"].items[_key=="q1"].answer`,
    ])
    expect(findings.map((finding) => finding.message.slice(0, finding.message.indexOf('»') + 1))).toEqual(['«النتائج مضمونة»', '«بدون أي ألم»', '«ونتائج مضمونة»'])
  })

  test.each([
    {question: 'هل النتائج مضمونة؟', answer: 'نعم، بكل تأكيد.', found: ['question']},
    {question: 'هل الجلسة بدون ألم؟', answer: 'أكيد.', found: ['question']},
    {question: 'هل الجلسة بدون ألم؟', answer: 'الإجابة: بلا شك.', found: ['question']},
    {question: 'هل الحقن مؤلم؟', answer: 'لا، أبدًا.', found: ['question']},
    {question: 'هل الحقن مؤلم؟', answer: 'لا، وقد تشعرين بوخز خفيف يزول سريعًا.', found: []},
    {question: 'الجلسة بتوجع؟', answer: 'لا خالص.', found: ['question']},
    {question: 'فيه آثار جانبية؟', answer: 'ولا أي حاجة.', found: ['question']},
    {question: 'الجلسة بتوجع؟', answer: 'لا، بس ممكن تحسي بوخز بسيط.', found: []},
    {question: 'هل العلاج نهائي؟', answer: 'أيوا، من أول جلسة.', found: ['question', 'answer']},
    {question: 'هل يعود الشعر للتساقط بعد العلاج؟', answer: 'لا، النتيجة دائمة.', found: ['question', 'answer']},
    {question: 'هل ترجع المشكلة؟', answer: 'أبدًا.', found: ['question']},
    {question: 'هل ترجع المشكلة؟', answer: 'لا، لكن قد تحتاجين جلسة صيانة كل عام.', found: []},
    {question: 'هل تعلمين أن نتائجنا مضمونة؟', answer: 'اسألي طبيبتك عن التوقعات.', found: ['question']},
    {question: 'هل النتائج مضمونة؟', answer: 'لا، تختلف النتائج من شخص لآخر.', found: []},
    {question: 'هل العلاج نهائي؟', answer: 'بالطبع ليس نهائيًا، وقد تحتاجين إلى جلسات صيانة.', found: []},
    {question: 'هل الجلسة بدون ألم؟', answer: 'أكيد مش بدون ألم، لكن الألم خفيف.', found: []},
    {question: 'هل الجلسة بدون ألم؟', answer: 'أكيد، لا داعي للقلق.', found: ['question']},
    {question: 'هل تعلمين أن النتائج ليست مضمونة؟', answer: 'نعم، ولهذا نشرح التوقعات قبل البدء.', found: []},
  ])('FAQ «$question» answered «$answer»', ({question, answer, found}) => {
    const faq = {_type: 'faq', _key: 'f9', items: [{_key: 'q1', question, answer}]}
    expect(summarize(findingsFor(seed004Article({body: [...seed004Body(), faq]})))).toEqual(found.map((field) => `${RULE} error body[_key=="f9"].items[_key=="q1"].${field}`))
  })

  test('a claim split across spans by formatting is one claim, reported at the span where it starts', () => {
    const block = textBlock('b9', [span('s1', 'جلسة واحدة، '), span('s2', 'نتائج', ['strong']), span('s3', ' مضمونة للجميع.')])
    expect(summarize(findingsFor(seed004Article({body: [...seed004Body(), block]})))).toEqual([`${RULE} error body[_key=="b9"].children[_key=="s2"].text`])
  })

  test('claims of two categories over the same words are both reported; each category once', () => {
    const findings = findingsFor(seed004WithText('excerpt', 'نتائج مضمونة ودائمة.'))
    expect(summarize(findings)).toEqual([`${RULE} error excerpt`, `${RULE} error excerpt`])
    expect(findings.map((finding) => finding.message.slice(0, finding.message.indexOf(':')))).toEqual(['«نتائج مضمونة»', '«نتائج مضمونة ودائمة»'])
  })

  test('seed 004 makes no banned claim in any jurisdiction', () => {
    for (const clinicId of ['clinic.nour-cairo', 'clinic.rawda-riyadh', 'clinic.lulu-dubai']) expect(findingsFor(seed004Article(), clinicId)).toEqual([])
  })

  test('discount wording warns in EG and SA (the article still publishes) and blocks in AE', () => {
    const article = seed004WithText('excerpt', 'خصم ٣٠٪ على الجلسة الأولى هذا الشهر.')
    const graph = graphWith(article)
    const verdict = (clinicId: string) => {
      const clinic = graph.clinics.get(clinicId)!
      return runGate({graph, clinic, now: NOW, preset: presetFor(clinic.jurisdiction)}).articles[0]!
    }
    expect(summarize(verdict('clinic.nour-cairo').findings)).toEqual([`${RULE} warning excerpt`])
    expect(verdict('clinic.nour-cairo').publishable).toBe(true)
    expect(summarize(verdict('clinic.rawda-riyadh').findings)).toEqual([`${RULE} warning excerpt`])
    expect(summarize(verdict('clinic.lulu-dubai').findings)).toEqual([`${RULE} error excerpt`])
    expect(verdict('clinic.lulu-dubai').publishable).toBe(false)
  })

  test.each([
    {preset: 'error' as PresetSeverity, absolute: ['error'], discount: ['warning']},
    {preset: 'warning' as PresetSeverity, absolute: ['warning'], discount: ['warning']},
    {preset: 'off' as PresetSeverity, absolute: [], discount: []},
  ])('a preset severity of $preset caps every category', ({preset, absolute, discount}) => {
    const withSeverity = definePreset({...egPreset, rules: egPreset.rules.map((setting) => (setting[0] === RULE ? ([RULE, preset, setting[2]] as typeof setting) : setting))})
    const severities = (text: string) =>
      gateFindings(graphWith(seed004WithText('span', text)), {preset: withSeverity}).filter((finding) => finding.ruleId === RULE).map((finding) => finding.severity)
    expect(severities('علاج بدون أي ألم')).toEqual(absolute)
    expect(severities('خصم على الجلسات')).toEqual(discount)
  })

  test('the Studio shows the same finding on the same field', () => {
    const article = seed004WithText('faqAnswer', 'الحقن ليس له أي آثار جانبية.')
    const findings = studioArticleFindings({document: article, context: {referenced: supportingDocuments(), disclaimers: [], claimReviewers: []}, now: NOW})
    expect(summarize(findings, RULE)).toEqual([`${RULE} error ${TEXT_PLACES.faqAnswer}`])
  })
})

describe('articleTextUnits', () => {
  test('joins the spans of a block, keeps every other text (the slug too) on its own, and leaves link targets out', () => {
    const article = articleDocument.parse(seed004Article({body: [textBlock('b1', [span('s1', 'أ '), span('s2', 'ب')], [{_type: 'link', _key: 'l1', href: 'https://x.example'}])]}))
    expect(articleTextUnits(article).map((unit) => [unit.text, unit.parts.map((part) => `${part.start}:${part.path}`)])).toEqual([
      [article.title, ['0:title']],
      [article.slug.current, ['0:slug.current']],
      [article.excerpt, ['0:excerpt']],
      [article.heroImage!.alt, ['0:heroImage.alt']],
      ['أ ب', ['0:body[_key=="b1"].children[_key=="s1"].text', '2:body[_key=="b1"].children[_key=="s2"].text']],
    ])
  })
})
