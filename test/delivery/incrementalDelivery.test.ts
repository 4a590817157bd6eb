// The delivery files in incremental builds: an article's API document and Markdown export are reused
// with its page when nothing it shows changed, and the feeds read a reused article's content back
// from its API document, so they are byte-identical to a full build's. The API's not-found document
// depends on the clinic's domain alone.
import {readFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {createBuildMemory, type BuildMemory} from '../../src/pipeline/buildMemory.ts'
import {readCurrentRelease} from '../../src/publish/releaseStore.ts'
import {buildDataset, copyBundledDataset, tempDir, removedAfterEach, type RawDocument} from '../support/bundledDataset.ts'

const cleanup = removedAfterEach()

const build = (dataset: string, outDir: string, memory?: BuildMemory) => buildDataset(dataset, outDir, {clinicSlugs: ['nour-cairo'], ...(memory ? {memory} : {})})
// A save that changes what the feeds show of the article: its title and its first paragraph.
const retitle = (documents: RawDocument[]) =>
  documents.map((document) => {
    if (document._id !== 'article.hair-home-routine') return document
    const body = structuredClone(document.body) as {_type: string; children?: {text?: string}[]}[]
    const span = body.find((block) => block._type === 'block' && block.children?.[0]?.text)!.children![0]!
    span.text = `${span.text} (فقرة محدَّثة)`
    return {...document, title: 'روتين منزلي لفروة الرأس (محدَّث)', body}
  })

/** The bundled dataset, a copy with hair-home-routine retitled, and two empty output folders. */
const folders = async () => {
  const dataset = await copyBundledDataset()
  const edited = await copyBundledDataset(retitle)
  const incremental = await tempDir('sanad-inc-')
  const full = await tempDir('sanad-full-')
  cleanup(dataset, edited, incremental, full)
  return {dataset, edited, incremental, full}
}

describe('incremental delivery files', () => {
  it('reuses unchanged API documents and gives the same feeds as a full build', async () => {
    const {dataset, edited, incremental, full} = await folders()

    await build(dataset, incremental)
    const second = await build(edited, incremental)
    // hair-home-routine changed; meso-realistic links it as related, so it is rendered again too.
    expect(second.clinics[0]!.release).toMatchObject({rendered: 2, reused: 0})
    const third = await build(edited, incremental)
    expect(third.clinics[0]!.release).toMatchObject({rendered: 0, reused: 2})
    await build(edited, full)

    for (const file of ['feed.json', 'atom.xml', 'api/v1/index.json', 'api/v1/articles/hair-home-routine.json', 'export/hair-home-routine.md']) {
      expect(await readFile(join(incremental, 'nour-cairo', file), 'utf8'), file).toBe(await readFile(join(full, 'nour-cairo', file), 'utf8'))
    }
    const feed = JSON.parse(await readFile(join(incremental, 'nour-cairo', 'feed.json'), 'utf8'))
    expect(feed.items.map((item: {title: string}) => item.title)).toContain('روتين منزلي لفروة الرأس (محدَّث)')
    expect(feed.items.map((item: {content_html: string}) => item.content_html).join('')).toContain('(فقرة محدَّثة)')
  })

  it('gives the same feeds as a full build in a running process, which keeps the feed entries\' content', async () => {
    const {dataset, edited, incremental: running, full} = await folders()
    const memory = createBuildMemory()
    await build(dataset, running, memory)
    await build(edited, running, memory)
    await build(edited, full)
    // The saved article's new content comes from its rendering, the others' from what was kept.
    for (const file of ['feed.json', 'atom.xml', 'sitemap.xml']) {
      expect(await readFile(join(running, 'nour-cairo', file), 'utf8'), file).toBe(await readFile(join(full, 'nour-cairo', file), 'utf8'))
    }
    await build(dataset, running, memory)
    await build(dataset, full)
    for (const file of ['feed.json', 'atom.xml', 'sitemap.xml']) {
      expect(await readFile(join(running, 'nour-cairo', file), 'utf8'), file).toBe(await readFile(join(full, 'nour-cairo', file), 'utf8'))
    }
  })

  it('dates a procedure\'s index entry anew in a running process when the procedure is saved', async () => {
    const {dataset, incremental: running, full} = await folders()
    const SAVED = '2026-11-20T10:30:00Z'
    const saved = await copyBundledDataset((documents) =>
      documents.map((document) => (document._id === 'procedure.topical-minoxidil' ? {...document, _updatedAt: SAVED, downtime: 'لا يحتاج وقت تعافٍ.'} : document)),
    )
    cleanup(saved)
    const memory = createBuildMemory()
    const dates = async (out: string) => {
      const index = JSON.parse(await readFile(join(out, 'nour-cairo', 'api/v1/index.json'), 'utf8'))
      const {procedure} = JSON.parse(await readFile(join(out, 'nour-cairo', 'api/v1/procedures/topical-minoxidil.json'), 'utf8'))
      return {index: index.procedures.find((entry: {slug: string}) => entry.slug === 'topical-minoxidil').updatedAt, document: procedure.updatedAt}
    }
    await build(dataset, running, memory)
    const before = await dates(running)
    await build(saved, running, memory)
    await build(saved, full)
    expect([before.index === before.document, await dates(running)]).toEqual([true, {index: '2026-11-20T10:30:00.000Z', document: '2026-11-20T10:30:00.000Z'}])
    expect(await readFile(join(running, 'nour-cairo', 'api/v1/index.json'), 'utf8')).toBe(await readFile(join(full, 'nour-cairo', 'api/v1/index.json'), 'utf8'))
  })

  it('keeps the API not-found document through an article edit and remakes it when the clinic moves domain', async () => {
    const {dataset, edited, incremental: running} = await folders()
    const moved = await copyBundledDataset((documents) =>
      retitle(documents).map((document) => (document._id === 'clinic.nour-cairo' ? {...document, domain: 'nour-clinic.example'} : document)),
    )
    cleanup(moved)
    const memory = createBuildMemory()
    const notFound = async () => {
      const hash = (await readCurrentRelease(running, 'nour-cairo'))!.manifest.files.get('api/v1/not-found.json')
      const {$schema, error} = JSON.parse(await readFile(join(running, 'nour-cairo', 'api/v1/not-found.json'), 'utf8'))
      return {hash, $schema, index: error.index}
    }
    await build(dataset, running, memory)
    const first = await notFound()
    await build(edited, running, memory)
    const afterEdit = await notFound()
    await build(moved, running, memory)
    const afterMove = await notFound()
    expect([first.index, afterEdit.hash === first.hash, afterMove.$schema, afterMove.index, afterMove.hash === first.hash]).toEqual([
      'https://nour-cairo.example/api/v1/index.json',
      true,
      'https://nour-clinic.example/api/v1/schema/error.json',
      'https://nour-clinic.example/api/v1/index.json',
      false,
    ])
  })
})
