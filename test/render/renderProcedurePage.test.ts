// renderProcedurePage: a procedure's facts in Arabic, its safety information, links only to pages
// that exist, and MedicalTherapy JSON-LD.
import {describe, expect, it} from 'vitest'
import {procedureDetail} from '../../src/delivery/procedureApi.ts'
import {renderProcedurePage} from '../../src/render/index.ts'
import {graphOf, rawDocuments, siteInput} from './fixtures.ts'
import {asText} from '../support/textFile.ts'

const render = (clinicId = 'clinic.nour-cairo', raws = rawDocuments(), procedureId = 'procedure.meso') => {
  const input = siteInput(clinicId, {graph: graphOf(raws)})
  const procedure = input.graph.procedures.get(procedureId)
  if (!procedure) throw new Error(`no procedure ${procedureId}`)
  return asText(renderProcedurePage(input, procedure))
}

const withMeso = (fields: Record<string, unknown>) =>
  rawDocuments().map((raw) => ((raw as {_id: string})._id === 'procedure.meso' ? {...(raw as object), ...fields} : raw))
const withSessions = (sessions: Record<string, number>) => withMeso({sessions})

describe('renderProcedurePage', () => {
  it('writes the page under procedures/<slug>/ with the summary and how it is performed', () => {
    const page = render()
    expect(page.path).toBe('procedures/mesotherapy/index.html')
    expect(page.contents).toContain('<html lang="ar-EG" dir="rtl">')
    expect(page.contents).toContain(
      '<header class="article-header"><h1>الميزوثيرابي</h1><p class="lead">حقن سطحي لمكوّنات خفيفة داخل الأدمة لتحفيز منطقة محدّدة.</p></header><h2>كيف يُجرى؟</h2><p>تقييم الحالة، ثم تعقيم المنطقة، ثم حقن جرعات صغيرة على مسافات منتظمة.</p>',
    )
  })

  it('states sessions, interval, duration, anaesthesia and downtime in Arabic', () => {
    expect(render().contents).toContain(
      '<dl class="facts"><dt>عدد الجلسات</dt><dd>٣–٦ جلسات</dd><dt>الفاصل بين الجلسات</dt><dd>١–٤ أسابيع</dd><dt>مدة الجلسة</dt><dd>٣٠–٤٥ دقيقة</dd><dt>التخدير</dt><dd>كريم مخدّر موضعي</dd><dt>فترة التعافي</dt><dd>احمرار أو تورّم من ساعات إلى يومين.</dd></dl>',
    )
  })

  it.each([
    [{countMin: 1, countMax: 1}, 'جلسة واحدة'],
    [{countMin: 2, countMax: 2}, 'جلستان'],
    [{countMin: 4}, '٤ جلسات'],
    [{countMin: 12, countMax: 12}, '١٢ جلسة'],
    [{countMin: 6, countMax: 12}, '٦–١٢ جلسة'],
  ])('counts sessions %j as "%s"', (sessions, expected) => {
    expect(render('clinic.nour-cairo', withSessions(sessions)).contents).toContain(`<dt>عدد الجلسات</dt><dd>${expected}</dd>`)
  })

  it.each([
    ['clinic.rawda-riyadh', '<dt>عدد الجلسات</dt><dd>٣–٦ جلسات</dd><dt>الفاصل بين الجلسات</dt><dd>١–٤ أسابيع</dd>'],
    ['clinic.lulu-dubai', '<dt>عدد الجلسات</dt><dd>3–6 جلسات</dd><dt>الفاصل بين الجلسات</dt><dd>1–4 أسابيع</dd>'],
  ])('uses the digits of the locale of %s', (clinicId, expected) => {
    expect(render(clinicId).contents).toContain(expected)
  })

  it.each([
    [{countMin: 3}, '<h2>الجلسات والتعافي</h2>'],
    // An in-clinic procedure whose sessions the writer left empty: not headed as if it had them.
    [{}, '<h2>التخدير والتعافي</h2><dl class="facts"><dt>التخدير</dt>'],
  ])('heads the facts by what they say: sessions %j', (sessions, expected) => {
    const {contents} = render('clinic.nour-cairo', withSessions(sessions))
    expect(contents).toContain(expected)
    expect([...contents.matchAll(/<h2>(الجلسات والتعافي|التخدير والتعافي)<\/h2>/g)]).toHaveLength(1)
  })

  it('names two weeks with the Arabic dual', () => {
    expect(render('clinic.nour-cairo', withSessions({intervalWeeksMin: 2, intervalWeeksMax: 2})).contents).toContain(
      '<dt>الفاصل بين الجلسات</dt><dd>أسبوعان</dd>',
    )
  })

  it('groups risks by frequency and contraindications by kind', () => {
    const {contents} = render()
    expect([...contents.matchAll(/<h3>(.*?)<\/h3>/g)].map((match) => match[1])).toEqual(['آثار شائعة', 'آثار نادرة', 'موانع مطلقة: لا يُجرى الإجراء', 'موانع مؤقتة: يُؤجَّل الإجراء حتى تزول الحالة أو تستقر'])
  })

  it('words a home treatment as used, not performed, and shows no sessions or anaesthesia, even ones left in its fields', () => {
    // The sessions and anaesthesia are still stored: the Studio hides those fields once the setting is «home».
    const {contents} = render('clinic.nour-cairo', withMeso({setting: 'home'}))
    expect(contents).toContain('<h2>كيف يُستعمل؟</h2><p>تقييم الحالة،')
    expect(contents).toContain('<h2>التعافي</h2><dl class="facts"><dt>فترة التعافي</dt><dd>احمرار أو تورّم من ساعات إلى يومين.</dd></dl>')
    expect(contents).not.toMatch(/كيف يُجرى|عدد الجلسات|<dt>التخدير<\/dt>|<dd>كريم مخدّر موضعي<\/dd>|الجلسات والتعافي|التخدير والتعافي/)
    expect([...contents.matchAll(/<h3>(.*?)<\/h3>/g)].map((match) => match[1])).toEqual([
      'آثار شائعة',
      'آثار نادرة',
      'موانع مطلقة: لا يُستعمل العلاج',
      'موانع مؤقتة: يُؤجَّل استعمال العلاج حتى تزول الحالة أو تستقر',
    ])
  })

  it('reads a procedure saved before it had a setting as done at the clinic', () => {
    const {setting: _, ...meso} = rawDocuments().find((raw) => (raw as {_id: string})._id === 'procedure.meso') as Record<string, unknown>
    const {contents} = render('clinic.nour-cairo', rawDocuments().map((raw) => ((raw as {_id: string})._id === 'procedure.meso' ? meso : raw)))
    expect(contents).toContain('<h2>كيف يُجرى؟</h2>')
    expect(contents).toContain('<dt>التخدير</dt><dd>كريم مخدّر موضعي</dd>')
  })

  it('links alternatives only when they have a page on this site', () => {
    const {contents} = render()
    expect(contents).toContain('<h2>البدائل</h2><ul><li><a href="/procedures/prp/">البلازما الغنية بالصفائح</a></li></ul>')
    expect(contents).not.toContain('microneedling')
    expect(render('clinic.rawda-riyadh').contents).not.toContain('<h2>البدائل</h2>')
  })

  // The API document lists the alternatives the page links, and no other: one the clinic does not
  // offer was never gated for it, and one the gate holds back must not be named through its neighbours.
  it.each([
    ['an offered alternative', 'clinic.nour-cairo', rawDocuments(), ['prp']],
    ['an alternative the clinic does not offer', 'clinic.rawda-riyadh', rawDocuments(), []],
    [
      'an offered alternative the gate holds back (a bidi override in its name)',
      'clinic.nour-cairo',
      rawDocuments().map((raw) => ((raw as {_id: string})._id === 'procedure.prp' ? {...(raw as object), name: 'البلازما \u202Eمضمونة\u202C'} : raw)),
      [],
    ],
  ])('the API document lists the alternatives the page links: %s', (_, clinicId, raws, slugs) => {
    const input = siteInput(clinicId, {graph: graphOf(raws)})
    const detail = procedureDetail(input, input.graph.procedures.get('procedure.meso')!)
    expect(detail.procedure.alternatives.map((alternative) => alternative.slug)).toEqual(slugs)
    const page = render(clinicId, raws).contents
    for (const slug of ['prp', 'microneedling']) expect(page.includes(`href="/procedures/${slug}/"`)).toBe(slugs.includes(slug))
    expect(JSON.stringify(detail)).not.toContain('\u202E')
    expect(JSON.stringify(detail)).not.toContain('\u202e')
  })

  it('lists only published articles about the procedure', () => {
    const {contents} = render()
    expect(contents).toContain('<h2>مقالات عن الميزوثيرابي</h2><ul><li><a href="/articles/mesotherapy-realistic/">الميزوثيرابي للشعر والبشرة: نتائج واقعية</a></li></ul>')
    expect(contents).not.toContain('meso-marketing')
  })

  it('describes the procedure as MedicalTherapy JSON-LD', () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(render().contents)?.[1] ?? ''
    const data = JSON.parse(json)
    expect(data).toMatchObject({'@context': 'https://schema.org', '@type': 'MedicalTherapy', name: 'الميزوثيرابي', url: 'https://nour.example/procedures/mesotherapy/'})
    expect(data.contraindication).toHaveLength(3)
    expect(data.adverseOutcome).toHaveLength(4)
  })
})
