// A webhook rebuild in a running server reloads the dataset but re-checks only what changed: the
// reload shares unchanged documents and findings with the previous load, so the build memory the
// server keeps still applies.
import {readFile, writeFile} from 'node:fs/promises'
import {join} from 'node:path'
import {describe, expect, it} from 'vitest'
import {loadContent} from '../../src/content/loadContent.ts'
import {createBuildMemory} from '../../src/pipeline/buildMemory.ts'
import {runBuild} from '../../src/pipeline/runBuild.ts'
import {createSiteRebuilder} from '../../src/server/siteRebuilder.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {copyBundledDataset, NOW, tempDir, removedAfterEach, type RawDocument} from '../support/bundledDataset.ts'

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
})
