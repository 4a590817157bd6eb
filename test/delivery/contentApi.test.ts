// The content API on the bundled dataset: every clinic's /api/v1/ documents validate against the
// JSON Schema published next to them (checked with Ajv, not with our own zod), and only gated
// articles appear.
import {readFile, rm} from 'node:fs/promises'
import {join} from 'node:path'
import {Ajv2020} from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {runBuild} from '../../src/pipeline/runBuild.ts'
import {readCurrentRelease} from '../../src/publish/releaseStore.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {BUNDLED_DATASET, NOW, tempDir} from '../support/bundledDataset.ts'

let outDir: string
beforeAll(async () => {
  outDir = await tempDir('sanad-delivery-')
  const source = await openLocalSource(BUNDLED_DATASET)
  await runBuild({source, outDir, now: NOW})
  await source.close()
})
afterAll(async () => {
  await rm(outDir, {recursive: true, force: true})
})

const readJson = async (clinic: string, path: string): Promise<any> => JSON.parse(await readFile(join(outDir, clinic, path), 'utf8'))
const sitePath = (url: string): string => decodeURIComponent(new URL(url).pathname.slice(1))

/** A JSON Schema with every object that names its properties closed to any other (what zod would write). */
const closeObjects = (schema: unknown): unknown => {
  if (Array.isArray(schema)) return schema.map(closeObjects)
  if (typeof schema !== 'object' || schema === null) return schema
  const closed = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, key === 'properties' ? Object.fromEntries(Object.entries(value as object).map(([name, property]) => [name, closeObjects(property)])) : closeObjects(value)]))
  return 'properties' in closed && !('additionalProperties' in closed) ? {...closed, additionalProperties: false} : closed
}

const PUBLISHED = {
  'nour-cairo': ['hair-home-routine', 'mesotherapy-hair-skin-realistic-results'],
  'rawda-riyadh': ['mesotherapy-hair-skin-realistic-results'],
  'lulu-dubai': ['mesotherapy-hair-skin-realistic-results'],
} as const

