// A tiny Arabic content graph for renderer tests, modelled on seed 004 (mesotherapy, realistic
// register). Raw documents go through the real zod boundary, so fixtures have the parsed shape.
import {buildContentGraph, type ContentGraph} from '../../src/content/contentGraph.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import type {ImageUrl, RenderSiteInput} from '../../src/render/index.ts'

export const NOW = new Date('2026-11-21T12:00:00Z')

export const imageUrl: ImageUrl = (image) =>
  image._sanityAsset ? `/images/${image._sanityAsset.replace(/^image@file:\/\/\.\/images\//, '')}` : undefined

export const ref = (id: string, key?: string) => ({_type: 'reference', _ref: id, ...(key ? {_key: key} : {})})

export const span = (key: string, text: string, marks: string[] = []) => ({_type: 'span', _key: key, text, marks})

export const block = (key: string, children: unknown[], extra: Record<string, unknown> = {}) => ({
  _type: 'block',
  _key: key,
  style: 'normal',
  markDefs: [],
  children,
  ...extra,
})

const people = [
  {_id: 'person.sara', _type: 'person', name: 'سارة علي', roles: ['writer']},
  {_id: 'person.mona', _type: 'person', name: 'د. منى حسن', roles: ['medicalReviewer'], credentials: 'استشاري الأمراض الجلدية'},
]

const risks = [
  {_id: 'risk.pain', _type: 'risk', name: 'ألم موضعي', explanation: 'وخزات خفيفة أثناء الحقن.', whatToDo: 'يمكن استخدام كريم مخدّر موضعي.'},
  {_id: 'risk.bruise', _type: 'risk', name: 'كدمات مؤقتة', explanation: 'تزول عادة خلال أيام.', whatToDo: 'كمادات باردة.'},
  {_id: 'risk.allergy', _type: 'risk', name: 'تحسّس عام', explanation: 'رد فعل تحسّسي لأحد المكوّنات.', whatToDo: 'أبلغي الطبيب فورًا.'},
  {_id: 'risk.necrosis', _type: 'risk', name: 'نخر جلدي', explanation: 'عند استخدام مواد غير مناسبة أو ممارسات غير معقّمة.', whatToDo: 'اطلبي رعاية طبية عاجلة.'},
]

const contraindications = [
  {_id: 'contra.keloid', _type: 'contraindication', name: 'تاريخ تندّب كيلودي', explanation: 'قد يترك الحقن ندبات بارزة.', whatToDo: 'ناقشي بدائل لا تعتمد على الحقن.'},
  {_id: 'contra.pregnancy', _type: 'contraindication', name: 'الحمل', explanation: 'لا توجد بيانات أمان كافية.', whatToDo: 'أجّلي الجلسات حتى بعد الولادة والرضاعة.'},
  {_id: 'contra.infection', _type: 'contraindication', name: 'التهابات نشطة بالجلد', explanation: 'الحقن قد ينشر العدوى.', whatToDo: 'عالجي الالتهاب أولًا.'},
]

