// Tiny builders for publish-gate tests: a clean Arabic content graph modelled on seed 004, and
// helpers to vary one field at a time and run one check the way the gate would.
import {buildContentGraph, type ContentGraph} from '../../src/content/contentGraph.ts'
import type {Article} from '../../src/content/documents/article.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import type {Check, CheckReport} from '../../src/checks/check.ts'
import {calendarDateIn} from '../../src/locale/calendarDates.ts'
import {presetFor} from '../../src/presets/index.ts'
import type {Finding} from '../../src/findings/finding.ts'
import {checkArticle, rulePolicyOf} from '../../src/gate/checkArticle.ts'
import type {Preset} from '../../src/presets/preset.ts'
import {claimContentHash} from '../../src/workflow/claimContentHash.ts'

export const NOW = new Date('2026-11-21T12:00:00Z')

type Raw = Record<string, unknown> & {_id: string; _type: string}

export const ref = (id: string, key?: string) => ({_type: 'reference', _ref: id, ...(key ? {_key: key} : {})})

export const person = (id: string, name: string, roles: string[]): Raw => ({_id: id, _type: 'person', name, roles})

export const licence = (issuingBody: string, number: string, jurisdiction?: 'EG' | 'SA' | 'AE') => ({
  _type: 'licence',
  issuingBody,
  number,
  ...(jurisdiction ? {jurisdiction} : {}),
})

export const clinic = (id: string, slug: string, name: string, jurisdiction: 'EG' | 'SA' | 'AE'): Raw => ({
  _id: id,
  _type: 'clinic',
  name,
  slug: {current: slug},
  jurisdiction,
  locale: `ar-${jurisdiction}`,
})

export const disclaimer = (id: string, jurisdiction: string, version: string, effectiveDate: string): Raw => ({
  _id: id,
  _type: 'disclaimer',
  title: `إخلاء المسؤولية الطبية (${jurisdiction})`,
  jurisdiction,
  text: 'المحتوى للتثقيف فقط، ولا يغني عن التقييم الطبي.',
  version,
  effectiveDate,
})

export const citation = (key: string, extra: Record<string, unknown> = {}) => ({
  _key: key,
  title: 'Mesotherapy for androgenetic alopecia: a systematic review',
  year: 2023,
  studyType: 'systematicReview',
  ...extra,
})

/**
 * A claim; approved by default. An approved review without an `approvedHash` key gets the hash of
 * the claim's own statement + evidence, as the approve action would record it; pass
 * `approvedHash: undefined` (or another hash) to test an approval that does not cover the text.
 */
export const claim = (id: string, statement: string, overrides: {evidence?: unknown; review?: unknown} = {}): Raw => {
  const document: Raw = {
    _id: id,
    _type: 'claim',
    statement,
    procedure: ref('procedure.mesotherapy'),
    evidence: {certainty: 'low', citations: [citation('c1', {pmid: '12345678'})]},
    review: {status: 'approved', reviewer: ref('person.dr-hala'), reviewedAt: '2026-06-01T09:00:00Z', approvedAt: '2026-06-30T09:00:00Z', reviewDue: '2027-06-30'},
    ...overrides,
  }
  const review = document.review as Record<string, unknown> | undefined
  if (review?.status === 'approved' && !('approvedHash' in review)) document.review = {...review, approvedHash: claimContentHash(document as {statement?: unknown; evidence?: unknown})}
  return document
}

export const span = (key: string, text: string, marks: string[] = []) => ({_type: 'span', _key: key, text, marks})

export const textBlock = (key: string, children: unknown[], markDefs: unknown[] = []) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  children,
  markDefs,
})

export const claimRefMark = (key: string, claimId: string) => ({_type: 'claimRef', _key: key, claim: ref(claimId)})

export const disclaimerBlock = (key: string, disclaimerId: string) => ({_type: 'disclaimerBlock', _key: key, disclaimer: ref(disclaimerId)})

