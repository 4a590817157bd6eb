// loadContent: a source's published documents through the zod boundary into a ContentGraph, with
// findings and skip counts; including the real `sanity dataset export` sample of a foreign schema.
import {existsSync} from 'node:fs'
import {mkdir, mkdtemp, readdir, rm} from 'node:fs/promises'
import {tmpdir} from 'node:os'
import {join} from 'node:path'
import {afterAll, beforeAll, describe, expect, it} from 'vitest'
import {loadContent, type LoadedContent} from '../../src/content/loadContent.ts'
import type {ContentSource, ImageValue} from '../../src/sources/contentSource.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {allDocuments, publishedDocuments} from './fixtures/arabicDocuments.ts'
import {toNdjson, writeNdjson} from './fixtures/exportFixtures.ts'

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
    expect(loaded.findings.map(({ruleId, documentId, path: at}) => ({ruleId, documentId, path: at}))).toEqual([
      {ruleId: 'schema-invalid', documentId: '(line 14)', path: ''},
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

describe('loadContent and memory', () => {
  it('lets go of each raw document it parsed: the array the source answered with is left empty', async () => {
    const answered = publishedDocuments.filter((document) => document._type === 'clinic')
    const source: ContentSource = {
      kind: 'local',
      fetch: async <Result>(query: string) => (query.includes('!(_type in') ? [] : answered) as Result,
      resolveImage: () => undefined,
      describe: () => 'مصدر للاختبار',
      findings: [],
      draftsIgnored: 0,
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
