// renderArticlePage: one published article as a full RTL Arabic page, sanitised, with claims
// graded, citations numbered, only this clinic's disclaimer and checked JSON-LD.
import {toHtml} from 'hast-util-to-html'
import {describe, expect, it} from 'vitest'
import {personDocument} from '../../src/content/documents/person.ts'
import {renderArticlePage, renderIndexPage} from '../../src/render/index.ts'
import {articleDetail} from '../../src/delivery/articleApi.ts'
import {renderArticleDeliveryFiles} from '../../src/delivery/deliveryFiles.ts'
import {byline} from '../../src/render/lib/pages/articlePage.ts'
import {asText} from '../support/textFile.ts'
import {articleOf, block, graphOf, mesoArticle, rawDocuments, ref, siteInput, span} from './fixtures.ts'

const render = (clinicId = 'clinic.nour-cairo', raws = rawDocuments(), articleId = 'article.meso') => {
  const input = siteInput(clinicId, {graph: graphOf(raws), published: new Set(['article.meso', 'article.prp', articleId])})
  return renderArticlePage(input, articleOf(input, articleId))
}

const jsonLdOf = (html: string): {raw: string; data: Record<string, any>} => {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)
  if (!match?.[1]) throw new Error('no JSON-LD')
  return {raw: match[1], data: JSON.parse(match[1])}
}