/** The body of seed 004, shortened: claims linked, evidence note, safety embed, FAQ, disclaimers. */
export const seed004Body = (): unknown[] => [
  textBlock('b1', [
    span('s1', 'الميزوثيرابي أسلوب حقن سطحي لمكوّنات خفيفة داخل طبقة الأدمة الوسطى لتحفيز منطقة محدّدة. '),
    span('s2', 'بعض الدراسات تشير لتحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات', ['m1']),
    span('s3', '، لكن بروتوكولات الحقن متباينة وأحجام العينات صغيرة.'),
  ], [claimRefMark('m1', 'claim.meso-hair-density')]),
  {_type: 'evidenceNote', _key: 'e1', certainty: 'low', text: 'الدليل العلمي ما زال متباينًا، والنتائج تحتاج عدّة جلسات وروتينًا منزليًا داعمًا.'},
  textBlock('b2', [
    span('s1', 'في تساقط الشعر: ', []),
    span('s2', 'يبقى المينوكسيديل الموضعي صاحب الدليل الأقوى كخيار أول', ['m2']),
    span('s3', '—يمكن دمجه مع إجراءات أخرى.'),
  ], [claimRefMark('m2', 'claim.minoxidil-first-line')]),
  textBlock('b3', [span('s1', 'ليس “جلسة سحرية” بنتيجة لحظية؛ التحسّن—إن حدث—يظهر تدريجيًا عبر أسابيع.')]),
  {_type: 'procedureSafety', _key: 'p1', procedure: ref('procedure.mesotherapy'), show: 'both'},
  {
    _type: 'faq',
    _key: 'f1',
    title: 'أسئلة شائعة',
    items: [
      {_key: 'q1', question: 'هل الإجراء مؤلم؟', answer: 'وخزات خفيفة ويمكن استخدام كريم مخدّر موضعي.'},
      {_key: 'q2', question: 'هل أوقف المينوكسيديل؟', answer: 'لا، هو أساس مدعوم بالدليل ما لم يوصِ الطبيب بعكس ذلك.'},
    ],
  },
  disclaimerBlock('d-eg', 'disclaimer.eg-2026'),
  disclaimerBlock('d-sa', 'disclaimer.sa-2026'),
  disclaimerBlock('d-ae', 'disclaimer.ae-2026'),
]

export const seed004Article = (overrides: Record<string, unknown> = {}): Raw => ({
  _id: 'article.meso-realistic',
  _type: 'article',
  title: 'الميزوثيرابي للشعر والبشرة: حقنة صغيرة… نتائج واقعية (مش سحر)',
  slug: {current: 'meso-realistic'},
  excerpt: 'قد يفيد بعض الحالات كجزء من خطة، لكن الدليل العلمي ما زال متباينًا.',
  language: 'ar-EG',
  heroImage: {_sanityAsset: 'image@file://./images/meso.jpg', alt: 'طبيبة جلدية تحقن فروة الرأس بإبرة دقيقة'},
  body: seed004Body(),
  procedures: [ref('procedure.mesotherapy', 'pr1')],
  relatedArticles: [],
  author: ref('person.mona'),
  medicalReviewer: ref('person.dr-hala'),
  lastReviewed: '2026-09-01',
  nextReviewDue: '2027-03-01',
  targetClinics: [ref('clinic.nour-cairo', 't1'), ref('clinic.rawda-riyadh', 't2'), ref('clinic.lulu-dubai', 't3')],
  ...overrides,
})

/** The procedure seed 004 is about, with `extra` fields (risks, a summary to test). */
export const mesotherapyProcedure = (extra: Record<string, unknown> = {}): Raw => ({
  _id: 'procedure.mesotherapy',
  _type: 'procedure',
  name: 'الميزوثيرابي',
  slug: {current: 'mesotherapy'},
  category: 'skin',
  summary: 'حقن سطحي لجرعات صغيرة من مواد فعّالة داخل الأدمة.',
  ...extra,
})

/** Everything seed 004 needs to publish cleanly in all three clinics on NOW. */
export const supportingDocuments = (): Raw[] => [
  clinic('clinic.nour-cairo', 'nour-cairo', 'عيادة نور', 'EG'),
  clinic('clinic.rawda-riyadh', 'rawda-riyadh', 'عيادة الروضة', 'SA'),
  clinic('clinic.lulu-dubai', 'lulu-dubai', 'عيادة لؤلؤ', 'AE'),
  disclaimer('disclaimer.eg-2025', 'EG', '2025.1', '2025-01-01'),
  disclaimer('disclaimer.eg-2026', 'EG', '2026.1', '2026-01-01'),
  disclaimer('disclaimer.sa-2026', 'SA', '2026.1', '2026-01-01'),
  disclaimer('disclaimer.ae-2026', 'AE', '2026.1', '2026-01-01'),
  // Licensed in all three countries, so seed 004 publishes cleanly everywhere (reviewer-licence-jurisdiction).
  {
    ...person('person.dr-hala', 'د. هالة منصور', ['medicalReviewer']),
    licence: licence('نقابة أطباء مصر', 'EMS-2009-48213', 'EG'),
    otherLicences: [licence('الهيئة السعودية للتخصصات الصحية', '14-R-0099120', 'SA'), licence('هيئة الصحة بدبي', 'DHA-P-0072519', 'AE')],
  },
  person('person.mona', 'منى عبد الله', ['writer']),
  person('person.sami', 'سامي', ['editor']),
  mesotherapyProcedure(),
  claim('claim.meso-hair-density', 'بعض الدراسات تشير لتحسّن في كثافة الشعر أو سماكته بعد 3–6 جلسات.'),
  claim('claim.minoxidil-first-line', 'يبقى المينوكسيديل الموضعي صاحب الدليل الأقوى كخيار أول.', {
    evidence: {certainty: 'high', citations: [citation('c1', {doi: '10.1111/jdv.12345'})]},
  }),
]

