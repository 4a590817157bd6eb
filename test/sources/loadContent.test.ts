// loadContent: a source's published documents through the zod boundary into a ContentGraph, with
// findings and skip counts; including the real `sanity dataset export` sample of a foreign schema.
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, readdir, rm, symlink} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadContent, type LoadedContent} from '../../src/content/loadContent.ts'
import type {ContentSource, ImageValue} from '../../src/sources/contentSource.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {HERO_FILE_NAME, LOGO_FILE_NAME, allDocuments, publishedDocuments} from './fixtures/arabicDocuments.ts'
import {toNdjson, writeExportArchive, writeExportFolder, writeNdjson} from './fixtures/exportFixtures.ts'

const EXPORT_SAMPLE = join(import.meta.dirname, '../../../shared/fixtures/sanity-export-sample.tar.gz')

let workDir: string
const originalTmpdir = process.env.TMPDIR

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'sanad-load-content-test-'))
})

afterAll(async () => {
  if (originalTmpdir === undefined) delete process.env.TMPDIR
  else process.env.TMPDIR = originalTmpdir
  await rm(workDir, {recursive: true, force: true})
})

const sizes = (loaded: LoadedContent) =>
  Object.fromEntries(Object.entries(loaded.graph).map(([name, map]) => [name, (map as Map<string, unknown>).size]))

describe('loadContent over the Arabic fixture', () => {
  it('builds the graph from published documents only and counts what it skipped', async () => {
    const broken = '{"_id": "claim.broken", "_type": "claim", "statement": "ادعاء'
    const path = await writeNdjson(join(workDir, 'arabic'), toNdjson(allDocuments) + broken + '\n')
    const source = await openLocalSource(path)
    const loaded = await loadContent(source).finally(() => source.close())

    expect(sizes(loaded)).toEqual({
      articles: 1,
      claims: 1,
      clinics: 2,
      contraindications: 0,
      disclaimers: 2,
      people: 1,
      procedures: 1,
      risks: 1,
    })
    expect(loaded.graph.articles.get('article.meso-realistic')?.title).toBe('الميزوثيرابي للبشرة: ما الذي يمكن توقّعه فعلًا؟')
    expect(loaded.graph.clinics.get('clinic.nour-cairo')?.name).toBe('عيادة نور — القاهرة')
    // A bare data.ndjson has no images/ beside it: the article's hero and the clinic's logo are warned about.
    expect(loaded.findings.map(({ruleId, severity, documentId, path: at}) => ({ruleId, severity, documentId, path: at}))).toEqual([
      {ruleId: 'schema-invalid', severity: 'error', documentId: '(line 14)', path: ''},
      {ruleId: 'image-missing', severity: 'warning', documentId: 'article.meso-realistic', path: 'heroImage'},
      {ruleId: 'image-missing', severity: 'warning', documentId: 'clinic.nour-cairo', path: 'branding.logo'},
    ])
    expect(loaded.skippedSystem).toBe(1)
    expect(loaded.skippedUnknown).toEqual({})
    expect(loaded.draftsIgnored).toBe(3)
    expect(loaded.sourceDescription).toBe(`local dataset ${path} (10 documents, 3 drafts ignored, 1 unreadable line)`)
  })

  it('turns a document of a known type that breaks the model into schema-invalid findings, not a crash', async () => {
    const path = await writeNdjson(
      join(workDir, 'invalid-clinic'),
      toNdjson([{_id: 'clinic.bad', _type: 'clinic', name: 'عيادة', slug: {current: 'عيادة-القاهرة'}, jurisdiction: 'EG', locale: 'ar-EG'}]),
    )
    const source = await openLocalSource(path)
    const loaded = await loadContent(source).finally(() => source.close())
    expect(loaded.graph.clinics.size).toBe(0)
    expect(loaded.findings.map(({ruleId, documentId, path: at}) => ({ruleId, documentId, path: at}))).toEqual([
      {ruleId: 'schema-invalid', documentId: 'clinic.bad', path: 'slug.current'},
    ])
  })
})