const procedures = [
  {
    _id: 'procedure.meso',
    _type: 'procedure',
    name: 'الميزوثيرابي',
    slug: {current: 'mesotherapy'},
    category: 'hair',
    summary: 'حقن سطحي لمكوّنات خفيفة داخل الأدمة لتحفيز منطقة محدّدة.',
    howPerformed: 'تقييم الحالة، ثم تعقيم المنطقة، ثم حقن جرعات صغيرة على مسافات منتظمة.',
    sessions: {countMin: 3, countMax: 6, intervalWeeksMin: 1, intervalWeeksMax: 4, durationMinutesMin: 30, durationMinutesMax: 45},
    anaesthesia: 'topical',
    downtime: 'احمرار أو تورّم من ساعات إلى يومين.',
    alternatives: [ref('procedure.prp', 'alt1'), ref('procedure.microneedling', 'alt2')],
    risks: [
      {_key: 'r1', risk: ref('risk.pain'), frequency: 'common', severity: 'mild'},
      {_key: 'r2', risk: ref('risk.allergy'), frequency: 'rare', severity: 'moderate'},
      {_key: 'r3', risk: ref('risk.bruise'), frequency: 'common', severity: 'mild'},
      {_key: 'r4', risk: ref('risk.necrosis'), frequency: 'rare', severity: 'severe'},
    ],
    contraindications: [
      {_key: 'c1', contraindication: ref('contra.pregnancy'), kind: 'deferUntilResolved'},
      {_key: 'c2', contraindication: ref('contra.keloid'), kind: 'absolute'},
      {_key: 'c3', contraindication: ref('contra.infection'), kind: 'deferUntilResolved'},
    ],
  },
  {
    _id: 'procedure.prp',
    _type: 'procedure',
    name: 'البلازما الغنية بالصفائح',
    slug: {current: 'prp'},
    category: 'hair',
    summary: 'حقن بلازما من دم المريض نفسه في فروة الرأس.',
  },
  {
    _id: 'procedure.microneedling',
    _type: 'procedure',
    name: 'الوخز بالإبر الدقيقة',
    slug: {current: 'microneedling'},
    category: 'skin',
    summary: 'وخز سطحي بإبر دقيقة لتحفيز الجلد.',
  },
]

const claims = [
  {
    _id: 'claim.density',
    _type: 'claim',
    statement: 'بعض الدراسات تشير لتحسّن في كثافة الشعر بعد ٣–٦ جلسات.',
    procedure: ref('procedure.meso'),
    evidence: {
      certainty: 'low',
      note: 'عينات صغيرة وبروتوكولات متباينة',
      citations: [
        {_key: 'k1', title: 'Mesotherapy for hair loss: a systematic review', year: 2021, studyType: 'systematicReview', pmid: '33123456'},
        {_key: 'k2', title: 'Scalp mesotherapy in androgenetic alopecia', year: 2019, studyType: 'rct', doi: '10.1111/jocd.12345'},
      ],
    },
    review: {status: 'approved', reviewer: ref('person.mona'), reviewedAt: '2026-10-01T09:00:00Z', reviewDue: '2027-04-01'},
  },
  {
    _id: 'claim.minoxidil',
    _type: 'claim',
    statement: 'المينوكسيديل الموضعي هو الخيار الأول الأقوى دليلًا لتساقط الشعر النمطي.',
    procedure: ref('procedure.meso'),
    evidence: {
      certainty: 'high',
      note: 'مراجعات منهجية متعددة',
      citations: [
        {_key: 'k1', title: 'Mesotherapy for hair loss: a systematic review', year: 2021, pmid: '33123456'},
        {_key: 'k3', title: 'Topical minoxidil for androgenetic alopecia', year: 2016, studyType: 'guideline', url: 'https://example.org/minoxidil?a=1&b=2'},
      ],
    },
    review: {status: 'approved', reviewer: ref('person.mona'), reviewedAt: '2026-10-01T09:00:00Z', reviewDue: '2027-04-01'},
  },
]

const disclaimers = [
  {_id: 'disclaimer.eg-2025', _type: 'disclaimer', title: 'تنبيه طبي (٢٠٢٥)', jurisdiction: 'EG', text: 'نص قديم لم يعد ساريًا.', version: '2025.1', effectiveDate: '2025-01-01'},
  {_id: 'disclaimer.eg-2026', _type: 'disclaimer', title: 'تنبيه مهم', jurisdiction: 'EG', text: 'المحتوى للتثقيف فقط، ولا يغني عن التقييم الطبي.', version: '2026.1', effectiveDate: '2026-01-01'},
  {_id: 'disclaimer.ae-2026', _type: 'disclaimer', title: 'تنويه', jurisdiction: 'AE', text: 'المعلومات عامة ولا تغني عن استشارة طبيب مرخّص في الدولة.', version: '2026.1', effectiveDate: '2026-01-01'},
  {_id: 'disclaimer.sa-2026', _type: 'disclaimer', title: 'إخلاء مسؤولية', jurisdiction: 'SA', text: 'هذه المعلومات لا تغني عن استشارة طبيب مرخّص في المملكة.', version: '2026.1', effectiveDate: '2026-01-01'},
]