describe.each(Object.entries(PUBLISHED))('%s /api/v1/', (clinic, slugs) => {
  /**
   * A validator of the published schemas, as a client would use them, or with every object closed to
   * fields the schema does not name (`closed`), to check that Sanad documents every field it writes.
   */
  const validator = async ({closed = true} = {}) => {
    const ajv = new Ajv2020({allErrors: true, strict: true})
    addFormats.default(ajv)
    for (const name of ['index', 'article', 'procedure', 'error']) {
      const schema = await readJson(clinic, `api/v1/schema/${name}.json`)
      ajv.addSchema(closed ? closeObjects(schema) : schema)
    }
    return (name: string, data: unknown) => {
      const validate = ajv.getSchema(`https://${clinic}.example/api/v1/schema/${name}.json`)!
      const valid = validate(data)
      return valid ? [] : validate.errors!.map((error) => `${error.instancePath} ${error.message}`)
    }
  }

  it('index.json, every article and every procedure validate against the published schema', async () => {
    const check = await validator()
    const index = await readJson(clinic, 'api/v1/index.json')
    expect(check('index', index)).toEqual([])
    expect(index.$schema).toBe(`https://${clinic}.example/api/v1/schema/index.json`)
    for (const entry of index.articles) expect(check('article', await readJson(clinic, sitePath(entry.apiUrl))), entry.apiUrl).toEqual([])
    expect(index.procedures.length).toBeGreaterThan(0)
    for (const entry of index.procedures) expect(check('procedure', await readJson(clinic, sitePath(entry.apiUrl))), entry.apiUrl).toEqual([])
  })

  // What a missing path under /api/ answers with (sanad serve, and netlify.toml's 404 rule).
  it('carries the not-found document, exactly, valid against the published error schema', async () => {
    const check = await validator()
    const text = await readFile(join(outDir, clinic, 'api/v1/not-found.json'), 'utf8')
    expect(text).toBe(
      [
        '{',
        `  "$schema": "https://${clinic}.example/api/v1/schema/error.json",`,
        '  "apiVersion": "v1",',
        '  "error": {',
        '    "status": 404,',
        '    "code": "not-found",',
        `    "message": "No such document in this clinic's content API. The index lists every published article and every procedure the clinic offers; an article missing from it was never published for this clinic or has been withdrawn.",`,
        '    "messageAr": "لا يوجد هذا المستند في واجهة المحتوى لهذه العيادة. يسرد الفهرس كل مقال منشور وكل إجراء تقدّمه العيادة؛ والمقال الغائب عنه لم يُنشر لهذه العيادة قط أو سُحب منها.",',
        `    "index": "https://${clinic}.example/api/v1/index.json"`,
        '  }',
        '}',
        '',
      ].join('\n'),
    )
    expect(check('error', JSON.parse(text))).toEqual([])
    expect(check('error', {...JSON.parse(text), error: {status: 404, code: 'gone'}})).toEqual([
      "/error must have required property 'message'",
      "/error must have required property 'messageAr'",
      "/error must have required property 'index'",
      '/error/code must be equal to one of the allowed values',
    ])
  })

  // The release manifest hashes it like every file (ETag, reuse by the next build); neither the index
  // nor the sitemap lists it: it is no document of its own, only the body of a 404.
  it('has the not-found document in the release manifest and in no list', async () => {
    const release = await readCurrentRelease(outDir, clinic)
    const index = await readFile(join(outDir, clinic, 'api/v1/index.json'), 'utf8')
    const sitemap = await readFile(join(outDir, clinic, 'sitemap.xml'), 'utf8')
    expect([release?.manifest.files.get('api/v1/not-found.json')?.length, index.includes('not-found'), sitemap.includes('/api/')]).toEqual([64, false, false])
  })

  it('lists exactly the articles that passed the gate', async () => {
    const index = await readJson(clinic, 'api/v1/index.json')
    expect(index.articles.map((article: {slug: string}) => article.slug).sort()).toEqual([...slugs])
  })

  it('rejects a document that breaks the schema (the check can fail)', async () => {
    const check = await validator()
    const index = await readJson(clinic, 'api/v1/index.json')
    expect(check('index', {...index, articles: [{...index.articles[0], updatedAt: 'yesterday'}]})).toContain('/articles/0/updatedAt must match format "date-time"')
    expect(check('index', {...index, surprise: true})).toEqual([' must NOT have additional properties'])
    // An address is a URI reference: an Arabic slug percent-encoded, never raw, never with a space.
    expect(check('index', {...index, articles: [{...index.articles[0], url: '/articles/ميزو ثيرابي/'}]})).toEqual(['/articles/0/url must match format "uri-reference"'])
  })

  // v1 grows by adding fields: a client validating with a copy of today's schema keeps accepting documents.
  it('the published schema accepts a field added to v1 later, at the top and inside an entry, and still rejects a wrong one', async () => {
    const check = await validator({closed: false})
    const index = await readJson(clinic, 'api/v1/index.json')
    const document = await readJson(clinic, sitePath(index.articles[0].apiUrl))
    const {article} = document
    expect(check('index', {...index, addedLater: true, articles: [{...index.articles[0], readingMinutes: 4}]})).toEqual([])
    expect(check('article', {...document, article: {...article, attribution: {...article.attribution, addedLater: 'x'}}})).toEqual([])
    expect(check('index', {...index, articles: [{...index.articles[0], updatedAt: 'yesterday'}]})).toContain('/articles/0/updatedAt must match format "date-time"')
  })
})

