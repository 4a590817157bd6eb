// The build manifest: a rebuild re-renders only the article pages whose inputs changed, and drops the
// pages of articles that are no longer published.
import {readFile, readlink, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {isSanadError} from '../../src/errors/catalog.ts'
import {formatJsonReport} from '../../src/report/formatJson.ts'
import {formatTextReport} from '../../src/report/formatText.ts'
import {buildDataset, copyBundledDataset, tempDir, removedAfterEach, type RawDocument} from '../support/bundledDataset.ts'

const cleanup = removedAfterEach()

const build = buildDataset

const releaseOf = (report: Awaited<ReturnType<typeof build>>, slug: string) => report.clinics.find((clinic) => clinic.slug === slug)!.release!

const editDocument = (id: string, edit: (document: RawDocument) => RawDocument) => (documents: RawDocument[]) =>
  documents.map((document) => (document._id === id ? edit(document) : document))

/** Builds the bundled dataset, then the dataset after `edit` into the same output; the second build's report. */
const rebuiltAfter = async (edit: (documents: RawDocument[]) => RawDocument[]) => {
  const dataset = await copyBundledDataset()
  const outDir = await tempDir('sanad-dist-')
  cleanup(dataset, outDir)
  await build(dataset, outDir)
  const edited = await copyBundledDataset(edit)
  cleanup(edited)
  return {outDir, second: await build(edited, outDir)}
}

describe('incremental build', () => {
  it('reuses every article page when nothing changed', async () => {
    const dataset = await copyBundledDataset()
    const outDir = await tempDir('sanad-dist-')
    cleanup(dataset, outDir)
    await build(dataset, outDir)
    const second = await build(dataset, outDir)
    expect(releaseOf(second, 'nour-cairo')).toMatchObject({rendered: 0, reused: 2, removed: 0})
    expect(releaseOf(second, 'lulu-dubai')).toMatchObject({rendered: 0, reused: 1, removed: 0})
  })

  it('re-renders only the edited article and the pages that link it', async () => {
    const {outDir, second} = await rebuiltAfter(
      editDocument('article.hair-home-routine', (document) => ({...document, title: 'روتين منزلي لفروة الرأس (محدَّث)'})),
    )
    const linking = (path: string) => join(outDir, 'nour-cairo', path)
    // 004 links it as a related article in nour-cairo, so its page is rebuilt there with the new title;
    // in the other clinics the related article is not live, so nothing there changes.
    // Its Markdown export lists no related articles, so it is carried over instead of rendered again.
    expect(releaseOf(second, 'nour-cairo')).toMatchObject({rendered: 2, contentKept: 1, reused: 0})
    expect(releaseOf(second, 'rawda-riyadh')).toMatchObject({rendered: 0, reused: 1})
    expect(releaseOf(second, 'lulu-dubai')).toMatchObject({rendered: 0, reused: 1})
    const page = await readFile(linking('articles/mesotherapy-hair-skin-realistic-results/index.html'), 'utf8')
    expect(page).toContain('روتين منزلي لفروة الرأس (محدَّث)')
    expect(await readFile(linking('api/v1/articles/mesotherapy-hair-skin-realistic-results.json'), 'utf8')).toContain('روتين منزلي لفروة الرأس (محدَّث)')
  })

  it('dates the pages that link an article by its edit when only its body changed, and keeps their Markdown export', async () => {
    const {outDir, second} = await rebuiltAfter(
      editDocument('article.hair-home-routine', (document) => {
        const body = document.body as {_type: string; children?: {text: string}[]}[]
        const first = body.findIndex((block) => block._type === 'block')
        const reworded = body.map((block, index) => (index === first ? {...block, children: block.children!.map((span) => ({...span, text: `${span.text} (صياغة أوضح)`}))} : block))
        return {...document, body: reworded, _updatedAt: '2026-11-20T09:15:00Z'}
      }),
    )
    // 004 shows only its title and address, but its API document's updatedAt is the linked article's
    // edit (a clinic site's cache key); its Markdown export lists no related articles and is kept.
    expect(releaseOf(second, 'nour-cairo')).toMatchObject({rendered: 2, contentKept: 1, reused: 0})
    expect(await readFile(join(outDir, 'nour-cairo', 'articles/hair-home-routine/index.html'), 'utf8')).toContain('(صياغة أوضح)')
    const linking = JSON.parse(await readFile(join(outDir, 'nour-cairo', 'api/v1/articles/mesotherapy-hair-skin-realistic-results.json'), 'utf8'))
    expect(linking.article.updatedAt).toBe('2026-11-20T09:15:00.000Z')
    expect(await readFile(join(outDir, 'nour-cairo', 'export/mesotherapy-hair-skin-realistic-results.md'), 'utf8')).toContain('\nupdatedAt: "2026-10-01T12:30:00.000Z"\n')
  })

  it('shows a new disclaimer from the clinic\'s own midnight, when UTC is still on the day before', async () => {
    // Effective 24 November: in Dubai (UTC+4) that day starts at 20:00 UTC on the 23rd.
    const next = {_id: 'disclaimer.ae-2026b', _type: 'disclaimer', jurisdiction: 'AE', version: '2026.2', effectiveDate: '2026-11-24', title: 'إخلاء المسؤولية الطبية — الإمارات (محدَّث)', text: 'نص الإخلاء المحدَّث.'}
    const dataset = await copyBundledDataset((documents) => [
      ...documents.map((document) =>
        document._type === 'article'
          ? {...document, body: [...(document.body as unknown[]), {_key: 'ae2026b', _type: 'disclaimerBlock', disclaimer: {_type: 'reference', _ref: next._id}}]}
          : document,
      ),
      next,
    ])
    const outDir = await tempDir('sanad-dist-')
    cleanup(dataset, outDir)
    const page = () => readFile(join(outDir, 'lulu-dubai', 'articles/mesotherapy-hair-skin-realistic-results/index.html'), 'utf8')
    await build(dataset, outDir, {now: new Date('2026-11-23T12:00:00Z')})
    expect(await page()).not.toContain('نص الإخلاء المحدَّث.')
    const second = await build(dataset, outDir, {now: new Date('2026-11-23T21:00:00Z')})
    expect(releaseOf(second, 'lulu-dubai')).toMatchObject({rendered: 1, reused: 0})
    expect(await page()).toContain('نص الإخلاء المحدَّث.')
  })

  it('names the site of a clinic the content no longer has, and leaves it as it is', async () => {
    const dataset = await copyBundledDataset()
    const outDir = await tempDir('sanad-dist-')
    cleanup(dataset, outDir)
    await build(dataset, outDir)
    const renamed = await copyBundledDataset(editDocument('clinic.lulu-dubai', (document) => ({...document, slug: {_type: 'slug', current: 'lulu-abudhabi'}})))
    cleanup(renamed)
    const messages: string[] = []
    await build(renamed, outDir, {onProgress: (message) => messages.push(message)})
    expect(messages).toContain(`lulu-dubai: no such clinic in the content any more; its site in ${outDir} is no longer updated and can be removed`)
    expect(await readFile(join(outDir, 'lulu-dubai', 'index.html'), 'utf8')).toContain('<html lang="ar-AE"')
    expect(await readFile(join(outDir, 'lulu-abudhabi', 'index.html'), 'utf8')).toContain('<html lang="ar-AE"')
  })

  // An invalid clinic document is left out of the build like any invalid document; its site is not
  // an abandoned one, and `--clinic` names the fields to fix instead of calling the slug unknown.
  it('leaves the site of a clinic whose document is invalid live, and says why it was not built', async () => {
    const dataset = await copyBundledDataset()
    const outDir = await tempDir('sanad-dist-')
    cleanup(dataset, outDir)
    await build(dataset, outDir)
    const broken = await copyBundledDataset(editDocument('clinic.rawda-riyadh', ({name: _name, ...document}) => ({...document, jurisdiction: 'FR'})))
    cleanup(broken)
    const messages: string[] = []
    const report = await build(broken, outDir, {onProgress: (message) => messages.push(message)})
    expect(messages).toContain(
      `rawda-riyadh: not built: its clinic document clinic.rawda-riyadh does not match the content model (see its schema-invalid findings); its site in ${outDir} stays live as it was until the document is fixed`,
    )
    expect(report.clinics.map((clinic) => clinic.slug)).toEqual(['lulu-dubai', 'nour-cairo'])
    // The reports say it too, not only the progress log: a JSON reader saw two clinics and no reason.
    expect(report.invalidClinics).toEqual([{documentId: 'clinic.rawda-riyadh', slug: 'rawda-riyadh'}])
    expect(JSON.parse(formatJsonReport(report)).invalidClinics).toEqual([{documentId: 'clinic.rawda-riyadh', slug: 'rawda-riyadh'}])
    const text = formatTextReport(report, {mode: 'build'})
    expect(text).toContain('عيادات لم تُبنَ لأن مستند العيادة لا يطابق نموذج المحتوى (انظر مشكلاته أعلاه، وأصلحه في الاستوديو؛ يبقى موقعها السابق كما هو):\n  ✗ rawda-riyadh  (clinic.rawda-riyadh)')
    expect(text.split('\n').at(-1)).toMatch(/^منشور: \d+ · محجوب: \d+ · العيادات: 2 · لم تُبنَ: 1 · \d+ ms$/)
    expect(await readFile(join(outDir, 'rawda-riyadh', 'index.html'), 'utf8')).toContain('<html lang="ar-SA"')
    const error = await build(broken, outDir, {clinicSlugs: ['rawda-riyadh']}).catch((caught: unknown) => caught)
    expect(isSanadError(error) && [error.code, error.message]).toEqual([
      'CLINIC_INVALID',
      'The clinic document clinic.rawda-riyadh ("rawda-riyadh") does not match the content model (name, jurisdiction), so its site is not built.',
    ])
  })

  // A clinic whose export line is cut short is unreadable, not deleted: the operator is not told its site can go.
  it('leaves the site of a clinic whose export line cannot be read live, and names the document', async () => {
    const dataset = await copyBundledDataset()
    const outDir = await tempDir('sanad-dist-')
    cleanup(dataset, outDir)
    await build(dataset, outDir)
    const file = join(dataset, 'data.ndjson')
    const lines = (await readFile(file, 'utf8')).split('\n')
    await writeFile(file, lines.map((line) => (line.includes('"_id":"clinic.rawda-riyadh"') ? line.slice(0, 200) : line)).join('\n'))
    const messages: string[] = []
    const report = await build(dataset, outDir, {onProgress: (message) => messages.push(message)})
    expect(messages.filter((message) => message.startsWith('rawda-riyadh:'))).toEqual([
      `rawda-riyadh: no valid clinic document has this slug: if it is clinic.rawda-riyadh (invalid, with no readable slug), fix that document; otherwise the clinic was deleted or renamed, and its site in ${outDir} is no longer updated and can be removed`,
    ])
    expect(report.invalidClinics).toEqual([{documentId: 'clinic.rawda-riyadh'}])
    expect(formatTextReport(report, {mode: 'build'})).toContain('(يبدو من نصه أنه المستند clinic.rawda-riyadh من نوع clinic)')
    expect(await readFile(join(outDir, 'rawda-riyadh', 'index.html'), 'utf8')).toContain('<html lang="ar-SA"')
  })

  it('removes the page of an article that is no longer published', async () => {
    const dataset = await copyBundledDataset()
    const outDir = await tempDir('sanad-dist-')
    cleanup(dataset, outDir)
    await build(dataset, outDir)
    const untargeted = await copyBundledDataset(
      editDocument('article.hair-home-routine', (document) => ({...document, targetClinics: [{_type: 'reference', _ref: 'clinic.lulu-dubai', _key: 'k1'}]})),
    )
    cleanup(untargeted)
    const second = await build(untargeted, outDir)
    expect(releaseOf(second, 'nour-cairo').removed).toBe(1)
    await expect(readFile(join(outDir, 'nour-cairo', 'articles/hair-home-routine/index.html'))).rejects.toThrow(/ENOENT/)
    expect(await readlink(join(outDir, 'nour-cairo'))).toMatch(/^\.releases\//)
  })
})