/** Parses raw fixtures through the real zod boundary; a fixture that does not parse is a test bug. */
export const graphOf = (raws: readonly Raw[]): ContentGraph => {
  const parsed = parseDocuments(raws)
  if (parsed.findings.length > 0) {
    throw new Error(`Fixture does not parse: ${parsed.findings.map((f) => `${f.documentId} ${f.path}: ${f.message}`).join('; ')}`)
  }
  return buildContentGraph(parsed.documents)
}

/** The clean graph with the article replaced (or extra documents added / ids removed). */
export const graphWith = (
  article: Raw,
  {extra = [], without = []}: {extra?: Raw[]; without?: string[]} = {},
): ContentGraph => {
  const replaced = new Set([article._id, ...extra.map((d) => d._id), ...without])
  return graphOf([...supportingDocuments().filter((d) => !replaced.has(d._id)), ...extra, article])
}

export interface RunOptions {
  clinicId?: string
  options?: Record<string, unknown>
  parseFindings?: Finding[]
  now?: Date
}

/** Runs one check on one article the way the gate would (preset policy of the clinic, defaults + options). */
export const runCheck = (
  check: Check,
  graph: ContentGraph,
  {clinicId = 'clinic.nour-cairo', options = {}, parseFindings = [], now = NOW}: RunOptions = {},
  articleId = 'article.meso-realistic',
): CheckReport[] => {
  const article = graph.articles.get(articleId) as Article
  const clinicDocument = graph.clinics.get(clinicId)
  if (!article || !clinicDocument) throw new Error(`Fixture lacks ${articleId} or ${clinicId}`)
  const preset = presetFor(clinicDocument.jurisdiction)
  return check.run({
    article,
    clinic: clinicDocument,
    graph,
    now,
    today: calendarDateIn(now, preset.timeZone),
    policy: rulePolicyOf(preset),
    options: {...(check.defaultOptions as object), ...options},
    parseFindings,
  })
}

/** `ruleId`-free view of reports for table assertions: just where. */
export const pathsOf = (reports: readonly {path: string}[]): string[] => reports.map((report) => report.path)

export interface GateOptions {
  clinicId?: string
  now?: Date
  preset?: Preset
  parseFindings?: Finding[]
  articleId?: string
}

/** Findings for one article and clinic exactly as the gate computes them (the clinic's own preset by default). */
export const gateFindings = (
  graph: ContentGraph,
  {clinicId = 'clinic.nour-cairo', now = NOW, preset, parseFindings = [], articleId = 'article.meso-realistic'}: GateOptions = {},
): Finding[] => {
  const article = graph.articles.get(articleId)
  const clinicDocument = graph.clinics.get(clinicId)
  if (!article || !clinicDocument) throw new Error(`Fixture lacks ${articleId} or ${clinicId}`)
  return checkArticle({article, clinic: clinicDocument, graph, now, preset: preset ?? presetFor(clinicDocument.jurisdiction), parseFindings})
}

/** `ruleId severity path` lines, the unit tests compare against; optionally only one rule's. */
export const summarize = (findings: readonly Finding[], ruleId?: string): string[] =>
  findings.filter((f) => !ruleId || f.ruleId === ruleId).map((f) => `${f.ruleId} ${f.severity} ${f.path}`)

/** Where a text can sit in an article, and the exact path a text rule must report for it. */
export const TEXT_PLACES = {
  title: 'title',
  excerpt: 'excerpt',
  heroImageAlt: 'heroImage.alt',
  span: 'body[_key=="b3"].children[_key=="s1"].text',
  linkHref: 'body[_key=="b3"].markDefs[_key=="l1"].href',
  evidenceNote: 'body[_key=="e1"].text',
  faqTitle: 'body[_key=="f1"].title',
  faqQuestion: 'body[_key=="f1"].items[_key=="q2"].question',
  faqAnswer: 'body[_key=="f1"].items[_key=="q2"].answer',
} as const
export type TextPlace = keyof typeof TEXT_PLACES

/** Seed 004 with `text` put at one place (every other text stays clean). */
export const seed004WithText = (place: TextPlace, text: string): Raw => {
  const body = seed004Body().map((block) => {
    const b = block as Record<string, any>
    if (place === 'span' && b._key === 'b3') return textBlock('b3', [span('s1', text)])
    if (place === 'linkHref' && b._key === 'b3') {
      return textBlock('b3', [span('s1', 'اقرأ الدراسة', ['l1'])], [{_type: 'link', _key: 'l1', href: text}])
    }
    if (place === 'evidenceNote' && b._key === 'e1') return {...b, text}
    if (b._key === 'f1' && (place === 'faqTitle' || place === 'faqQuestion' || place === 'faqAnswer')) {
      if (place === 'faqTitle') return {...b, title: text}
      const field = place === 'faqQuestion' ? 'question' : 'answer'
      return {...b, items: b.items.map((item: Record<string, unknown>) => (item._key === 'q2' ? {...item, [field]: text} : item))}
    }
    return block
  })
  const article = seed004Article({body})
  if (place === 'title') article.title = text
  if (place === 'excerpt') article.excerpt = text
  if (place === 'heroImageAlt') article.heroImage = {...(article.heroImage as object), alt: text}
  return article
}