const clinics = [
  {
    _id: 'clinic.nour-cairo',
    _type: 'clinic',
    name: 'عيادة نور',
    slug: {current: 'nour-cairo'},
    domain: 'nour.example',
    jurisdiction: 'EG',
    locale: 'ar-EG',
    branding: {primaryColor: '#0F5C63', accentColor: '#C98A2B', logo: {_sanityAsset: 'image@file://./images/nour-logo.png', alt: 'شعار عيادة نور'}},
    proceduresOffered: [ref('procedure.meso', 'p1'), ref('procedure.prp', 'p2')],
    contact: {phone: '+20 100 123 4567', whatsapp: '+٢٠ ١٠٠ ١٢٣ ٤٥٦٧', email: 'info@nour.example', address: '١٢ شارع التحرير، الدقي', city: 'القاهرة'},
    disclaimer: ref('disclaimer.eg-2026'),
  },
  {
    _id: 'clinic.rawda-riyadh',
    _type: 'clinic',
    name: 'عيادة الروضة',
    slug: {current: 'rawda-riyadh'},
    jurisdiction: 'SA',
    locale: 'ar-SA',
    branding: {primaryColor: '#F2E8C9'},
    proceduresOffered: [ref('procedure.meso', 'p1')],
    disclaimer: ref('disclaimer.sa-2026'),
  },
  {
    _id: 'clinic.lulu-dubai',
    _type: 'clinic',
    name: 'عيادة لؤلؤ',
    slug: {current: 'lulu-dubai'},
    domain: 'lulu.example',
    jurisdiction: 'AE',
    locale: 'ar-AE',
    proceduresOffered: [ref('procedure.meso', 'p1')],
    disclaimer: ref('disclaimer.ae-2026'),
  },
]

export const mesoArticle = {
  _id: 'article.meso',
  _type: 'article',
  title: 'الميزوثيرابي للشعر والبشرة: نتائج واقعية',
  slug: {current: 'mesotherapy-realistic'},
  excerpt: 'قد يفيد الميزوثيرابي بعض الحالات، لكن الدليل العلمي ما زال متباينًا.',
  language: 'ar-EG',
  heroImage: {_sanityAsset: 'image@file://./images/meso-hero.jpg', alt: 'طبيبة تحقن فروة الرأس بإبرة دقيقة'},
  body: [
    block('h1', [span('s1', 'ما هو الميزوثيرابي؟')], {style: 'h2'}),
    block('p1', [span('s1', 'تقنية حقن جرعات صغيرة داخل '), span('s2', 'الأدمة', ['strong']), span('s3', ' على جلسات متكررة.')]),
    block('p2', [span('s1', 'في فروة الرأس: '), span('s2', 'بعض الدراسات تشير لتحسّن في كثافة الشعر', ['c1']), span('s3', '، والمزيد في '), span('s4', 'دليل الجمعية', ['l1']), span('s5', '.')], {
      markDefs: [
        {_type: 'claimRef', _key: 'c1', claim: ref('claim.density')},
        {_type: 'link', _key: 'l1', href: 'https://www.aad.org/hair-loss'},
      ],
    }),
    block('p3', [span('s1', 'لعلاج التساقط: '), span('s2', 'المينوكسيديل هو الخيار الأول', ['c2', 'em'])], {
      markDefs: [{_type: 'claimRef', _key: 'c2', claim: ref('claim.minoxidil')}],
    }),
    block('p4', [span('s1', 'ادعاء بلا مستند في الرسم', ['c3'])], {markDefs: [{_type: 'claimRef', _key: 'c3', claim: ref('claim.missing')}]}),
    block('l1', [span('s1', 'تقييم وتشخيص دقيق للحالة')], {listItem: 'bullet', level: 1}),
    block('l2', [span('s1', 'هرمونية')], {listItem: 'bullet', level: 2}),
    block('l3', [span('s1', 'تحديد المزيج المناسب')], {listItem: 'bullet', level: 1}),
    block('n1', [span('s1', 'جلسة كل ١–٤ أسابيع')], {listItem: 'number', level: 1}),
    {_type: 'evidenceNote', _key: 'e1', certainty: 'high', text: 'لا يزال المينوكسيديل الدليل الأقوى كخيار أول.'},
    {_type: 'procedureSafety', _key: 's1', procedure: ref('procedure.meso'), show: 'both'},
    {
      _type: 'faq',
      _key: 'f1',
      items: [
        {_key: 'q1', question: 'هل الإجراء مؤلم؟', answer: 'وخزات خفيفة ويمكن استخدام كريم مخدّر موضعي.'},
        {_key: 'q2', question: 'هل أوقف المينوكسيديل؟', answer: 'لا، ما لم يوصِ الطبيب بعكس ذلك.'},
      ],
    },
    {_type: 'disclaimerBlock', _key: 'd0', disclaimer: ref('disclaimer.eg-2025')},
    {_type: 'disclaimerBlock', _key: 'd1', disclaimer: ref('disclaimer.eg-2026')},
    {_type: 'disclaimerBlock', _key: 'd2', disclaimer: ref('disclaimer.sa-2026')},
  ],
  procedures: [ref('procedure.meso', 'pr1')],
  relatedArticles: [ref('article.prp', 'ra1'), ref('article.marketing', 'ra2')],
  author: ref('person.sara'),
  medicalReviewer: ref('person.mona'),
  lastReviewed: '2026-10-01',
  nextReviewDue: '2027-04-01',
  targetClinics: [ref('clinic.nour-cairo', 't1'), ref('clinic.rawda-riyadh', 't2')],
}