// An image the export does not hold is left off the page; the build goes on and says which
// document's which file is missing, and what brings it back. A warning: a picture never blocks a
// medical article (docs/rules/image-missing.md).
describe('images the export does not hold', () => {
  const hero = `images/${HERO_FILE_NAME}`
  const logo = `images/${LOGO_FILE_NAME}`
  // An LRM before each value that opens with punctuation keeps it whole in a right-to-left line.
  const reexport = 'أعد تصدير مجموعة البيانات مع ملفاتها (sanity dataset export دون الخيار \u200E--no-assets)؛ وإن حُذفت الصورة من Sanity فاختر صورة أخرى في الاستوديو.'
  const notInFolder = (file: string, exportPath: string) => `الملف ${file} غير موجود في مجلد images في التصدير \u200E${exportPath}. ${reexport}`
  const noFolder = (file: string, exportPath: string) =>
    `الملف ${file} غير موجود، فلا مجلد images في التصدير \u200E${exportPath}. صدّر مجموعة البيانات مع ملفاتها (sanity dataset export دون الخيار \u200E--no-assets) ومرّر مجلد التصدير كاملًا أو ملف \u200E.tar.gz، لا data.ndjson وحده.`
  const heroFinding = (reason: string) => ({ruleId: 'image-missing', severity: 'warning', documentId: 'article.meso-realistic', path: 'heroImage', message: `لن تظهر الصورة الرئيسية في الموقع: ${reason}`, url: 'docs/rules/image-missing.md'})
  const logoFinding = (reason: string) => ({ruleId: 'image-missing', severity: 'warning', documentId: 'clinic.nour-cairo', path: 'branding.logo', message: `لن يظهر الشعار في الموقع: ${reason}`, url: 'docs/rules/image-missing.md'})
  const withLogo = (sanityAsset: string) =>
    allDocuments.map((document) => (document._id === 'clinic.nour-cairo' ? {...document, branding: {primaryColor: '#0F766E', logo: {_type: 'image', _sanityAsset: sanityAsset}}} : document))
  const withHeroRef = (ref: string) =>
    allDocuments.map((document) => (document._id === 'article.meso-realistic' ? {...document, heroImage: {_type: 'image', asset: {_type: 'reference', _ref: ref}, alt: 'صورة'}} : document))

  it.each<{name: string; write: (dir: string) => Promise<string>; expected: (path: string) => object[]}>([
    {name: 'every file present', write: (dir) => writeExportFolder(dir, allDocuments, [HERO_FILE_NAME, LOGO_FILE_NAME]), expected: () => []},
    {name: 'an export folder missing the hero file', write: (dir) => writeExportFolder(dir, allDocuments, [LOGO_FILE_NAME]), expected: (path) => [heroFinding(notInFolder(hero, path))]},
    {name: 'an export folder with an empty images/', write: (dir) => writeExportFolder(dir, allDocuments, []), expected: (path) => [heroFinding(notInFolder(hero, path)), logoFinding(notInFolder(logo, path))]},
    {
      name: 'an export folder without images/',
      write: async (dir) => {
        await writeNdjson(dir, toNdjson(allDocuments))
        return dir
      },
      expected: (path) => [heroFinding(noFolder(hero, path)), logoFinding(noFolder(logo, path))],
    },
    {name: 'a bare data.ndjson', write: (dir) => writeNdjson(dir, toNdjson(allDocuments)), expected: (path) => [heroFinding(noFolder(hero, path)), logoFinding(noFolder(logo, path))]},
    {
      // Never read (a link may name any file of the machine); said to be a link, not missing.
      name: 'an export folder whose hero file is a link',
      write: async (dir) => {
        const path = await writeExportFolder(dir, allDocuments, [LOGO_FILE_NAME])
        await symlink(join(path, 'images', LOGO_FILE_NAME), join(path, 'images', HERO_FILE_NAME))
        return path
      },
      expected: (path) => [
        heroFinding(
          `${hero} في التصدير \u200E${path} رابط (symlink) إلى ملف آخر، لا الملف نفسه، ولا يقرأ سند من مجلد images إلا ملفاته، كي لا يصل إلى موقع ملفٌ آخر من هذا الجهاز. ضع الملف نفسه مكان الرابط، أو صدّر مجموعة البيانات من جديد (sanity dataset export دون الخيار \u200E--no-assets).`,
        ),
      ],
    },
    {name: 'a .tar.gz missing the logo file', write: (dir) => writeExportArchive(dir, allDocuments, [HERO_FILE_NAME]), expected: (path) => [logoFinding(notInFolder(logo, path))]},
    {
      name: 'a logo path climbing out of the export',
      write: (dir) => writeExportFolder(dir, withLogo(`image@file://./../images/${LOGO_FILE_NAME}`), [HERO_FILE_NAME, LOGO_FILE_NAME]),
      expected: () => [
        logoFinding(`قيمة الحقل image@file://./../images/${LOGO_FILE_NAME} لا تسمّي ملف صورة داخل التصدير. اختر الصورة من جديد في الاستوديو، ثم صدّر مجموعة البيانات من جديد.`),
      ],
    },
    {
      name: 'a hero asset id that is no image id',
      write: (dir) => writeExportFolder(dir, withHeroRef('image-not-an-asset-id'), [HERO_FILE_NAME, LOGO_FILE_NAME]),
      expected: () => [heroFinding('قيمة الحقل image-not-an-asset-id لا تسمّي ملف صورة داخل التصدير. اختر الصورة من جديد في الاستوديو، ثم صدّر مجموعة البيانات من جديد.')],
    },
  ])('$name', async ({name, write, expected}) => {
    const path = await write(join(workDir, `images-${name.replaceAll(' ', '-').replaceAll('/', '')}`))
    const source = await openLocalSource(path)
    const loaded = await loadContent(source).finally(() => source.close())
    expect(loaded.findings).toEqual(expected(path))
    // The build goes on: both documents are in the graph, and the page is made without the picture.
    expect([loaded.graph.articles.has('article.meso-realistic'), loaded.graph.clinics.has('clinic.nour-cairo')]).toEqual([true, true])
  })

  it('says nothing about an image the Studio left as {alt} only (no image, not a missing one)', async () => {
    const documents = allDocuments.map((document) => (document._id === 'article.meso-realistic' ? {...document, heroImage: {_type: 'image', alt: 'صورة حُذفت'}} : document))
    const path = await writeExportFolder(join(workDir, 'images-alt-only'), documents, [LOGO_FILE_NAME])
    const source = await openLocalSource(path)
    const loaded = await loadContent(source).finally(() => source.close())
    expect(loaded.findings).toEqual([])
  })

  it('asks a source that cannot say why (the Content Lake) nothing, and reports nothing', async () => {
    const source: ContentSource = {
      kind: 'sanity',
      fetch: async <Result>(query: string) => (query.includes('!(_type in') ? [] : publishedDocuments.filter((document) => document._type === 'clinic')) as Result,
      resolveImage: () => undefined,
      describe: () => 'مصدر للاختبار',
      describeInArabic: () => ['مصدر للاختبار'],
      findings: [],
      listDrafts: async () => null,
      close: async () => {},
    }
    expect((await loadContent(source)).findings).toEqual([])
  })
})

