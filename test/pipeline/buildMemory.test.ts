// A running process keeps a build memory (gate verdicts, API summaries, page input hashes, reused
// site-wide files). Whatever it reuses, every build must publish exactly what a fresh process
// publishes from the same content: edit after edit, the two sites are compared file by file.
import {join} from 'node:path'
import {beforeAll, describe, expect, it} from 'vitest'
import type {ContentGraph} from '../../src/content/contentGraph.ts'
import {loadContent, type LoadedContent} from '../../src/content/loadContent.ts'
import {createBuildMemory} from '../../src/pipeline/buildMemory.ts'
import {runBuild} from '../../src/pipeline/runBuild.ts'
import type {ContentSource} from '../../src/sources/contentSource.ts'
import {openLocalSource} from '../../src/sources/local/localSource.ts'
import {BUNDLED_DATASET, NOW, siteFiles, tempDir, removedAfterEach} from '../support/bundledDataset.ts'

const cleanup = removedAfterEach()

let source: ContentSource
let loaded: LoadedContent
beforeAll(async () => {
  source = await openLocalSource(BUNDLED_DATASET)
  loaded = await loadContent(source)
  return () => source.close()
})

type Edit = (graph: ContentGraph) => ContentGraph
const edits: [string, Edit][] = [
  // Two articles about the same procedures, then an earlier review date moves one below the other:
  // every procedure page lists them in the new order (a regrouping once kept the old one).
  ['adds a copy of an article', (graph) => {
    const article = graph.articles.get('article.meso-realistic')!
    const copy = {...article, _id: 'article.meso-realistic-copy', slug: {...article.slug, current: 'mesotherapy-realistic-copy'}, title: `${article.title} (نسخة)`}
    return {...graph, articles: new Map(graph.articles).set(copy._id, copy)}
  }],
  ['reorders the article and its copy by review date', (graph) => {
    const article = graph.articles.get('article.meso-realistic')!
    return {...graph, articles: new Map(graph.articles).set(article._id, {...article, lastReviewed: '2026-09-01', _updatedAt: '2026-11-21T11:30:00Z'})}
  }],
  ['retitles an article', (graph) => {
    const article = graph.articles.get('article.meso-realistic')!
    return {...graph, articles: new Map(graph.articles).set(article._id, {...article, title: `${article.title} (مُحدَّث)`, _updatedAt: '2026-11-21T10:00:00Z'})}
  }],
  // The pages that link it show its title, not its body, but are dated by its edit (articleUpdatedAt).
  // Only unmarked text: a claim's marked words must stay its statement, or claim-text-mismatch takes it down.
  ['rewords a linked article\'s body', (graph) => {
    const article = graph.articles.get('article.meso-realistic')!
    const reworded = <Span extends {text: string; marks: string[]}>(span: Span): Span => (span.marks.length === 0 ? {...span, text: `${span.text} (بصياغة أوضح)`} : span)
    const body = article.body.map((block) => (block._type === 'block' ? {...block, children: block.children.map(reworded)} : block))
    return {...graph, articles: new Map(graph.articles).set(article._id, {...article, body, _updatedAt: '2026-11-21T11:00:00Z'})}
  }],
  ['renames a procedure', (graph) => {
    const procedure = graph.procedures.get('procedure.mesotherapy-hair') ?? [...graph.procedures.values()][0]!
    return {...graph, procedures: new Map(graph.procedures).set(procedure._id, {...procedure, name: `${procedure.name} — محدَّث`})}
  }],
  ['rewords a claim\'s evidence note', (graph) => {
    const claim = graph.claims.get('claim.meso-hair-density')!
    return {...graph, claims: new Map(graph.claims).set(claim._id, {...claim, evidence: {...claim.evidence!, note: `${claim.evidence?.note ?? ''} (مراجعة)`}})}
  }],
  ['rewrites a disclaimer', (graph) => {
    const disclaimer = graph.disclaimers.get('disclaimer.eg-2026')!
    return {...graph, disclaimers: new Map(graph.disclaimers).set(disclaimer._id, {...disclaimer, text: `${disclaimer.text}\nاستشر طبيبك دائمًا.`})}
  }],
  // An article others link to leaves the published set and comes back: related links and lists change.
  ['takes a linked article down', (graph) => {
    const article = graph.articles.get('article.meso-realistic')!
    return {...graph, articles: new Map(graph.articles).set(article._id, {...article, unpublishAt: '2026-11-01T00:00:00Z'})}
  }],
  ['puts it back', (graph) => {
    const {unpublishAt: _, ...article} = graph.articles.get('article.meso-realistic')!
    return {...graph, articles: new Map(graph.articles).set(article._id, article)}
  }],
  ['moves an article to another procedure', (graph) => {
    const article = graph.articles.get('article.meso-realistic')!
    return {...graph, articles: new Map(graph.articles).set(article._id, {...article, procedures: [{_type: 'reference', _key: 'moved', _ref: 'procedure.microneedling'}]})}
  }],
  ['changes nothing', (graph) => ({...graph})],
]