const otherArticles = [
  {
    _id: 'article.prp',
    _type: 'article',
    title: 'البلازما للشعر: ماذا تقول الدراسات؟',
    slug: {current: 'prp-hair'},
    excerpt: 'نتائج البلازما تختلف حسب البروتوكول.',
    body: [block('p1', [span('s1', 'نص قصير.')])],
    procedures: [ref('procedure.prp', 'pr1')],
    lastReviewed: '2026-09-15',
  },
  {
    _id: 'article.marketing',
    _type: 'article',
    title: 'الميزوثيرابي بلا أي مضاعفات',
    slug: {current: 'meso-marketing'},
    body: [block('p1', [span('s1', 'نص دعائي.')])],
    procedures: [ref('procedure.meso', 'pr1')],
  },
]

export const rawDocuments = (): unknown[] => [
  ...people,
  ...risks,
  ...contraindications,
  ...procedures,
  ...claims,
  ...disclaimers,
  ...clinics,
  mesoArticle,
  ...otherArticles,
]

/** The graph of the given raw documents; fails loudly when a fixture does not parse. */
export const graphOf = (raws: unknown[]): ContentGraph => {
  const parsed = parseDocuments(raws)
  if (parsed.findings.length > 0) throw new Error(`fixture does not parse: ${JSON.stringify(parsed.findings, null, 2)}`)
  return buildContentGraph(parsed.documents)
}

export const PUBLISHED = new Set(['article.meso', 'article.prp'])

export const siteInput = (
  clinicId = 'clinic.nour-cairo',
  {graph = graphOf(rawDocuments()), published = PUBLISHED}: {graph?: ContentGraph; published?: ReadonlySet<string>} = {},
): RenderSiteInput => {
  const clinic = graph.clinics.get(clinicId)
  if (!clinic) throw new Error(`no clinic ${clinicId} in fixture`)
  return {clinic, graph, publishedArticleIds: published, now: NOW, imageUrl}
}

/** The article of the given id from the input's graph. */
export const articleOf = (input: RenderSiteInput, id = 'article.meso') => {
  const article = input.graph.articles.get(id)
  if (!article) throw new Error(`no article ${id} in fixture`)
  return article
}
