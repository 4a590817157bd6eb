// The gate's memory between builds: a verdict is reused only while everything its checks read from
// the content graph is the same, so a running server re-checks just what an edit can have changed,
// and every verdict it reuses equals what a gate without memory says.
import {beforeAll, describe, expect, it} from 'vitest'
import {articleClaimReferences} from '../../src/checks/articleReferences.ts'
import type {ContentGraph} from '../../src/content/contentGraph.ts'
import type {Claim} from '../../src/content/documents/claim.ts'
import type {LoadedContent} from '../../src/content/loadContent.ts'
import {createBuildMemory, type BuildMemory} from '../../src/pipeline/buildMemory.ts'
import {gateClinics} from '../../src/pipeline/gateContent.ts'
import {selectClinics} from '../../src/pipeline/selectClinics.ts'
import {BUNDLED_DATASET, loadDataset, NOW} from '../support/bundledDataset.ts'

let loaded: LoadedContent
beforeAll(async () => {
  loaded = await loadDataset(BUNDLED_DATASET)
})

const withGraph = (graph: ContentGraph): LoadedContent => ({...loaded, graph})
const verdicts = (content: LoadedContent, now: Date, memory?: BuildMemory) =>
  gateClinics(content, selectClinics(content), now, memory).map(({clinic, gate}) => ({clinic: clinic.slug.current, articles: gate.articles}))
/** Article × clinic pairs the gate checks: every article against each clinic it targets. */
const pairs = (graph: ContentGraph, articleIds?: Set<string>) =>
  [...graph.articles.values()]
    .filter((article) => !articleIds || articleIds.has(article._id))
    .reduce((total, article) => total + article.targetClinics.filter((ref) => graph.clinics.has(ref._ref)).length, 0)

// The verdicts a memory gives are compared with a gate run over a copy of the content
// (structuredClone): no cache keyed by a document object can serve both.
describe('gate memory (graphReadMemo)', () => {
  it('reuses every verdict when nothing changed', () => {
    const memory = createBuildMemory()
    const first = verdicts(loaded, NOW, memory)
    expect(memory.graphReads.stats).toEqual({computed: pairs(loaded.graph), reused: 0})
    expect(verdicts(loaded, NOW, memory)).toEqual(first)
    expect(memory.graphReads.stats).toEqual({computed: pairs(loaded.graph), reused: pairs(loaded.graph)})
    expect(first).toEqual(verdicts(structuredClone(loaded), NOW))
  })

  it('re-checks only the articles citing a claim whose approval was withdrawn', () => {
    const memory = createBuildMemory()
    verdicts(loaded, NOW, memory)
    const claimId = 'claim.meso-hair-density'
    const claim = loaded.graph.claims.get(claimId)!
    const withdrawn: Claim = {...claim, review: {...claim.review!, status: 'inReview'}}
    const edited = withGraph({...loaded.graph, claims: new Map(loaded.graph.claims).set(claimId, withdrawn)})
    const citing = new Set([...edited.graph.articles.values()].filter((article) => articleClaimReferences(article).some((ref) => ref.claimId === claimId)).map((article) => article._id))
    expect(citing.size).toBeGreaterThan(0)

    const before = memory.graphReads.stats.computed
    const after = verdicts(edited, NOW, memory)
    expect(memory.graphReads.stats.computed - before).toBe(pairs(edited.graph, citing))
    expect(after).toEqual(verdicts(structuredClone(edited), NOW))
    const rules = after.flatMap(({articles}) => articles.filter((verdict) => citing.has(verdict.articleId)).flatMap((verdict) => verdict.findings.map((finding) => finding.ruleId)))
    expect(rules).toContain('claim-unapproved')
  })

  it('re-checks every article when a disclaimer changes (the gate reads them all to find the one in force)', () => {
    const memory = createBuildMemory()
    verdicts(loaded, NOW, memory)
    const [id, disclaimer] = [...loaded.graph.disclaimers.entries()][0]!
    const edited = withGraph({...loaded.graph, disclaimers: new Map(loaded.graph.disclaimers).set(id, {...disclaimer, text: `${disclaimer.text} ـ`})})
    const before = memory.graphReads.stats.computed
    expect(verdicts(edited, NOW, memory)).toEqual(verdicts(structuredClone(edited), NOW))
    expect(memory.graphReads.stats.computed - before).toBe(pairs(edited.graph))
  })

  it('re-checks every article on a new calendar day and for a replaced article', () => {
    const memory = createBuildMemory()
    verdicts(loaded, NOW, memory)
    const tomorrow = new Date(NOW.getTime() + 24 * 3600 * 1000)
    let before = memory.graphReads.stats.computed
    expect(verdicts(loaded, tomorrow, memory)).toEqual(verdicts(structuredClone(loaded), tomorrow))
    expect(memory.graphReads.stats.computed - before).toBe(pairs(loaded.graph))

    const article = loaded.graph.articles.get('article.meso-realistic')!
    const edited = withGraph({...loaded.graph, articles: new Map(loaded.graph.articles).set(article._id, {...article, title: `${article.title} (مُحدَّث)`})})
    before = memory.graphReads.stats.computed
    expect(verdicts(edited, tomorrow, memory)).toEqual(verdicts(structuredClone(edited), tomorrow))
    // The edited article itself and the articles that link it as related (reference-broken reads it).
    const linking = [...edited.graph.articles.values()].filter((other) => other.relatedArticles.some((ref) => ref._ref === article._id))
    expect(linking.length).toBeGreaterThan(0)
    expect(memory.graphReads.stats.computed - before).toBe(pairs(edited.graph, new Set([article._id, ...linking.map((other) => other._id)])))
  })
})
