// The benchmark corpus generator: deterministic, ~1,200 words per article, every document passes the
// zod boundary, and every article is published (no gate error) to each clinic it targets.
import {describe, expect, it} from 'vitest'
import {generateCorpus, type Corpus} from '../../scripts/bench/generateCorpus.ts'
import {claimApprovalProblems, isTraceableCitation} from '../../src/checks/index.ts'
import {buildContentGraph} from '../../src/content/contentGraph.ts'
import {parseDocuments} from '../../src/content/parseDocuments.ts'
import {runGate} from '../../src/gate/index.ts'
import {presetFor} from '../../src/presets/index.ts'
import {NOW, readBundledDocuments} from '../support/bundledDataset.ts'

const TODAY = NOW.toISOString().slice(0, 10)
const ARTICLES = 40

const generate = async (seed?: number): Promise<Corpus> =>
  generateCorpus(await readBundledDocuments(), {articleCount: ARTICLES, today: TODAY, ...(seed === undefined ? {} : {seed})})

describe('generateCorpus', () => {
  it('is deterministic for a seed and differs across seeds', async () => {
    const first = JSON.stringify((await generate()).documents)
    expect(JSON.stringify((await generate()).documents)).toBe(first)
    expect(JSON.stringify((await generate(7)).documents)).not.toBe(first)
  })

  it('writes the requested number of articles, ~1,200 words each', async () => {
    const corpus = await generate()
    expect(corpus.articles).toHaveLength(ARTICLES)
    expect(corpus.wordCounts).toHaveLength(ARTICLES)
    for (const count of corpus.wordCounts) {
      expect(count).toBeGreaterThanOrEqual(1100)
      expect(count).toBeLessThanOrEqual(1400)
    }
    const average = corpus.wordCounts.reduce((total, count) => total + count, 0) / ARTICLES
    expect(average).toBeGreaterThan(1150)
    expect(average).toBeLessThan(1300)
  })

  it('keeps the base dataset and leaves out its articles, claims and drafts', async () => {
    const corpus = await generate()
    const types = new Set(corpus.documents.map((document) => document._type))
    expect([...types].sort()).toEqual(['article', 'claim', 'clinic', 'contraindication', 'disclaimer', 'person', 'procedure', 'risk'])
    expect(corpus.documents.filter((document) => document._id.startsWith('drafts.'))).toEqual([])
    expect(corpus.documents.filter((document) => document._id === 'article.meso-realistic' || document._id === 'claim.meso-hair-density')).toEqual([])
    expect(corpus.documents.filter((document) => document._type === 'article')).toHaveLength(ARTICLES)
  })

  it('produces documents that all pass the zod boundary', async () => {
    const parsed = parseDocuments((await generate()).documents)
    expect(parsed.findings).toEqual([])
    expect(parsed.skippedSystem).toBe(0)
    expect(parsed.skippedUnknown).toEqual({})
  })

  it('gives every article the parts the bench must exercise', async () => {
    const corpus = await generate()
    const graph = buildContentGraph(parseDocuments(corpus.documents).documents)
    for (const article of graph.articles.values()) {
      const kinds = article.body.map((block) => (block._type === 'block' ? (block.style === 'h2' ? 'h2' : block.listItem ?? 'p') : block._type))
      expect(kinds.filter((kind) => kind === 'h2').length).toBeGreaterThanOrEqual(2)
      expect(kinds).toContain('p')
      expect(kinds.filter((kind) => kind === 'procedureSafety')).toHaveLength(1)
      const faq = article.body.find((block) => block._type === 'faq')
      expect(faq?._type === 'faq' && faq.items.length >= 3 && faq.items.length <= 5).toBe(true)

      const jurisdictions = new Set(article.targetClinics.map((target) => graph.clinics.get(target._ref)!.jurisdiction))
      const disclaimers = article.body.flatMap((block) => (block._type === 'disclaimerBlock' ? [graph.disclaimers.get(block.disclaimer._ref)!.jurisdiction] : []))
      expect(disclaimers.sort()).toEqual([...jurisdictions].sort())

      const claimIds = article.body.flatMap((block) => (block._type === 'block' ? block.markDefs.flatMap((mark) => (mark._type === 'claimRef' ? [mark.claim._ref] : [])) : []))
      expect(claimIds.length).toBeGreaterThanOrEqual(3)
      for (const claimId of claimIds) {
        const claim = graph.claims.get(claimId)!
        expect(claimApprovalProblems(claim, graph, TODAY)).toEqual([])
        expect(claim.evidence?.certainty).toBeDefined()
        expect(claim.evidence?.citations.some((citation) => isTraceableCitation(citation) && citation.doi)).toBe(true)
      }
    }
  })

  it('publishes every article to every clinic it targets, without any finding', async () => {
    const graph = buildContentGraph(parseDocuments((await generate()).documents).documents)
    let verdicts = 0
    for (const clinic of graph.clinics.values()) {
      const gate = runGate({graph, clinic, now: NOW, preset: presetFor(clinic.jurisdiction)})
      for (const verdict of gate.articles) {
        expect({article: verdict.articleId, clinic: clinic._id, findings: verdict.findings.map((finding) => `${finding.ruleId} ${finding.path}`)}).toEqual({
          article: verdict.articleId,
          clinic: clinic._id,
          findings: [],
        })
        expect(verdict.publishable).toBe(true)
      }
      verdicts += gate.articles.length
    }
    const targets = [...graph.articles.values()].reduce((total, article) => total + article.targetClinics.length, 0)
    expect(verdicts).toBe(targets)
  })
})
