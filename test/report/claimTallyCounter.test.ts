// The claim tally a running process keeps between builds: after every kind of change to the
// clinic's articles (one edited, added, removed, several at once) and to what the counts depend on
// (the claims, the day), it is exactly what tallyClaims counts from scratch.
import {describe, expect, it} from 'vitest'
import type {ContentGraph} from '../../src/content/contentGraph.ts'
import type {Article} from '../../src/content/documents/article.ts'
import {tallyClaims} from '../../src/report/claimTally.ts'
import {createClaimTallyCounter} from '../../src/report/claimTallyCounter.ts'
import {claim, claimRefMark, graphOf, seed004Article, span, supportingDocuments, textBlock} from '../support/gateFixtures.ts'

const TODAY = '2026-11-21'
const LATER = '2027-07-01'

/** An article whose body cites `claimIds` in order (a repeat is a second citation of the same claim). */
const citing = (id: string, claimIds: string[]) =>
  seed004Article({
    _id: id,
    slug: {_type: 'slug', current: id.replace('article.', '')},
    body: claimIds.map((claimId, index) => textBlock(`b${index}`, [span('s1', 'نصٌّ عربيّ', [`m${index}`])], [claimRefMark(`m${index}`, claimId)])),
  })

const base = graphOf([
  ...supportingDocuments().filter((document) => document._type !== 'article'),
  claim('claim.lapsed', 'ادعاء انتهت مراجعته.', {
    review: {status: 'approved', reviewer: {_type: 'reference', _ref: 'person.dr-hala'}, reviewedAt: '2025-06-01T09:00:00Z', reviewDue: '2026-06-30'},
  }),
  claim('claim.no-grade', 'ادعاء بلا درجة.', {evidence: {citations: []}, review: {status: 'inReview'}}),
  citing('article.a', ['claim.meso-hair-density', 'claim.meso-hair-density']),
  citing('article.b', ['claim.meso-hair-density', 'claim.lapsed']),
  citing('article.c', ['claim.no-grade', 'claim.gone']),
  citing('article.e', ['claim.minoxidil-first-line']),
])

const article = (graph: ContentGraph, id: string): Article => graph.articles.get(id)!
/** The graph's articles, in id order, as the gate lists them. */
const listed = (graph: ContentGraph): Article[] => [...graph.articles.values()].sort((a, b) => (a._id < b._id ? -1 : 1))
/** A new graph sharing every collection but the articles, as a rebuild after article edits makes. */
const withArticles = (graph: ContentGraph, articles: Article[]): ContentGraph => ({...graph, articles: new Map(articles.map((entry) => [entry._id, entry]))})
const parsedArticle = (id: string, claimIds: string[]): Article => article(graphOf([...supportingDocuments().filter((d) => d._type !== 'article'), citing(id, claimIds)]), id)

describe('createClaimTallyCounter', () => {
  it('counts from scratch what tallyClaims counts, and again after each change', () => {
    const counter = createClaimTallyCounter()
    const steps: {name: string; graph: ContentGraph; today: string}[] = []
    let graph = base
    steps.push({name: 'first build', graph, today: TODAY})
    const others = listed(graph).filter((entry) => entry._id !== 'article.b')
    graph = withArticles(graph, [...others, parsedArticle('article.b', ['claim.minoxidil-first-line'])])
    steps.push({name: 'an article stops citing two claims and cites another', graph, today: TODAY})
    graph = withArticles(graph, [...listed(graph), parsedArticle('article.d', ['claim.lapsed', 'claim.lapsed'])])
    steps.push({name: 'an article added between others', graph, today: TODAY})
    graph = withArticles(graph, listed(graph).filter((entry) => entry._id !== 'article.a' && entry._id !== 'article.e'))
    steps.push({name: 'the first and the last article removed', graph, today: TODAY})
    graph = withArticles(graph, [...listed(graph), parsedArticle('article.0', ['claim.meso-hair-density']), parsedArticle('article.z', ['claim.no-grade'])])
    steps.push({name: 'articles added before the first and after the last', graph, today: TODAY})
    // The fixture's approvals are due 2026-06-30 (lapsed already) and 2027-06-30: on 2027-07-01
    // the others lapse too, which only a counter that recounts on a new day sees.
    steps.push({name: 'a later day (approvals lapse)', graph, today: LATER})
    const claims = new Map(graph.claims)
    claims.delete('claim.minoxidil-first-line')
    graph = {...graph, claims}
    steps.push({name: 'a cited claim deleted', graph, today: LATER})
    graph = withArticles(graph, [])
    steps.push({name: 'no articles left', graph, today: LATER})

    for (const {name, graph: at, today} of steps) {
      const articles = listed(at)
      expect(counter.tally(at, articles, today), name).toEqual(tallyClaims(at, articles, today))
    }
    // The later day is a real change: the same articles count more lapsed approvals on it.
    const [before, after] = [steps[4]!, steps[5]!]
    expect(tallyClaims(after.graph, listed(after.graph), after.today).byState.expired).toBeGreaterThan(tallyClaims(before.graph, listed(before.graph), before.today).byState.expired)
  })

  it("counts again when the clinic's claim review period changes", () => {
    const graph = graphOf([
      ...supportingDocuments().filter((document) => document._type !== 'article' && document._id !== 'claim.meso-hair-density'),
      claim('claim.meso-hair-density', 'ادعاء اعتُمد قبل عام.', {
        review: {status: 'approved', reviewer: {_type: 'reference', _ref: 'person.dr-hala'}, approvedAt: '2025-10-01T09:00:00Z', reviewDue: '2027-06-30'},
      }),
      citing('article.a', ['claim.meso-hair-density']),
    ])
    const counter = createClaimTallyCounter()
    expect(counter.tally(graph, listed(graph), TODAY, 14).byState).toMatchObject({approved: 1, expired: 0})
    expect(counter.tally(graph, listed(graph), TODAY, 12)).toEqual(tallyClaims(graph, listed(graph), TODAY, 12))
    expect(counter.tally(graph, listed(graph), TODAY, 12).byState).toMatchObject({approved: 0, expired: 1})
  })

  it('hands out a copy: changing a returned tally does not change the next one', () => {
    const counter = createClaimTallyCounter()
    const first = counter.tally(base, listed(base), TODAY)
    first.total = 99
    first.byState.approved = 99
    expect(counter.tally(base, listed(base), TODAY)).toEqual(tallyClaims(base, listed(base), TODAY))
  })
})
