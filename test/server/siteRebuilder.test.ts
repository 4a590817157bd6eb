// A webhook rebuild in a running server reloads the dataset but re-checks only what changed: the
// reload shares unchanged documents and findings with the previous load, so the build memory the
// server keeps still applies. A rebuild that loses a clinic's write lock to another build takes it
// again and builds that clinic anew, where a one-off build exits.
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadContent} from '../../src/content/loadContent.ts'
import {createBuildMemory} from '../../src/pipeline/buildMemory.ts'
import {runBuild} from '../../src/pipeline/runBuild.ts'
import {createSiteRebuilder} from '../../src/server/siteRebuilder.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {DEFAULT_SANITY_API_VERSION, parseSanityEnv} from '../../src/sources/sanity/sanityEnv.ts'
import {createSanitySource} from '../../src/sources/sanity/sanitySource.ts'
import {unpublishedDocumentsQuery} from '../../src/queries.ts'
import {losingWriteLock} from '../support/losingWriteLock.ts'
import {startSanityApiServer} from '../support/sanityApiServer.ts'
import {copyBundledDataset, NOW, readBundledDocuments, tempDir, removedAfterEach, type RawDocument} from '../support/bundledDataset.ts'

const cleanup = removedAfterEach()

describe('site rebuilder', () => {
  it('re-checks only the edited article after a webhook reload, and publishes the edit', async () => {
    const dataset = await copyBundledDataset()
    const outDir = await tempDir('sanad-serve-')
    cleanup(dataset, outDir)
    const memory = createBuildMemory()
    const source = await openLocalSource(dataset)
    const initialContent = await loadContent(source)
    await runBuild({source, loaded: initialContent, outDir, now: NOW, memory})
    await source.close()
    const checkedAtStart = memory.graphReads.stats.computed

    const ndjson = join(dataset, 'data.ndjson')
    const documents = (await readFile(ndjson, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as RawDocument)
    const edited = documents.map((document) => (document._id === 'article.hair-home-routine' ? {...document, title: 'روتين منزلي لفروة الرأس — بعد المراجعة'} : document))
    await writeFile(ndjson, `${edited.map((document) => JSON.stringify(document)).join('\n')}\n`)

    const rebuilder = createSiteRebuilder({outDir, openSource: () => openLocalSource(dataset), now: () => NOW, initialContent, memory})
    const result = await rebuilder.submit({documentId: 'article.hair-home-routine', documentType: 'article'})
    expect(result.clinics.length).toBeGreaterThan(0)
    expect(await readFile(join(outDir, 'nour-cairo', 'articles/hair-home-routine/index.html'), 'utf8')).toContain('روتين منزلي لفروة الرأس — بعد المراجعة')
    // Far fewer values computed again than the first build computed: only what read the edited article.
    const recomputed = memory.graphReads.stats.computed - checkedAtStart
    expect(recomputed).toBeGreaterThan(0)
    expect(recomputed).toBeLessThan(checkedAtStart / 2)
  })

  const writeDocuments = async (dataset: string, edit: (documents: RawDocument[]) => RawDocument[]) => {
    const ndjson = join(dataset, 'data.ndjson')
    const documents = (await readFile(ndjson, 'utf8')).split('\n').filter(Boolean).map((line) => JSON.parse(line) as RawDocument)
    await writeFile(ndjson, `${edit(documents).map((document) => JSON.stringify(document)).join('\n')}\n`)
  }
  const retitled = (id: string, title: string) => (documents: RawDocument[]) => documents.map((document) => (document._id === id ? {...document, title} : document))

  const started = async () => {
    const dataset = await copyBundledDataset()
    const outDir = await tempDir('sanad-serve-')
    cleanup(dataset, outDir)
    const source = await openLocalSource(dataset)
    const initialContent = await loadContent(source)
    await runBuild({source, loaded: initialContent, outDir, now: NOW})
    await source.close()
    return {dataset, outDir, initialContent}
  }

  /** Opens the dataset, but fails the next `failures` opens (`fail(n)` sets more), as an export being rewritten does. */
  const failingOpen = (dataset: string, failures: number) => {
    let left = failures
    return {
      openSource: async () => {
        if (left > 0) {
          left--
          throw new Error('dataset briefly unreadable (injected)')
        }
        return openLocalSource(dataset)
      },
      fail: (more: number) => void (left = more),
    }
  }

  it('keeps rebuilding the other clinics after a clinic was renamed, and builds it under its new slug', async () => {
    const {dataset, outDir, initialContent} = await started()
    const messages: string[] = []
    const rebuilder = createSiteRebuilder({outDir, openSource: () => openLocalSource(dataset), now: () => NOW, initialContent, onProgress: (message) => messages.push(message)})
    await writeDocuments(dataset, (documents) => documents.map((document) => (document._id === 'clinic.lulu-dubai' ? {...document, slug: {_type: 'slug', current: 'lulu-abudhabi'}} : document)))
    expect((await rebuilder.submit({documentId: 'clinic.lulu-dubai', documentType: 'clinic'})).clinics).toEqual(['lulu-abudhabi'])
    expect(messages).toContain(`lulu-dubai: no such clinic in the content any more; its site in ${outDir} is no longer updated and can be removed`)
    expect(await readFile(join(outDir, 'lulu-abudhabi', 'index.html'), 'utf8')).toContain('<html lang="ar-AE"')

    await writeDocuments(dataset, retitled('article.meso-realistic', 'الميزوثيرابي: ما تقوله الدراسات فعلًا'))
    expect((await rebuilder.submit({documentId: 'article.meso-realistic', documentType: 'article'})).clinics).toEqual(['lulu-abudhabi', 'nour-cairo', 'rawda-riyadh'])
    expect(await readFile(join(outDir, 'rawda-riyadh', 'articles/mesotherapy-hair-skin-realistic-results/index.html'), 'utf8')).toContain('ما تقوله الدراسات فعلًا')
  })

  it('re-gates a clinic whose name or disclaimer was edited: an error holds back its new release, a fix publishes it', async () => {
    const dataset = await copyBundledDataset()
    const outDir = await tempDir('sanad-serve-')
    cleanup(dataset, outDir)
    // As `sanad serve` runs: one build memory from the first build on.
    const memory = createBuildMemory()
    const source = await openLocalSource(dataset)
    const initialContent = await loadContent(source)
    await runBuild({source, loaded: initialContent, outDir, now: NOW, memory})
    await source.close()
    const rebuilder = createSiteRebuilder({outDir, openSource: () => openLocalSource(dataset), now: () => NOW, initialContent, memory})
    const home = () => readFile(join(outDir, 'nour-cairo', 'index.html'), 'utf8')
    const renamed = (name: string) => (documents: RawDocument[]) => documents.map((document) => (document._id === 'clinic.nour-cairo' ? {...document, name} : document))
    const cairoAfter = async (documentId: string, documentType: string) => {
      const result = await rebuilder.submit({documentId, documentType})
      return result.report!.clinics.find((clinic) => clinic.slug === 'nour-cairo')!
    }
    const before = await home()

    await writeDocuments(dataset, renamed('عيادة النتائـــج المضمونة'))
    const held = await cairoAfter('clinic.nour-cairo', 'clinic')
    expect(held.clinicFindings.map(({ruleId, severity, documentId, path}) => `${ruleId} ${severity} ${documentId} ${path}`)).toEqual(['banned-claim error clinic.nour-cairo name'])
    expect([held.published, held.previousSiteLive, held.release]).toEqual([[], true, undefined])
    expect(await home()).toBe(before)

    await writeDocuments(dataset, renamed('عيادة نور الجديدة'))
    const fixed = await cairoAfter('clinic.nour-cairo', 'clinic')
    expect(fixed.clinicFindings).toEqual([])
    expect(fixed.published).toHaveLength(2)
    expect(await home()).toContain('عيادة نور الجديدة')

    // The disclaimer in force for Egypt is on every page of the Cairo clinic.
    await writeDocuments(dataset, (documents) => documents.map((document) => (document._id === 'disclaimer.eg-2026' ? {...document, title: 'إخلاء \u202Eالمسؤولية\u202C الطبية'} : document)))
    const byDisclaimer = await cairoAfter('disclaimer.eg-2026', 'disclaimer')
    expect(byDisclaimer.clinicFindings.map(({ruleId, severity, documentId, path}) => `${ruleId} ${severity} ${documentId} ${path}`)).toEqual(['bidi-control error disclaimer.eg-2026 title'])
    expect(byDisclaimer.published).toEqual([])
  })

  it('leaves the site of a clinic whose document became invalid live, and does not call it removable', async () => {
    const {dataset, outDir, initialContent} = await started()
    const messages: string[] = []
    const rebuilder = createSiteRebuilder({outDir, openSource: () => openLocalSource(dataset), now: () => NOW, initialContent, onProgress: (message) => messages.push(message)})
    await writeDocuments(dataset, (documents) => documents.map((document) => (document._id === 'clinic.lulu-dubai' ? {...document, jurisdiction: 'FR'} : document)))
    expect((await rebuilder.submit({documentId: 'clinic.lulu-dubai', documentType: 'clinic'})).clinics).toEqual([])
    expect(messages).toContain(
      `lulu-dubai: not built: its clinic document clinic.lulu-dubai does not match the content model (see its schema-invalid findings); its site in ${outDir} stays live as it was until the document is fixed`,
    )
    expect(await readFile(join(outDir, 'lulu-dubai', 'index.html'), 'utf8')).toContain('<html lang="ar-AE"')
  })

  it('rebuilds what an export reload took in before the delivery naming it: a deleted disclaimer leaves the site with the next delivery', async () => {
    const {dataset, outDir, initialContent} = await started()
    const rebuilder = createSiteRebuilder({outDir, openSource: () => openLocalSource(dataset), now: () => NOW, initialContent})
    const text = 'نص إخلاء مسؤولية جديد: المحتوى للتثقيف فقط، ولا يغني عن التقييم الطبي المباشر.'
    const cairoHome = () => readFile(join(outDir, 'nour-cairo', 'index.html'), 'utf8')
    await writeDocuments(dataset, (documents) => {
      const current = documents.find((document) => document._id === 'disclaimer.eg-2026')!
      return [...documents, {...current, _id: 'disclaimer.eg-2026-11', effectiveDate: '2026-11-01', text}]
    })
    expect((await rebuilder.submit({documentId: 'disclaimer.eg-2026-11', documentType: 'disclaimer'})).clinics).toEqual(['nour-cairo'])
    expect(await cairoHome()).toContain(text)

    // Deleted, and an article of Dubai's edited: the article's delivery comes first, its reload reads both.
    await writeDocuments(dataset, (documents) =>
      retitled('article.microneedling-basics', 'الوخز بالإبر الدقيقة — بعد المراجعة')(documents.filter((document) => document._id !== 'disclaimer.eg-2026-11')),
    )
    expect((await rebuilder.submit({documentId: 'article.microneedling-basics', documentType: 'article'})).clinics).toEqual(['lulu-dubai', 'nour-cairo'])
    expect(await cairoHome()).not.toContain(text)
    expect((await rebuilder.submit({documentId: 'disclaimer.eg-2026-11', documentType: 'disclaimer'})).clinics).toEqual([])
    expect(await cairoHome()).not.toContain(text)
  })

  it('builds the changes of a batch whose content failed to load with the next batch', async () => {
    const {dataset, outDir, initialContent} = await started()
    const rebuilder = createSiteRebuilder({outDir, openSource: failingOpen(dataset, 1).openSource, now: () => NOW, initialContent})
    await writeDocuments(dataset, retitled('article.meso-realistic', 'الميزوثيرابي: ما تقوله الدراسات فعلًا'))
    await expect(rebuilder.submit({documentId: 'article.meso-realistic', documentType: 'article'})).rejects.toThrow(/injected/)
    // The next change touches nour-cairo only; the first one's clinics are rebuilt with it.
    await writeDocuments(dataset, retitled('article.hair-home-routine', 'روتين منزلي لفروة الرأس — بعد المراجعة'))
    expect((await rebuilder.submit({documentId: 'article.hair-home-routine', documentType: 'article'})).clinics).toEqual(['lulu-dubai', 'nour-cairo', 'rawda-riyadh'])
    expect(await readFile(join(outDir, 'lulu-dubai', 'articles/mesotherapy-hair-skin-realistic-results/index.html'), 'utf8')).toContain('ما تقوله الدراسات فعلًا')
  })

  // The delivery was acknowledged: without a retry, an article the change takes down stayed live until
  // the next delivery, midnight or publishing instant, up to a day.
  it('builds a batch whose content failed to load again on its own, after 5 s, then 10 s, until it builds', async () => {
    const {dataset, outDir, initialContent} = await started()
    const timers: {ms: number; fire: () => void}[] = []
    const messages: string[] = []
    const rebuilder = createSiteRebuilder({
      outDir,
      openSource: failingOpen(dataset, 2).openSource,
      now: () => NOW,
      initialContent,
      onProgress: (message) => messages.push(message),
      setTimer: (ms, fire) => {
        timers.push({ms, fire})
        return () => {}
      },
    })
    await writeDocuments(dataset, retitled('article.meso-realistic', 'الميزوثيرابي: ما تقوله الدراسات فعلًا'))
    await expect(rebuilder.submit({documentId: 'article.meso-realistic', documentType: 'article'})).rejects.toThrow(/injected/)
    expect(timers.map(({ms}) => ms)).toEqual([5_000])
    timers[0]!.fire()
    await rebuilder.idle()
    expect(messages.filter((message) => /again/.test(message))).toEqual([
      'building article.meso-realistic again in 5 s, after the failure above',
      'rebuild of article.meso-realistic failed again: Error: dataset briefly unreadable (injected)',
      'building article.meso-realistic again in 10 s, after the failure above',
    ])
    timers[1]!.fire()
    await rebuilder.idle()
    for (const clinic of ['lulu-dubai', 'nour-cairo', 'rawda-riyadh']) {
      expect(await readFile(join(outDir, clinic, 'articles/mesotherapy-hair-skin-realistic-results/index.html'), 'utf8')).toContain('ما تقوله الدراسات فعلًا')
    }
    // Built: nothing more is armed.
    expect(timers).toHaveLength(2)
  })

  it('arms no retry once a later change has built what failed, and none after stop()', async () => {
    const {dataset, outDir, initialContent} = await started()
    const armed: number[] = []
    let cancelled = 0
    const opening = failingOpen(dataset, 1)
    const rebuilder = createSiteRebuilder({
      outDir,
      openSource: opening.openSource,
      now: () => NOW,
      initialContent,
      setTimer: (ms) => {
        armed.push(ms)
        return () => void cancelled++
      },
    })
    await expect(rebuilder.submit({documentId: 'article.meso-realistic', documentType: 'article'})).rejects.toThrow(/injected/)
    expect((await rebuilder.submit({documentId: 'article.hair-home-routine', documentType: 'article'})).clinics).toEqual(['lulu-dubai', 'nour-cairo', 'rawda-riyadh'])
    await rebuilder.idle()
    expect({armed, cancelled}).toEqual({armed: [5_000], cancelled: 1})
    rebuilder.stop()
    opening.fail(1)
    await expect(rebuilder.submit({documentId: 'article.meso-realistic', documentType: 'article'})).rejects.toThrow(/injected/)
    expect(armed).toEqual([5_000])
  })

  describe('losing a clinic\u2019s write lock to another build (this process stopped past the lock\u2019s staleness)', () => {
    /** A server's rebuilder after its first build, losing the lock `losses` times; its log lets the other build finish when it says it will wait. */
    const rebuilderWhileLosing = async (losses: number) => {
      const {dataset, outDir, initialContent} = await started()
      const lost = losingWriteLock('nour-cairo', losses)
      const messages: string[] = []
      const onProgress = (message: string) => {
        messages.push(message)
        if (message.includes('Building it again')) void lost.otherBuildDone()
      }
      return {dataset, outDir, messages, lost, rebuilder: createSiteRebuilder({outDir, openSource: () => openLocalSource(dataset), now: () => NOW, initialContent, onProgress})}
    }
    const lostLine = (outDir: string, attempt: number) =>
      `nour-cairo: Another build took over the write lock of ${join(outDir, '.releases', 'nour-cairo')} while this one was stopped for more than 20 s; clinic "nour-cairo" was not published by this build. Building it again once the lock is free (attempt ${attempt} of 3).`

    it('takes the lock again once the other build is done, builds the clinic anew and publishes the edit, without exiting', async () => {
      const {dataset, outDir, rebuilder, messages, lost} = await rebuilderWhileLosing(1)
      try {
        await writeDocuments(dataset, retitled('article.hair-home-routine', 'روتين منزلي لفروة الرأس — بعد المراجعة'))
        const result = await rebuilder.submit({documentId: 'article.hair-home-routine', documentType: 'article'})
        expect(lost.exit).not.toHaveBeenCalled()
        expect(messages.filter((message) => message.includes('write lock'))).toEqual([lostLine(outDir, 2)])
        const cairo = result.report!.clinics.find((clinic) => clinic.slug === 'nour-cairo')!
        expect(cairo.failure).toBeUndefined()
        expect(await readFile(join(outDir, 'nour-cairo', 'articles/hair-home-routine/index.html'), 'utf8')).toContain('روتين منزلي لفروة الرأس — بعد المراجعة')
      } finally {
        lost.restore()
      }
    })

    it('lost at every attempt: reports the clinic not published, keeps its site, and builds it again with the next change', async () => {
      const {dataset, outDir, rebuilder, messages, lost} = await rebuilderWhileLosing(3)
      try {
        const before = await readFile(join(outDir, 'nour-cairo', 'articles/hair-home-routine/index.html'), 'utf8')
        await writeDocuments(dataset, retitled('article.hair-home-routine', 'روتين منزلي لفروة الرأس — بعد المراجعة'))
        const result = await rebuilder.submit({documentId: 'article.hair-home-routine', documentType: 'article'})
        await lost.otherBuildDone()
        expect(lost.exit).not.toHaveBeenCalled()
        expect(messages.filter((message) => message.includes('Building it again'))).toEqual([lostLine(outDir, 2), lostLine(outDir, 3)])
        expect(messages.find((message) => message.startsWith('nour-cairo: NOT published'))).toMatch(/Lost 3 times running: .* built again with the next change or scheduled run\.$/)
        expect(result.report!.clinics.find((clinic) => clinic.slug === 'nour-cairo')).toMatchObject({failure: expect.stringMatching(/^WRITE_LOCK_LOST: /), previousSiteLive: true, published: []})
        expect(await readFile(join(outDir, 'nour-cairo', 'articles/hair-home-routine/index.html'), 'utf8')).toBe(before)

        // An edit of Dubai's alone: nour-cairo, whose release failed, is built with it.
        await writeDocuments(dataset, retitled('article.microneedling-basics', 'الوخز بالإبر الدقيقة — بعد المراجعة'))
        expect((await rebuilder.submit({documentId: 'article.microneedling-basics', documentType: 'article'})).clinics).toContain('nour-cairo')
        expect(await readFile(join(outDir, 'nour-cairo', 'articles/hair-home-routine/index.html'), 'utf8')).toContain('بعد المراجعة')
      } finally {
        lost.restore()
      }
    })
  })

  it('asks the Content Lake for the changed documents only (and its drafts), and publishes the edit and the deletion', async () => {
    const server = await startSanityApiServer({documents: await readBundledDocuments(), token: 'sk-test'})
    const outDir = await tempDir('sanad-serve-')
    cleanup(outDir)
    try {
      const openSource = async () => createSanitySource(parseSanityEnv({SANITY_PROJECT_ID: 'sanad42', SANITY_DATASET: server.dataset, SANITY_READ_TOKEN: 'sk-test', SANITY_API_HOST: server.url}), {maxRetries: 0})
      const source = await openSource()
      const memory = createBuildMemory()
      const initialContent = await loadContent(source)
      await runBuild({source, loaded: initialContent, outDir, now: NOW, memory})
      const rebuilder = createSiteRebuilder({outDir, openSource, now: () => NOW, initialContent, memory})
      const mutate = (mutation: object) =>
        fetch(`${server.url}/v${DEFAULT_SANITY_API_VERSION}/data/mutate/${server.dataset}`, {
          method: 'POST',
          headers: {'content-type': 'application/json', authorization: 'Bearer sk-test'},
          body: JSON.stringify({mutations: [mutation]}),
        }).then((response) => expect(response.status).toBe(200))

      const article = server.documents().find((document) => document._id === 'article.hair-home-routine')!
      await mutate({createOrReplace: {...article, title: 'روتين منزلي لفروة الرأس — من الويب هوك'}})
      const queriesBefore = server.requests.length
      expect((await rebuilder.submit({documentId: 'article.hair-home-routine', documentType: 'article'})).clinics).toContain('nour-cairo')
      expect(server.requests.slice(queriesBefore).map((request) => [request.search.get('perspective'), request.search.get('query') ?? (request.body as {query?: string})?.query]).sort()).toEqual([
        ['published', '*[_id in $ids]'],
        ['raw', unpublishedDocumentsQuery],
      ])
      expect(await readFile(join(outDir, 'nour-cairo', 'articles/hair-home-routine/index.html'), 'utf8')).toContain('من الويب هوك')

      // A draft published: the report no longer lists it as an unpublished draft.
      expect(initialContent.drafts?.map((draft) => draft.id)).toEqual(['drafts.article.meso-realistic'])
      const draft = server.documents().find((document) => document._id === 'drafts.article.meso-realistic')!
      await mutate({createOrReplace: {...draft, _id: 'article.meso-realistic'}})
      await mutate({delete: {id: 'drafts.article.meso-realistic'}})
      const published = await rebuilder.submit({documentId: 'article.meso-realistic', documentType: 'article'})
      expect(published.report!.documents).toMatchObject({draftsIgnored: 0, drafts: []})

      // A claim deleted: the article citing it is blocked and its page comes down.
      await mutate({delete: {id: 'claim.minoxidil-first-line'}})
      const result = await rebuilder.submit({documentId: 'claim.minoxidil-first-line', documentType: 'claim'})
      const cairo = result.report!.clinics.find((clinic) => clinic.slug === 'nour-cairo')!
      expect(cairo.blocked.map((entry) => entry.articleId)).toContain('article.hair-home-routine')
      await expect(readFile(join(outDir, 'nour-cairo', 'articles/hair-home-routine/index.html'))).rejects.toThrow(/ENOENT/)
    } finally {
      await server.close()
    }
  })
})