/** Headings and item names of the first section whose h2 starts with `heading`, in page order. */
const outline = (html: string, heading: string): string[] => {
  // From after the section's own heading (at whatever level it stands) to the section's end.
  const start = html.indexOf('>', html.indexOf('</h', html.search(new RegExp(`<h[2-4]>${heading}`))))
  const section = html.slice(start, html.indexOf('</section>', start))
  return [...section.matchAll(/<h[3-5]>(.*?)<\/h[3-5]>|<p class="item-name"><strong>(.*?)<\/strong>(?: <span class="severity [^"]+">(.*?)<\/span>)?/g)].map(
    ([, group, name, severity]) => (group ? `## ${group}` : severity ? `${name} (${severity})` : `${name}`),
  )
}

/** The fixture article with its body replaced. */
const withBody = (body: unknown[], extra: Record<string, unknown> = {}) => [
  ...rawDocuments().filter((raw) => (raw as {_id: string})._id !== 'article.meso'),
  {...mesoArticle, ...extra, body},
]

describe('renderArticlePage', () => {
  it('writes the page under articles/<slug>/ as an RTL document in the clinic locale', () => {
    const page = render()
    expect(page.path).toBe('articles/mesotherapy-realistic/index.html')
    expect(page.contents.startsWith('<!doctype html><html lang="ar-EG" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>الميزوثيرابي للشعر والبشرة: نتائج واقعية | عيادة نور</title>')).toBe(true)
    expect(render('clinic.rawda-riyadh').contents).toContain('<html lang="ar-SA" dir="rtl">')
  })

  it('links the canonical URL, stylesheets and skip link', () => {
    const {contents} = render()
    expect(contents).toContain('<link rel="canonical" href="https://nour.example/articles/mesotherapy-realistic/">')
    expect(contents).toContain('<link rel="stylesheet" href="/assets/site.css"><link rel="stylesheet" href="/assets/clinic.css">')
    expect(contents).toContain('<body><a class="skip-link" href="#main">انتقل إلى المحتوى</a>')
    expect(contents).toContain('<main id="main">')
    expect(render('clinic.rawda-riyadh').contents).not.toContain('rel="canonical"')
  })

  it('shows the byline with the medical reviewer and the review dates in Arabic', () => {
    const {contents} = render()
    expect(contents).toContain('<p class="byline">كتابة: سارة علي · مراجعة طبية: د. منى حسن (استشاري الأمراض الجلدية)</p>')
    expect(contents).toContain(
      '<p class="review-dates">آخر مراجعة طبية للمقال: <time datetime="2026-10-01">١ أكتوبر ٢٠٢٦</time> · المراجعة القادمة للمقال: <time datetime="2027-04-01">١ أبريل ٢٠٢٧</time></p>',
    )
  })

  const person = (name: string, extra: Record<string, unknown> = {}) => personDocument.parse({_id: `person.${name}`, _type: 'person', name, roles: ['writer'], ...extra})
  const writer = person('منى السيد')
  const licensed = {credentials: 'استشارية الأمراض الجلدية والتجميل', licence: {issuingBody: 'نقابة أطباء مصر', number: 'EMS-2009-48213'}}

  // Labels, not «كتبه / راجعه»: the same words for a woman or a man; the licence number kept LTR.
  it.each<[name: string, author: ReturnType<typeof person> | undefined, reviewer: ReturnType<typeof person> | undefined, html: string]>([
    [
      'writer and reviewer with credentials and licence',
      writer,
      person('د. هالة عبد الرحمن', licensed),
      '<p class="byline">كتابة: منى السيد · مراجعة طبية: د. هالة عبد الرحمن (استشارية الأمراض الجلدية والتجميل، ترخيص نقابة أطباء مصر رقم <span dir="ltr">EMS-2009-48213</span>)</p>',
    ],
    [
      'a licence without credentials',
      writer,
      person('د. فيصل القحطاني', {licence: {issuingBody: 'الهيئة السعودية للتخصصات الصحية', number: '12-R-0045821'}}),
      '<p class="byline">كتابة: منى السيد · مراجعة طبية: د. فيصل القحطاني (ترخيص الهيئة السعودية للتخصصات الصحية رقم <span dir="ltr">12-R-0045821</span>)</p>',
    ],
    ['a licence number without its body', undefined, person('د. مريم الحمادي', {licence: {number: 'DHA-P-0072519'}}), '<p class="byline">مراجعة طبية: د. مريم الحمادي (ترخيص رقم <span dir="ltr">DHA-P-0072519</span>)</p>'],
    ['a licensing body without a number', undefined, person('د. مريم الحمادي', {credentials: 'أخصائية جلدية', licence: {issuingBody: 'هيئة الصحة بدبي'}}), '<p class="byline">مراجعة طبية: د. مريم الحمادي (أخصائية جلدية، ترخيص هيئة الصحة بدبي)</p>'],
    ['a reviewer with neither', writer, person('د. منى حسن', {licence: {}}), '<p class="byline">كتابة: منى السيد · مراجعة طبية: د. منى حسن</p>'],
    ['a writer only', writer, undefined, '<p class="byline">كتابة: منى السيد</p>'],
    ['nobody', undefined, undefined, ''],
  ])('bylines %s', (_, author, reviewer, html) => {
    expect(toHtml(byline(author, reviewer, 'EG'))).toBe(html)
  })

  // Of several licences, a clinic's page names the one from its country, else the main licence.
  const twoCountries = person('د. هالة عبد الرحمن', {
    licence: {issuingBody: 'نقابة أطباء مصر', number: 'EMS-2009-48213', jurisdiction: 'EG'},
    otherLicences: [
      {issuingBody: 'الهيئة السعودية للتخصصات الصحية', number: '', jurisdiction: 'AE'},
      {issuingBody: 'الهيئة السعودية للتخصصات الصحية', number: '14-R-0099120', jurisdiction: 'SA'},
    ],
  })
  it.each([
    ['EG', 'ترخيص نقابة أطباء مصر رقم <span dir="ltr">EMS-2009-48213</span>'],
    ['SA', 'ترخيص الهيئة السعودية للتخصصات الصحية رقم <span dir="ltr">14-R-0099120</span>'],
    // A licence without a number is not counted: the main one is shown.
    ['AE', 'ترخيص نقابة أطباء مصر رقم <span dir="ltr">EMS-2009-48213</span>'],
  ] as const)('a reviewer licensed in two countries, on a page in %s', (jurisdiction, licence) => {
    expect(toHtml(byline(undefined, twoCountries, jurisdiction))).toBe(`<p class="byline">مراجعة طبية: د. هالة عبد الرحمن (${licence})</p>`)
  })

  it("shows the reviewer's licence on the page, through the sanitizer", () => {
    const raws = rawDocuments().map((raw) => ((raw as {_id: string})._id === 'person.mona' ? {...(raw as object), licence: {issuingBody: 'نقابة أطباء مصر', number: 'EMS-2009-48213'}} : raw))
    expect(render('clinic.nour-cairo', raws).contents).toContain(
      '<p class="byline">كتابة: سارة علي · مراجعة طبية: د. منى حسن (استشاري الأمراض الجلدية، ترخيص نقابة أطباء مصر رقم <span dir="ltr">EMS-2009-48213</span>)</p>',
    )
  })

  it('shows the hero image with its Arabic alt text and links the procedure page', () => {
    const {contents} = render()
    expect(contents).toContain('<img class="hero" src="/images/meso-hero.jpg" alt="طبيبة تحقن فروة الرأس بإبرة دقيقة" decoding="async">')
    expect(contents).toContain('<p class="about-procedures">الإجراء: <a href="/procedures/mesotherapy/">الميزوثيرابي</a></p>')
  })

  // As the safety headings join the same names («… و…»), each name still a link to its page.
  it('joins several procedures with «و», as the safety headings do', () => {
    const raws = rawDocuments().map((raw) => ((raw as {_id: string})._id === 'article.meso' ? {...(raw as object), procedures: [{_type: 'reference', _ref: 'procedure.meso', _key: 'p1'}, {_type: 'reference', _ref: 'procedure.prp', _key: 'p2'}]} : raw))
    expect(render('clinic.nour-cairo', raws).contents).toContain(
      '<p class="about-procedures">الإجراءات: <a href="/procedures/mesotherapy/">الميزوثيرابي</a> و<a href="/procedures/prp/">البلازما الغنية بالصفائح</a></p>',
    )
  })

  // A home treatment is not «إجراء»: the label names what the article is about as it is.
  it.each<[name: string, procedures: [id: string, setting: string][], label: string]>([
    ['a home treatment', [['procedure.prp', 'home']], 'العلاج: '],
    ['two home treatments', [['procedure.meso', 'home'], ['procedure.prp', 'home']], 'العلاجات: '],
    ['a procedure and a home treatment', [['procedure.meso', 'inClinic'], ['procedure.prp', 'home']], 'الإجراءات والعلاجات: '],
  ])('names %s as what it is in the header', (_, procedures, label) => {
    const settings = new Map(procedures)
    const raws = rawDocuments().map((raw) => {
      const document = raw as {_id: string}
      if (document._id === 'article.meso') return {...document, procedures: procedures.map(([id], index) => ({_type: 'reference', _ref: id, _key: `p${index}`}))}
      return settings.has(document._id) ? {...document, setting: settings.get(document._id)} : raw
    })
    expect(render('clinic.nour-cairo', raws).contents).toContain(`<p class="about-procedures">${label}<a href=`)
  })

  // An empty heading is an <h2></h2> a screen reader announces as a heading with nothing in it.
  it('leaves out text blocks that show nothing: an empty heading, a blank paragraph, an empty list item', () => {
    const {contents} = render('clinic.nour-cairo', withBody([
      block('h', [], {style: 'h2'}),
      block('p1', [span('s1', 'قبل الجلسة.')]),
      block('blank', [span('s2', ' \u200f\n')]),
      block('li1', [span('s3', 'تقييم الحالة')], {listItem: 'bullet', level: 1}),
      block('li2', [span('s4', '')], {listItem: 'bullet', level: 1}),
    ]))
    const body = /<div class="article-body">(.*?)<\/div>/s.exec(contents)![1]!
    expect(body).toMatch(/^<p>قبل الجلسة\.<\/p><ul><li>تقييم الحالة<\/li><\/ul>/)
    expect(body).not.toMatch(/<h2><\/h2>|<p>\s*<\/p>|<li><\/li>/)
  })

  it('renders headings, marks, nested lists and external links', () => {
    const {contents} = render()
    expect(contents).toContain('<h2>ما هو الميزوثيرابي؟</h2><p>تقنية حقن جرعات صغيرة داخل <strong>الأدمة</strong> على جلسات متكررة.</p>')
    expect(contents).toContain('<ul><li>تقييم وتشخيص دقيق للحالة<ul><li>هرمونية</li></ul></li><li>تحديد المزيج المناسب</li></ul><ol><li>جلسة كل ١–٤ أسابيع</li></ol>')
    expect(contents).toContain('<a href="https://www.aad.org/hair-loss" rel="noopener" class="source-link">دليل الجمعية</a>')
  })

  // class="source-link": printed, the page writes the address after the label (siteCss.ts); not
  // after a label that is the address already, nor after a link within the clinic's own site.
  it('marks an external link labelled with words, not its address, as a source link', () => {
    const link = (key: string, href: string) => ({_type: 'link', _key: key, href})
    const {contents} = render('clinic.nour-cairo', withBody([
      block('p', [span('s1', 'دليل الجمعية', ['a']), span('s2', ' و'), span('s3', 'https://www.aad.org/hair-loss', ['b']), span('s4', ' و'), span('s5', 'مقال آخر', ['c'])], {
        markDefs: [link('a', 'https://www.aad.org/hair-loss'), link('b', 'https://www.aad.org/hair-loss'), link('c', 'https://nour.example/articles/prp-hair/')],
      }),
    ]))
    const body = /<div class="article-body">(<p>.*?<\/p>)/s.exec(contents)![1]!
    expect(body).toBe(
      '<p><a href="https://www.aad.org/hair-loss" rel="noopener" class="source-link">دليل الجمعية</a> و<a href="https://www.aad.org/hair-loss" rel="noopener">https://www.aad.org/hair-loss</a> و<a href="https://nour.example/articles/prp-hair/">مقال آخر</a></p>',
    )
  })

  it('marks a claim with its GRADE label and note and links it to its citations', () => {
    const {contents} = render()
    expect(contents).toContain(
      '<span class="claim grade-low"><span class="claim-text">بعض الدراسات تشير لتحسّن في كثافة الشعر</span> <small class="claim-evidence">(<span class="claim-grade">درجة الدليل: منخفضة</span> — <span class="claim-note">عينات صغيرة وبروتوكولات متباينة</span>)<sup><a class="cite-link" href="#cite-1" aria-label="المرجع ١">[١]</a></sup><sup><a class="cite-link" href="#cite-2" aria-label="المرجع ٢">[٢]</a></sup></small></span>',
    )
    expect(contents).toContain('<span class="claim grade-high"><span class="claim-text"><em>المينوكسيديل هو الخيار الأول</em></span> <small class="claim-evidence">(<span class="claim-grade">درجة الدليل: مرتفعة</span>')
  })

  // The sentence goes on after the evidence: «…صغيرة.[١]، لكن» read as two sentences run together.
  it("drops the note's closing full stop, and explains «درجة الدليل» once, above the references", () => {
    const raws = rawDocuments().map((raw) => {
      const document = raw as {_id: string; evidence?: Record<string, unknown>}
      return document._id === 'claim.density' ? {...document, evidence: {...document.evidence, note: 'عينات صغيرة وبروتوكولات متباينة.'}} : raw
    })
    const {contents} = render('clinic.nour-cairo', raws)
    expect(contents).toContain('<span class="claim-note">عينات صغيرة وبروتوكولات متباينة</span>)<sup>')
    expect(contents).toContain('<h2 id="citations-heading">المراجع العلمية</h2><p class="grade-explained">تُبيّن «درجة الدليل» المكتوبة بعد بعض المعلومات مدى الثقة بصحتها بحسب جودة الدراسات التي تدعمها واتساق نتائجها (منهج <span lang="en" dir="ltr">GRADE</span>): «مرتفعة» تعني أن الأبحاث الجديدة لن تغيّرها غالبًا، و«منخفضة» أو «منخفضة جدًا» تعني أنها قد تتغيّر.</p><ol')
  })

  it('renders a claim that is not in the graph as plain text', () => {
    expect(render().contents).toContain('<p>ادعاء بلا مستند في الرسم</p>')
  })

  it('numbers every citation once, with PubMed and DOI links', () => {
    const {contents} = render()
    expect([...contents.matchAll(/<li id="(cite-\d+)">/g)].map((match) => match[1])).toEqual(['cite-1', 'cite-2', 'cite-3'])
    expect(contents).toContain(
      '<li id="cite-1"><span class="cite-number">١.</span> <cite dir="auto" lang="en">Mesotherapy for hair loss: a systematic review</cite> (٢٠٢١، مراجعة منهجية أو تحليل تجميعي). <a href="https://pubmed.ncbi.nlm.nih.gov/33123456/" rel="noopener" dir="ltr">PMID: 33123456</a></li>',
    )
    expect(contents).toContain('<a href="https://doi.org/10.1111/jocd.12345" rel="noopener" dir="ltr">DOI: 10.1111/jocd.12345</a>')
    expect(contents).toContain('<a href="https://example.org/minoxidil?a=1&amp;b=2" rel="noopener" class="source-link">رابط المصدر</a>')
  })

  it('groups risks by frequency with severity, and contraindications by kind', () => {
    const {contents} = render()
    expect(outline(contents, 'المخاطر والآثار الجانبية')).toEqual([
      '## آثار شائعة',
      'ألم موضعي (الشدة: خفيفة)',
      'كدمات مؤقتة (الشدة: خفيفة)',
      '## آثار نادرة',
      'تحسّس عام (الشدة: متوسطة)',
      'نخر جلدي (الشدة: شديدة)',
    ])
    expect(outline(contents, 'موانع الاستخدام')).toEqual([
      '## موانع مطلقة: لا يُجرى الإجراء',
      'تاريخ تندّب كيلودي',
      '## موانع مؤقتة: يُؤجَّل الإجراء حتى تزول الحالة أو تستقر',
      'الحمل',
      'التهابات نشطة بالجلد',
    ])
    expect(contents).toContain('<p class="what-to-do"><strong>ما يُنصح به: </strong>أجّلي الجلسات حتى بعد الولادة والرضاعة.</p>')
  })

  const TEXT = 'الميزوثيرابي يحتاج عدة جلسات.'
  /** The article body's safety headings (as `## heading`) and the paragraph TEXT, in page order. */
  const safetyOf = (raws: unknown[]) => {
    const {contents} = render('clinic.nour-cairo', raws)
    const body = /<div class="article-body">(.*?)<\/div>/s.exec(contents)![1]!
    return [...body.matchAll(/<section class="procedure-safety"><h2>(.*?)<\/h2>|<p>(الميزوثيرابي يحتاج عدة جلسات\.)<\/p>/g)].map(([, heading, text]) => (heading ? `## ${heading}` : text!))
  }
  const safety = (show: string, procedure = 'procedure.meso') => ({_type: 'procedureSafety', _key: `s-${show}`, procedure: ref(procedure), show})
  const paragraph = block('p1', [span('s1', TEXT)])
  const faq = mesoArticle.body.find((entry) => entry._type === 'faq')!
  const RISKS = '## المخاطر والآثار الجانبية: الميزوثيرابي'
  const CONTRAINDICATIONS = '## موانع الاستخدام: الميزوثيرابي'

  // A patient always sees the risks and contraindications of every procedure the article is about:
  // where the writer placed them, else at the end of the body, before the citations and the FAQ.
  it.each<[name: string, body: unknown[], procedures: string[], outline: string[]]>([
    ['a safety block showing both: nothing added', [safety('both'), paragraph], ['procedure.meso'], [RISKS, CONTRAINDICATIONS, TEXT]],
    ['no safety block: both added after the body', [paragraph, faq], ['procedure.meso'], [TEXT, RISKS, CONTRAINDICATIONS]],
    ['a block showing only risks: contraindications added after the body', [safety('risks'), paragraph], ['procedure.meso'], [RISKS, TEXT, CONTRAINDICATIONS]],
    ['a block showing only contraindications: risks added after the body', [safety('contraindications'), paragraph], ['procedure.meso'], [CONTRAINDICATIONS, TEXT, RISKS]],
    ['a procedure named twice: added once', [paragraph], ['procedure.meso', 'procedure.meso'], [TEXT, RISKS, CONTRAINDICATIONS]],
    ['a procedure with no risks or contraindications on record: nothing to add', [paragraph], ['procedure.prp'], [TEXT]],
    ['a block of a procedure the article is not about: shown, nothing added for it', [safety('both'), paragraph], ['procedure.prp'], [RISKS, CONTRAINDICATIONS, TEXT]],
    // Its lists are shown where the first block puts them; the second block's copy would repeat them.
    ['the same procedure in two blocks: shown once, at the first', [safety('both'), paragraph, {...safety('both'), _key: 's-again'}], ['procedure.meso'], [RISKS, CONTRAINDICATIONS, TEXT]],
  ])('%s', (_, body, procedures, outline) => {
    expect(safetyOf(withBody(body, {procedures: procedures.map((id, index) => ref(id, `pr${index}`))}))).toEqual(outline)
  })

  // Mesotherapy of the scalp and of the skin list the same risks: the patient reads them once.
  describe('procedures with the same lists share one section', () => {
    const twin = (id: string, name: string, overrides: Record<string, unknown> = {}) => {
      const meso = rawDocuments().find((raw) => (raw as {_id: string})._id === 'procedure.meso') as Record<string, unknown>
      return {...meso, _id: id, name, slug: {current: id.slice('procedure.'.length)}, ...overrides}
    }
    const withTwin = (body: unknown[], twinDocument: Record<string, unknown>) => [
      ...withBody(body, {procedures: [ref('procedure.meso', 'pr0'), ref(twinDocument._id as string, 'pr1')]}),
      twinDocument,
    ]
    it.each<[name: string, body: unknown[], twinDocument: Record<string, unknown>, outline: string[]]>([
      [
        "the writer's block shows the first, the page adds the second: named in the writer's section, not repeated",
        [safety('both'), paragraph],
        twin('procedure.meso-skin', 'الميزوثيرابي للبشرة'),
        ['## المخاطر والآثار الجانبية: الميزوثيرابي والميزوثيرابي للبشرة', '## موانع الاستخدام: الميزوثيرابي والميزوثيرابي للبشرة', TEXT],
      ],
      [
        'both added: one section for each list, naming both',
        [paragraph],
        twin('procedure.meso-skin', 'الميزوثيرابي للبشرة'),
        [TEXT, '## المخاطر والآثار الجانبية: الميزوثيرابي والميزوثيرابي للبشرة', '## موانع الاستخدام: الميزوثيرابي والميزوثيرابي للبشرة'],
      ],
      [
        'same risks, other contraindications: the risks shared, each its own contraindications',
        [paragraph],
        twin('procedure.meso-skin', 'الميزوثيرابي للبشرة', {contraindications: [{_key: 'c1', contraindication: ref('contra.keloid'), kind: 'absolute'}]}),
        [TEXT, '## المخاطر والآثار الجانبية: الميزوثيرابي والميزوثيرابي للبشرة', CONTRAINDICATIONS, '## موانع الاستخدام: الميزوثيرابي للبشرة'],
      ],
      // The same contraindications, but one says «لا يُجرى الإجراء» and the other «لا يُستعمل العلاج».
      [
        'same lists, one a home treatment: the risks shared, each its own contraindications',
        [paragraph],
        twin('procedure.meso-home', 'الميزوثيرابي المنزلي', {setting: 'home'}),
        [TEXT, '## المخاطر والآثار الجانبية: الميزوثيرابي والميزوثيرابي المنزلي', CONTRAINDICATIONS, '## موانع الاستخدام: الميزوثيرابي المنزلي'],
      ],
      [
        'a risk more common in one: two sections',
        [paragraph],
        twin('procedure.meso-skin', 'الميزوثيرابي للبشرة', {risks: [{_key: 'r1', risk: ref('risk.pain'), frequency: 'uncommon', severity: 'mild'}]}),
        [TEXT, RISKS, '## موانع الاستخدام: الميزوثيرابي والميزوثيرابي للبشرة', '## المخاطر والآثار الجانبية: الميزوثيرابي للبشرة'],
      ],
    ])('%s', (_, body, twinDocument, outline) => {
      expect(safetyOf(withTwin(body, twinDocument))).toEqual(outline)
    })
  })

  // Latin words are marked English for screen readers, through the sanitizer; a number between two
  // of them keeps its digits with them, one next to Arabic takes the page's.
  it.each([
    ['يحتوي على Minoxidil 5%', '<p>يحتوي على <span lang="en" dir="ltr">Minoxidil</span> ٥٪\u061c</p>'],
    ['يُستخدم محلول Minoxidil 5% solution مرتين', '<p>يُستخدم محلول <span lang="en" dir="ltr">Minoxidil 5% solution</span> مرتين</p>'],
    ['حقن PRP، ثم Botox® للجبهة', '<p>حقن <span lang="en" dir="ltr">PRP</span>، ثم <span lang="en" dir="ltr">Botox®</span> للجبهة</p>'],
  ])('marks the Latin words of «%s» English on the page', (text, paragraph) => {
    const {contents} = render('clinic.nour-cairo', withBody([block('p1', [span('s1', text)])]))
    expect(contents).toContain(`<div class="article-body">${paragraph}`)
  })

  // A Latin word glued to an Arabic prefix, with or without tatweel: only its Latin part is marked, in
  // the page's content, its title (digits first, there) and the API document alike.
  it.each([
    ['حقن بـPRP للشعر', 'حقن بـ<span lang="en" dir="ltr">PRP</span> للشعر'],
    ['جلسة والـBotox بعدها', 'جلسة والـ<span lang="en" dir="ltr">Botox</span> بعدها'],
    ['ملء بالـHA، ثم بPRP', 'ملء بالـ<span lang="en" dir="ltr">HA</span>، ثم ب<span lang="en" dir="ltr">PRP</span>'],
    ['حقن بـPRP 5 mg مرتين', 'حقن بـ<span lang="en" dir="ltr">PRP 5 mg</span> مرتين'],
    // Letterless words between two Latin ones belong to their run, digits kept, in the title too.
    ['جرعة Minoxidil 2 - 5 mg يوميًا', 'جرعة <span lang="en" dir="ltr">Minoxidil 2 - 5 mg</span> يوميًا'],
  ])('marks the Latin words of «%s» alike on the page, its title and the API document', (text, marked) => {
    const input = siteInput('clinic.nour-cairo', {graph: graphOf(withBody([block('p1', [span('s1', text)])], {title: text}))})
    const {contents} = renderArticlePage(input, articleOf(input))
    expect(contents).toContain(`<h1>${marked}</h1>`)
    expect(contents).toContain(`<div class="article-body"><p>${marked}</p>`)
    expect(articleDetail(input, articleOf(input)).article.html).toContain(`<p>${marked}</p>`)
  })

  it.each([
    ['clinic.nour-cairo', '<h1>الميزوثيرابي: 3 أسئلة</h1>', '<title>الميزوثيرابي: ٣ أسئلة | عيادة نور</title>', '<h1>الميزوثيرابي: ٣ أسئلة</h1>', '<p>سلسلة من ٣–٦ جلسات مع فيتامين <span lang="en" dir="ltr">B12</span>، بتحسّن ١٠٪\u061c.</p>'],
    ['clinic.rawda-riyadh', '<h1>الميزوثيرابي: 3 أسئلة</h1>', '<title>الميزوثيرابي: ٣ أسئلة | عيادة الروضة</title>', '<h1>الميزوثيرابي: ٣ أسئلة</h1>', '<p>سلسلة من ٣–٦ جلسات مع فيتامين <span lang="en" dir="ltr">B12</span>، بتحسّن ١٠٪\u061c.</p>'],
    ['clinic.lulu-dubai', '<h1>الميزوثيرابي: ٣ أسئلة</h1>', '<title>الميزوثيرابي: 3 أسئلة | عيادة لؤلؤ</title>', '<h1>الميزوثيرابي: 3 أسئلة</h1>', '<p>سلسلة من 3–6 جلسات مع فيتامين <span lang="en" dir="ltr">B12</span>، بتحسّن 10%.</p>'],
  ])('writes the numbers of the Arabic text in the digits of %s', (clinicId, absent, title, heading, paragraph) => {
    const {contents} = render(clinicId, withBody([block('p1', [span('s1', 'سلسلة من 3–6 جلسات مع فيتامين B12، بتحسّن 10%.')])], {title: 'الميزوثيرابي: 3 أسئلة'}))
    expect(contents).toContain(title)
    expect(contents).toContain(heading)
    expect(contents).toContain(`<div class="article-body">${paragraph}`)
    expect(contents).not.toContain(absent)
    expect(contents).toContain('"headline":"الميزوثيرابي: 3 أسئلة"')
  })

  // A screen reader reads the disclaimer's label and the hero's description aloud: they say the
  // numbers in the digits the page shows. The disclaimer's version is an identifier and stays.
  it.each([
    [
      'clinic.nour-cairo',
      '<aside class="disclaimer" aria-label="تنبيه طبي (٢٠٢٦)"><h2>تنبيه طبي (٢٠٢٦)</h2>',
      'alt="فروة الرأس بعد ٣–٦ جلسات"',
      '<p class="disclaimer-version">الإصدار <span dir="ltr">2026.1</span></p>',
    ],
    [
      'clinic.rawda-riyadh',
      '<aside class="disclaimer" aria-label="تنبيه طبي (٢٠٢٦)"><h2>تنبيه طبي (٢٠٢٦)</h2>',
      'alt="فروة الرأس بعد ٣–٦ جلسات"',
      '<p class="disclaimer-version">الإصدار <span dir="ltr">2026.1</span></p>',
    ],
    [
      'clinic.lulu-dubai',
      '<aside class="disclaimer" aria-label="تنبيه طبي (2026)"><h2>تنبيه طبي (2026)</h2>',
      'alt="فروة الرأس بعد 3–6 جلسات"',
      '<p class="disclaimer-version">الإصدار <span dir="ltr">2026.1</span></p>',
    ],
  ])('writes the numbers of the labels read aloud in the digits of %s', (clinicId, disclaimer, heroAlt, version) => {
    const body = [...mesoArticle.body, {_type: 'disclaimerBlock', _key: 'd3', disclaimer: ref('disclaimer.ae-2026')}]
    const raws = withBody(body, {heroImage: {...mesoArticle.heroImage, alt: 'فروة الرأس بعد 3–6 جلسات'}}).map((raw) => {
      const document = raw as {_id: string; _type: string}
      return document._type === 'disclaimer' && document._id.endsWith('-2026') ? {...document, title: 'تنبيه طبي (2026)'} : raw
    })
    const {contents} = render(clinicId, raws)
    expect(contents).toContain(disclaimer)
    expect(contents).toContain(heroAlt)
    expect(contents).toContain(version)
  })

  it('adds the missing safety sections as the last thing in the body', () => {
    const {contents} = render('clinic.nour-cairo', withBody([paragraph, faq]))
    expect(contents).toContain('<div class="article-body"><p>الميزوثيرابي يحتاج عدة جلسات.</p><section class="procedure-safety"><h2>المخاطر والآثار الجانبية: الميزوثيرابي</h2>')
    expect(contents).toContain('<p class="what-to-do"><strong>ما يُنصح به: </strong>عالجي الالتهاب أولًا.</p></li></ul></section></div><section class="faq"><h2>أسئلة شائعة</h2>')
  })

  // A screen reader's outline (WCAG 1.3.1): a section the writer put under their heading is part of
  // it, and a writer's heading after it is not taken into the safety section.
  describe('safety sections take the level under the heading they follow', () => {
    const heading = (key: string, text: string, style: 'h2' | 'h3') => block(key, [span('s1', text)], {style})
    const headingsOf = (body: unknown[]) => {
      const {contents} = render('clinic.nour-cairo', withBody(body))
      const articleBody = /<div class="article-body">(.*?)<\/div><section class="citations"/s.exec(contents)?.[1] ?? /<div class="article-body">(.*?)<\/div>/s.exec(contents)![1]!
      return [...articleBody.matchAll(/<h([2-5])>(.*?)<\/h\1>/g)].map(([, level, text]) => `${'#'.repeat(Number(level))} ${text}`)
    }
    it.each<[name: string, body: unknown[], outline: string[]]>([
      [
        'under a writer\'s h2, before their h3: h3 with h4 groups, and the writer\'s h3 stays in the h2 section; what the page adds stands at h2',
        [heading('h1', 'الأمان والمخاطر', 'h2'), safety('risks'), heading('h2', 'قبل الجلسة', 'h3'), paragraph],
        [
          '## الأمان والمخاطر',
          '### المخاطر والآثار الجانبية: الميزوثيرابي',
          '#### آثار شائعة',
          '#### آثار نادرة',
          '### قبل الجلسة',
          '## موانع الاستخدام: الميزوثيرابي',
          '### موانع مطلقة: لا يُجرى الإجراء',
          '### موانع مؤقتة: يُؤجَّل الإجراء حتى تزول الحالة أو تستقر',
        ],
      ],
      [
        'under a writer\'s h3: h4 with h5 groups',
        [heading('h1', 'الأمان', 'h2'), heading('h2', 'التفاصيل', 'h3'), safety('both')],
        [
          '## الأمان',
          '### التفاصيل',
          '#### المخاطر والآثار الجانبية: الميزوثيرابي',
          '##### آثار شائعة',
          '##### آثار نادرة',
          '#### موانع الاستخدام: الميزوثيرابي',
          '##### موانع مطلقة: لا يُجرى الإجراء',
          '##### موانع مؤقتة: يُؤجَّل الإجراء حتى تزول الحالة أو تستقر',
        ],
      ],
      // The page's h1 went straight to an h3: a level missing from a screen reader's list of headings.
      [
        'a writer\'s h3 before any h2 of theirs stands at h2, and so does the safety section after it; a later h3 stays under its h2',
        [heading('h1', 'قبل الجلسة', 'h3'), paragraph, heading('h2', 'بعد التقييم', 'h3'), safety('risks'), heading('h3', 'الأمان', 'h2'), heading('h4', 'التفاصيل', 'h3')],
        [
          '## قبل الجلسة',
          '## بعد التقييم',
          '### المخاطر والآثار الجانبية: الميزوثيرابي',
          '#### آثار شائعة',
          '#### آثار نادرة',
          '## الأمان',
          '### التفاصيل',
          '## موانع الاستخدام: الميزوثيرابي',
          '### موانع مطلقة: لا يُجرى الإجراء',
          '### موانع مؤقتة: يُؤجَّل الإجراء حتى تزول الحالة أو تستقر',
        ],
      ],
    ])('%s', (_, body, outline) => {
      expect(headingsOf(body)).toEqual(outline)
    })

    it('keeps the levels in the Markdown export', () => {
      const site = siteInput('clinic.nour-cairo', {graph: graphOf(withBody([heading('h1', 'الأمان', 'h2'), heading('h2', 'التفاصيل', 'h3'), safety('both')]))})
      const exported = renderArticleDeliveryFiles(site, articleOf(site)).files.find((file) => file.path.endsWith('.md'))!
      const markdown = asText(exported).contents
      expect(markdown).toContain('#### المخاطر والآثار الجانبية: الميزوثيرابي')
      expect(markdown).toContain('##### آثار شائعة')
    })
  })

  it('renders the evidence note and the FAQ as a description list', () => {
    const {contents} = render()
    expect(contents).toContain(
      '<aside class="evidence-note grade-high"><p class="evidence-grade">درجة الدليل: مرتفعة</p><p>لا يزال المينوكسيديل الدليل الأقوى كخيار أول.</p></aside>',
    )
    expect(contents).toContain(
      '<section class="faq"><h2>أسئلة شائعة</h2><dl><dt>هل الإجراء مؤلم؟</dt><dd>وخزات خفيفة ويمكن استخدام كريم مخدّر موضعي.</dd><dt>هل أوقف المينوكسيديل؟</dt><dd>لا، ما لم يوصِ الطبيب بعكس ذلك.</dd></dl></section>',
    )
  })

  it('links only related articles published for this clinic', () => {
    const {contents} = render()
    expect(contents).toContain('<ul><li><a href="/articles/prp-hair/">البلازما للشعر: ماذا تقول الدراسات؟</a></li></ul>')
    expect(contents).not.toContain('meso-marketing')
    expect(contents).not.toContain('الميزوثيرابي بلا أي مضاعفات')
  })

  it.each([
    ['clinic.nour-cairo', 'المحتوى للتثقيف فقط، ولا يغني عن التقييم الطبي.', ['هذه المعلومات لا تغني', 'نص قديم لم يعد ساريًا.']],
    ['clinic.rawda-riyadh', 'هذه المعلومات لا تغني عن استشارة طبيب مرخّص في المملكة.', ['المحتوى للتثقيف فقط', 'نص قديم لم يعد ساريًا.']],
  ])('shows only the current disclaimer of the jurisdiction of %s', (clinicId, shown, hidden) => {
    const {contents} = render(clinicId)
    expect(contents.match(/<aside class="disclaimer"/g)).toHaveLength(1)
    expect(contents).toMatch(new RegExp(`<aside class="disclaimer" aria-label="[^"]+"><h2>[^<]+</h2><p>${shown}</p>`))
    for (const text of hidden) expect(contents).not.toContain(text)
  })

  it('keeps showing the current disclaimer while a newer one is not yet in force', () => {
    const future = {_id: 'disclaimer.eg-2027', _type: 'disclaimer', title: 'تنبيه ٢٠٢٧', jurisdiction: 'EG', text: 'نص لم يبدأ بعد.', version: '2027.1', effectiveDate: '2027-01-01'}
    const body = [...mesoArticle.body, {_type: 'disclaimerBlock', _key: 'd3', disclaimer: ref('disclaimer.eg-2027')}]
    const {contents} = render('clinic.nour-cairo', [...withBody(body), future])
    expect(contents).toContain('<h2>تنبيه مهم</h2><p>المحتوى للتثقيف فقط، ولا يغني عن التقييم الطبي.</p>')
    expect(contents).not.toContain('نص لم يبدأ بعد.')
  })

  it('escapes markup typed into content and drops unsafe links', () => {
    const body = [
      block('x1', [span('s1', '<script>alert(1)</script>')]),
      block('x2', [span('s1', '<img src=x onerror=alert(1)>')]),
      block('x3', [span('s1', 'اضغط هنا', ['j1'])], {markDefs: [{_type: 'link', _key: 'j1', href: 'javascript:alert(1)'}]}),
      block('x4', [span('s1', 'رابط', ['j2'])], {markDefs: [{_type: 'link', _key: 'j2', href: ' JaVaScRiPt:alert(1)'}]}),
      block('x5', [span('s1', 'ميزو & PRP')]),
      block('x6', [span('s1', 'راسلينا', ['m1'])], {markDefs: [{_type: 'link', _key: 'm1', href: 'mailto:info@nour.example'}]}),
    ]
    const {contents} = render('clinic.nour-cairo', withBody(body, {heroImage: {_sanityAsset: 'image@file://./images/a.jpg', alt: 'صورة "مقتبسة" <b>'}}))
    // Text is escaped where HTML needs it: `<` and `&` in text, `"` and `&` in attribute values.
    expect(contents).toContain('<p><span lang="en" dir="ltr">&lt;script>alert(1)&lt;/script></span></p>')
    expect(contents).toContain('<p><span lang="en" dir="ltr">&lt;img src=x onerror=alert(1)></span></p>')
    expect(contents).toContain('<p>اضغط هنا</p>')
    expect(contents).toContain('<p>رابط</p>')
    expect(contents).toContain('<p>ميزو &amp; <span lang="en" dir="ltr">PRP</span></p>')
    expect(contents).toContain('<p><a href="mailto:info@nour.example">راسلينا</a></p>')
    expect(contents).toContain('alt="صورة &quot;مقتبسة&quot; <b>"')
    expect(contents.toLowerCase()).not.toContain('javascript:')
    expect(contents).not.toMatch(/<[^>]+\son[a-z]+=/i)
    expect(contents.match(/<script/g)).toHaveLength(1)
  })

  it('describes the page in MedicalWebPage JSON-LD', () => {
    const {data} = jsonLdOf(render().contents)
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      name: 'الميزوثيرابي للشعر والبشرة: نتائج واقعية',
      url: 'https://nour.example/articles/mesotherapy-realistic/',
      inLanguage: 'ar-EG',
      lastReviewed: '2026-10-01',
      reviewedBy: {'@type': 'Person', name: 'د. منى حسن', jobTitle: 'استشاري الأمراض الجلدية'},
      author: {'@type': 'Person', name: 'سارة علي'},
    })
    expect(data.citation).toEqual([
      {
        '@type': 'ScholarlyArticle',
        name: 'Mesotherapy for hair loss: a systematic review',
        datePublished: '2021',
        identifier: [{'@type': 'PropertyValue', propertyID: 'PMID', value: '33123456'}],
        url: 'https://pubmed.ncbi.nlm.nih.gov/33123456/',
      },
      {
        '@type': 'ScholarlyArticle',
        name: 'Scalp mesotherapy in androgenetic alopecia',
        datePublished: '2019',
        identifier: [{'@type': 'PropertyValue', propertyID: 'DOI', value: '10.1111/jocd.12345'}],
        url: 'https://doi.org/10.1111/jocd.12345',
      },
      {'@type': 'ScholarlyArticle', name: 'Topical minoxidil for androgenetic alopecia', datePublished: '2016', url: 'https://example.org/minoxidil?a=1&b=2'},
    ])
    expect(data.about).toHaveLength(1)
    expect(data.about[0]).toMatchObject({
      '@type': 'MedicalTherapy',
      name: 'الميزوثيرابي',
      howPerformed: 'تقييم الحالة، ثم تعقيم المنطقة، ثم حقن جرعات صغيرة على مسافات منتظمة.',
    })
    expect(data.about[0].contraindication.map((entry: {name: string}) => entry.name)).toEqual(['الحمل', 'تاريخ تندّب كيلودي', 'التهابات نشطة بالجلد'])
    expect(data.about[0].adverseOutcome.map((entry: {name: string}) => entry.name)).toEqual(['ألم موضعي', 'تحسّس عام', 'كدمات مؤقتة', 'نخر جلدي'])
  })

  it.each([
    ['its excerpt', {}, 'قد يفيد الميزوثيرابي بعض الحالات، لكن الدليل العلمي ما زال متباينًا.'],
    ['without an excerpt, the start of its first paragraph', {excerpt: undefined}, 'الميزوثيرابي حقن سطحي.'],
  ])('gives JSON-LD the page\'s meta description: %s', (_, changes, description) => {
    const {contents} = render('clinic.nour-cairo', withBody([block('p0', [span('s1', 'الميزوثيرابي حقن سطحي.')]), ...mesoArticle.body], changes))
    expect(jsonLdOf(contents).data.description).toBe(description)
    expect(contents).toContain(`<meta name="description" content="${description}">`)
  })

  it('lists in JSON-LD only risks and contraindications the page shows, with or without a safety block', () => {
    const paragraph = block('p1', [span('s1', 'الميزوثيرابي يحتاج عدة جلسات.')])
    for (const body of [mesoArticle.body, [paragraph]]) {
      const {contents} = render('clinic.nour-cairo', withBody(body))
      const about = jsonLdOf(contents).data.about as {adverseOutcome: {name: string}[]; contraindication: {name: string}[]}[]
      const listed = about.flatMap((therapy) => [...therapy.adverseOutcome, ...therapy.contraindication].map((entry) => entry.name))
      const shown = new Set([...contents.matchAll(/<p class="item-name"><strong>(.*?)<\/strong>/g)].map(([, name]) => name))
      expect(listed).toHaveLength(7)
      expect(listed.filter((name) => !shown.has(name))).toEqual([])
    }
  })

  // Sanity stamps every document; a fixture without stamps has no date to give, and none is made up.
  it.each<[name: string, stamps: Record<string, {_createdAt: string; _updatedAt: string}>, publishAt: string | undefined, dates: Record<string, string>]>([
    ['no document stamped', {}, undefined, {}],
    [
      'created, then edited, with a reviewer edited later still',
      {'article.meso': {_createdAt: '2026-03-10T09:00:00Z', _updatedAt: '2026-10-01T12:30:00Z'}, 'person.mona': {_createdAt: '2026-01-01T08:00:00Z', _updatedAt: '2026-10-05T08:00:00Z'}},
      undefined,
      {datePublished: '2026-03-10T09:00:00.000Z', dateModified: '2026-10-05T08:00:00.000Z'},
    ],
    [
      'scheduled to go live after it was created; a related article published here edited last',
      {'article.meso': {_createdAt: '2026-03-10T09:00:00Z', _updatedAt: '2026-10-01T12:30:00Z'}, 'article.prp': {_createdAt: '2026-02-01T08:00:00Z', _updatedAt: '2026-10-20T16:45:00Z'}},
      '2026-04-01T06:00:00Z',
      {datePublished: '2026-04-01T06:00:00.000Z', dateModified: '2026-10-20T16:45:00.000Z'},
    ],
  ])('dates the page in JSON-LD: %s', (_, stamps, publishAt, dates) => {
    const raws = withBody(mesoArticle.body, publishAt ? {publishAt} : {}).map((raw) => ({...(raw as object), ...stamps[(raw as {_id: string})._id]}))
    const {data} = jsonLdOf(render('clinic.nour-cairo', raws).contents)
    expect({datePublished: data.datePublished, dateModified: data.dateModified}).toEqual({datePublished: undefined, dateModified: undefined, ...dates})
  })

  it.each([
    ['clinic.nour-cairo', {'@type': 'MedicalClinic', name: 'عيادة نور', url: 'https://nour.example/'}],
    // No domain: no absolute address to give.
    ['clinic.rawda-riyadh', {'@type': 'MedicalClinic', name: 'عيادة الروضة'}],
  ])('names %s as the publisher, with its site', (clinicId, publisher) => {
    expect(jsonLdOf(render(clinicId).contents).data.publisher).toEqual(publisher)
  })

  it('escapes < in JSON-LD so content cannot close the script element', () => {
    const title = 'عنوان </script><script>alert(1)</script> & <!--'
    const {contents} = render('clinic.nour-cairo', withBody(mesoArticle.body, {title}))
    const {raw, data} = jsonLdOf(contents)
    expect(raw).toContain('"name":"عنوان \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 \\u003c!--"')
    expect(data.name).toBe(title)
    // Inside a quoted attribute value (the title's Open Graph tag) `</script>` is text.
    expect(contents.replace(/"[^"]*"/g, '""').match(/<\/script>/g)).toHaveLength(1)
  })

  it('renders the same bytes for the same input', () => {
    expect(render().contents).toBe(render().contents)
  })

  it('keeps the lines a writer typed in FAQ answers, evidence notes and claim notes', () => {
    const raws = withBody([
      block('p1', [span('s1', 'نتيجة', ['c1'])], {markDefs: [{_type: 'claimRef', _key: 'c1', claim: ref('claim.density')}]}),
      {_type: 'evidenceNote', _key: 'e1', certainty: 'low', text: 'عينات صغيرة.\nبروتوكولات متباينة.'},
      {_type: 'faq', _key: 'f1', items: [{_key: 'q1', question: 'ماذا بعد الجلسة؟', answer: '١. كمادات باردة.\n٢. لا مكياج لساعات.'}]},
      {_type: 'disclaimerBlock', _key: 'd1', disclaimer: ref('disclaimer.eg-2026')},
    ]).map((raw) => {
      const document = raw as {_id: string; evidence?: Record<string, unknown>}
      return document._id === 'claim.density' ? {...document, evidence: {...document.evidence, note: 'عينات صغيرة\nومتابعة قصيرة'}} : raw
    })
    const {contents} = render('clinic.nour-cairo', raws)
    expect(contents).toContain('<dd>١. كمادات باردة.<br>٢. لا مكياج لساعات.</dd>')
    expect(contents).toContain('<p>عينات صغيرة.<br>بروتوكولات متباينة.</p>')
    expect(contents).toContain('<span class="claim-note">عينات صغيرة<br>ومتابعة قصيرة</span>')
  })

  it.each(['disclaimer.ae-2026', 'disclaimer.eg-2025'])('shows the jurisdiction\'s disclaimer in force in the footer even when the clinic points at %s', (disclaimerId) => {
    const raws = rawDocuments().map((raw) => ((raw as {_id: string})._id === 'clinic.nour-cairo' ? {...(raw as object), disclaimer: ref(disclaimerId)} : raw))
    // The home page's footer: an article's page shows the disclaimer in its own box instead (below).
    const contents = asText(renderIndexPage(siteInput('clinic.nour-cairo', {graph: graphOf(raws)}))).contents
    const footer = contents.slice(contents.indexOf('<footer'))
    expect(footer).toContain('<div class="footer-disclaimer"><p>المحتوى للتثقيف فقط، ولا يغني عن التقييم الطبي.</p></div>')
    expect(footer).not.toContain('لا تغني عن استشارة طبيب مرخّص في الدولة')
    expect(footer).not.toContain('نص قديم لم يعد ساريًا.')
  })

  // A patient read the same text twice, a few lines apart.
  it('says the disclaimer once: in the article\'s own box, not again in the footer', () => {
    const {contents} = render()
    expect(contents.match(/المحتوى للتثقيف فقط، ولا يغني عن التقييم الطبي\./g)).toHaveLength(1)
    expect(contents).toContain('<aside class="disclaimer" aria-label="تنبيه مهم">')
    expect(contents.slice(contents.indexOf('<footer'))).not.toContain('footer-disclaimer')
  })

  it('marks an article written in another variety of Arabic than the clinic\'s with its own lang', () => {
    // The fixture article is Egyptian (ar-EG); the Riyadh clinic's pages are ar-SA.
    const riyadh = render('clinic.rawda-riyadh').contents
    expect(riyadh).toContain('<html lang="ar-SA" dir="rtl">')
    expect(riyadh).toContain('<article class="article" lang="ar-EG">')
    expect(jsonLdOf(riyadh).data.inLanguage).toBe('ar-EG')
    expect(render().contents).toContain('<article class="article">')
    const plainArabic = withBody(mesoArticle.body, {language: 'ar'})
    expect(jsonLdOf(render('clinic.rawda-riyadh', plainArabic).contents).data.inLanguage).toBe('ar-SA')
  })
})