describe('build memory', () => {
  it('publishes, edit after edit, exactly what a fresh build publishes', async () => {
    const outDir = await tempDir('sanad-memory-')
    cleanup(outDir)
    const memory = createBuildMemory()
    let content = loaded
    await runBuild({source, loaded: content, outDir, now: NOW, memory})
    for (const [name, edit] of edits) {
      content = {...content, graph: edit(content.graph)}
      const report = await runBuild({source, loaded: content, outDir, now: NOW, memory})
      const fresh = await tempDir('sanad-fresh-')
      cleanup(fresh)
      // A copy of every document: no cache keyed by a document object, in the build memory or in a
      // module, can serve the fresh build a value the remembering build made.
      await runBuild({source, loaded: structuredClone(content), outDir: fresh, now: NOW})
      for (const clinic of report.clinics) {
        expect(await siteFiles(join(outDir, clinic.slug)), `${name}: ${clinic.slug}`).toEqual(await siteFiles(join(fresh, clinic.slug)))
      }
    }
    // The memory was used, not bypassed: unchanged articles were not checked again.
    expect(memory.graphReads.stats.reused).toBeGreaterThan(memory.graphReads.stats.computed)
  })
})

// What a build said of its clinics, in order: 'start x' when it began rendering clinic x, 'end x'
// when x's release was published. A clinic's start is said before its first wait (eachClinic calls
// every step at once when rendering together), so the order does not hang on the disk's timing.
const STARTED = /^([\w-]+): .*; rendering$/
const PUBLISHED = /^([\w-]+): published /
const clinicSteps = (messages: string[]): string[] =>
  messages.flatMap((message) => {
    const started = STARTED.exec(message)?.[1]
    const published = PUBLISHED.exec(message)?.[1]
    return started ? [`start ${started}`] : published ? [`end ${published}`] : []
  })

describe('a running process\'s builds', () => {
  it('renders the clinics one at a time on its first build, which renders every page, and together on a rebuild', async () => {
    const outDir = await tempDir('sanad-memory-order-')
    cleanup(outDir)
    const memory = createBuildMemory()
    const first: string[] = []
    const report = await runBuild({source, loaded, outDir, now: NOW, memory, onProgress: (message) => first.push(message)})
    const slugs = report.clinics.filter((clinic) => clinic.release).map((clinic) => clinic.slug)
    expect(slugs.length).toBeGreaterThan(1)
    // One at a time: each clinic is published before the next begins.
    expect(clinicSteps(first)).toEqual(slugs.flatMap((slug) => [`start ${slug}`, `end ${slug}`]))
    // Every clinic publishes the edited article: the rebuild begins every clinic before any is published.
    const rebuilt: string[] = []
    const article = loaded.graph.articles.get('article.hair-home-routine')!
    const edited = {...loaded, graph: {...loaded.graph, articles: new Map(loaded.graph.articles).set(article._id, {...article, title: `${article.title} (مُحدَّث)`, _updatedAt: '2026-11-21T10:00:00Z'})}}
    await runBuild({source, loaded: edited, outDir, now: NOW, memory, onProgress: (message) => rebuilt.push(message)})
    const steps = clinicSteps(rebuilt)
    expect(steps.slice(0, slugs.length)).toEqual(slugs.map((slug) => `start ${slug}`))
    expect(steps.slice(slugs.length).sort()).toEqual(slugs.map((slug) => `end ${slug}`).sort())
  })
})