describe('article documents', () => {
  it('carry attribution, the licence and only the clinic’s own disclaimer', async () => {
    const {article} = await readJson('rawda-riyadh', 'api/v1/articles/mesotherapy-hair-skin-realistic-results.json')
    expect(article.disclaimer).toMatchObject({jurisdiction: 'SA', title: 'إخلاء المسؤولية الطبية — السعودية (2026)'})
    const disclaimerBlocks = article.portableText.filter((block: {_type: string}) => block._type === 'disclaimerBlock')
    expect(disclaimerBlocks).toEqual([expect.objectContaining({disclaimer: expect.objectContaining({_ref: 'disclaimer.sa-2026'})})])
    expect(article.attribution).toMatchObject({
      source: {name: 'مركز روضة للأمراض الجلدية', url: 'https://rawda-riyadh.example/articles/mesotherapy-hair-skin-realistic-results/'},
      medicalReviewer: {name: 'د. هالة عبد الرحمن'},
      lastReviewed: '2026-10-01',
      validUntil: '2027-04-01',
      licence: {id: 'sanad-syndication-1.0'},
    })
    // Plain text for any page: the URL, names and date are bidi isolates, the date in the clinic's locale.
    expect(article.attribution.notice).toBe(
      '\u2067المصدر: \u2068مركز روضة للأمراض الجلدية\u2069 (\u2066https://rawda-riyadh.example/articles/mesotherapy-hair-skin-realistic-results/\u2069)؛ المراجعة الطبية: \u2068د. هالة عبد الرحمن\u2069، بتاريخ \u2068١ أكتوبر ٢٠٢٦\u2069.\u2069',
    )
    // The html is what the page shows: its digits, in the label a screen reader reads as in the heading.
    expect(article.html).toContain('<aside class="disclaimer" aria-label="إخلاء المسؤولية الطبية — السعودية (٢٠٢٦)"><h2>إخلاء المسؤولية الطبية — السعودية (٢٠٢٦)</h2>')
    expect(article.html).not.toContain('إخلاء المسؤولية الطبية — مصر')
  })

  // The reviewer holds licences in Egypt, Saudi Arabia and the UAE: each clinic's API credits the
  // one from its country, as its page's byline does.
  it.each([
    ['nour-cairo', {number: 'EMS-2009-48213', issuingBody: 'نقابة أطباء مصر', jurisdiction: 'EG'}],
    ['rawda-riyadh', {number: '14-R-0099120', issuingBody: 'الهيئة السعودية للتخصصات الصحية', jurisdiction: 'SA'}],
    ['lulu-dubai', {number: 'DHA-P-0081337', issuingBody: 'هيئة الصحة بدبي', jurisdiction: 'AE'}],
  ])('credit the reviewer with the licence from the clinic country, on %s', async (clinic, licence) => {
    const {article} = await readJson(clinic, 'api/v1/articles/mesotherapy-hair-skin-realistic-results.json')
    expect(article.medicalReviewer).toEqual({name: 'د. هالة عبد الرحمن', credentials: 'استشارية الأمراض الجلدية والتجميل', licence})
    expect(article.attribution.medicalReviewer).toEqual(article.medicalReviewer)
    const page = await readFile(join(outDir, clinic, 'articles/mesotherapy-hair-skin-realistic-results/index.html'), 'utf8')
    expect(page).toContain(`ترخيص ${licence.issuingBody} رقم <span dir="ltr">${licence.number}</span>`)
  })

  it('list approved claims with their evidence grade and citations', async () => {
    const {article} = await readJson('nour-cairo', 'api/v1/articles/mesotherapy-hair-skin-realistic-results.json')
    const claim = article.claims.find((entry: {id: string}) => entry.id === 'claim.meso-hair-density')
    expect(claim.evidence).toMatchObject({certainty: 'low', certaintyLabel: 'منخفضة'})
    expect(claim.evidence.citations.length).toBeGreaterThan(0)
    expect(claim.review.reviewDue >= '2026-11-21').toBe(true)
  })

  // Topical minoxidil is applied at home: no sessions or anaesthesia, and its page says «يُستعمل».
  it('say whether a procedure is done at the clinic or used at home, and give a home treatment no sessions or anaesthesia', async () => {
    const {procedure: minoxidil} = await readJson('nour-cairo', 'api/v1/procedures/topical-minoxidil.json')
    expect(minoxidil).toMatchObject({setting: 'home', settingLabel: 'علاج يستعمله المريض في المنزل', sessions: null, anaesthesia: null, anaesthesiaLabel: null})
    const {procedure: mesotherapy} = await readJson('nour-cairo', 'api/v1/procedures/mesotherapy-hair.json')
    expect(mesotherapy).toMatchObject({setting: 'inClinic', settingLabel: 'إجراء في العيادة', anaesthesia: 'topical'})
    expect(mesotherapy.sessions).toMatchObject({countMin: 3, countMax: 6})
    const home = await readFile(join(outDir, 'nour-cairo', 'index.html'), 'utf8')
    expect(home).toContain('<h2 id="procedures-heading">الإجراءات والعلاجات المتاحة</h2>')
    const page = await readFile(join(outDir, 'nour-cairo', 'procedures/topical-minoxidil/index.html'), 'utf8')
    expect(page).toContain('<h2>كيف يُستعمل؟</h2>')
    expect(page).not.toContain('لا يُجرى الإجراء')
  })

  // Neither article has a safety block for every procedure it is about (hair-home-routine has none).
  // The two mesotherapies list the same risks and contraindications: one section names both.
  it.each([
    ['hair-home-routine', ['المينوكسيديل الموضعي', 'الميزوثيرابي لفروة الرأس']],
    ['mesotherapy-hair-skin-realistic-results', ['الميزوثيرابي لفروة الرأس والميزوثيرابي للبشرة']],
  ])('show the risks and contraindications of every procedure %s is about, in the html and the Markdown export', async (slug, procedures) => {
    const {article} = await readJson('nour-cairo', `api/v1/articles/${slug}.json`)
    const markdown = await readFile(join(outDir, 'nour-cairo', `export/${slug}.md`), 'utf8')
    const headings = procedures.flatMap((name) => [`المخاطر والآثار الجانبية: ${name}`, `موانع الاستخدام: ${name}`])
    // At whatever level the writer's headings put them (renderArticlePage.test.ts), the same in both.
    expect([...article.html.matchAll(/<section class="procedure-safety"><h[2-4]>(.*?)<\/h[2-4]>/g)].map(([, heading]: string[]) => heading)).toEqual(headings)
    expect([...markdown.matchAll(/^#{2,4} ((?:المخاطر والآثار الجانبية|موانع الاستخدام): .*)$/gm)].map(([, heading]) => heading)).toEqual(headings)
  })

  // A clinic site rendering portableText with its own components must show what the page shows:
  // the safety sections the page adds, where it adds them, then the FAQ and the disclaimer.
  it.each([
    ['hair-home-routine', ['procedure.topical-minoxidil', 'procedure.mesotherapy-hair']],
    ['mesotherapy-hair-skin-realistic-results', ['procedure.mesotherapy-hair', 'procedure.mesotherapy-skin']],
  ])('give %s portableText in page order, with the safety sections the page adds', async (slug, procedureIds) => {
    const {article} = await readJson('nour-cairo', `api/v1/articles/${slug}.json`)
    const blocks: {_type: string; _key: string; procedure?: {_ref: string}; show?: string}[] = article.portableText
    const safety = blocks.filter((block) => block._type === 'procedureSafety')
    expect([...new Set(safety.map((block) => block.procedure!._ref))]).toEqual(procedureIds)
    const types = blocks.map((block) => block._type)
    const firstTrailing = types.findIndex((type) => type === 'faq' || type === 'disclaimerBlock')
    expect(types.slice(firstTrailing).every((type) => type === 'faq' || type === 'disclaimerBlock')).toBe(true)
    expect(types.at(-1)).toBe('disclaimerBlock')
    expect(new Set(blocks.map((block) => block._key)).size).toBe(blocks.length)
  })

  it('are not written for blocked articles', async () => {
    await expect(readFile(join(outDir, 'nour-cairo', 'api/v1/articles/mesotherapy-skin-benefits.json'))).rejects.toThrow(/ENOENT/)
    await expect(readFile(join(outDir, 'nour-cairo', 'export/mesotherapy-skin-benefits.md'))).rejects.toThrow(/ENOENT/)
  })
})