describe('loadContent and memory', () => {
  it('lets go of each raw document it parsed: the array the source answered with is left empty', async () => {
    const answered = publishedDocuments.filter((document) => document._type === 'clinic')
    const source: ContentSource = {
      kind: 'local',
      fetch: async <Result>(query: string) => (query.includes('!(_type in') ? [] : answered) as Result,
      resolveImage: () => undefined,
      describe: () => 'مصدر للاختبار',
      describeInArabic: () => ['مصدر للاختبار'],
      findings: [],
      listDrafts: async () => [],
      close: async () => {},
    }
    const loaded = await loadContent(source)
    expect([...loaded.graph.clinics.keys()].sort()).toEqual(['clinic.nour-cairo', 'clinic.rawda-riyadh'])
    expect(answered.every((document) => document === undefined)).toBe(true)
  })
})

describe('loadContent over the real `sanity dataset export` sample', () => {
  let loaded: LoadedContent
  let source: ContentSource
  const extractionDir = () => join(workDir, 'tmp')

  beforeAll(async () => {
    await mkdir(extractionDir(), {recursive: true})
    // Archives extract under os.tmpdir(); a private one lets the last test see leftovers.
    process.env.TMPDIR = extractionDir()
    source = await openLocalSource(EXPORT_SAMPLE)
    loaded = await loadContent(source)
  })

  afterAll(async () => {
    await source.close()
  })

  it('skips and counts system documents and types Sanad does not know', () => {
    expect(loaded.skippedSystem).toBe(6)
    expect(loaded.skippedUnknown).toEqual({post: 3, page: 1, settings: 1})
    expect(loaded.draftsIgnored).toBe(0)
  })

  it('reports its foreign `person` document as schema-invalid findings instead of crashing', () => {
    expect(loaded.findings.map(({ruleId, severity, documentId, path}) => ({ruleId, severity, documentId, path}))).toEqual([
      {ruleId: 'schema-invalid', severity: 'error', documentId: '3cbb297f-3e80-471d-a4e5-a2b92dfe8bc2', path: 'name'},
      {ruleId: 'schema-invalid', severity: 'error', documentId: '3cbb297f-3e80-471d-a4e5-a2b92dfe8bc2', path: 'roles'},
    ])
    expect(sizes(loaded)).toEqual({
      articles: 0,
      claims: 0,
      clinics: 0,
      contraindications: 0,
      disclaimers: 0,
      people: 0,
      procedures: 0,
      risks: 0,
    })
  })

  it('resolves every _sanityAsset in the export to an image file that exists', async () => {
    const found: ImageValue[] = []
    const collect = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(collect)
      else if (typeof value === 'object' && value !== null) {
        if (typeof (value as ImageValue)._sanityAsset === 'string') found.push(value as ImageValue)
        Object.values(value).forEach(collect)
      }
    }
    collect(await source.fetch('*'))

    const resolved = found.map((image) => source.resolveImage(image))
    expect(resolved).toHaveLength(6)
    for (const image of resolved) {
      if (image?.kind !== 'file') throw new Error(`unresolved image ${JSON.stringify(image)}`)
      expect(existsSync(image.path)).toBe(true)
    }
  })

  it('describes itself by the archive path', () => {
    expect(loaded.sourceDescription).toBe(`local dataset ${EXPORT_SAMPLE} (12 documents, 0 drafts ignored)`)
  })

  it('leaves nothing behind in the temporary folder once closed', async () => {
    expect((await readdir(extractionDir())).length).toBe(1)
    await source.close()
    expect(await readdir(extractionDir())).toEqual([])
  })
})
