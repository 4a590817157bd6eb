// rememberEachGraphReads: a list's values reused by position between builds must be exactly what
// rememberGraphReads (and a computation without any memory) gives: after a document an item read
// changes, after items move, are added or removed, and when an item's own key changes.
import {describe, expect, it} from 'vitest'
import type {ContentGraph} from '../../src/content/contentGraph.ts'
import type {Article} from '../../src/content/documents/article.ts'
import {createGraphReadMemo, rememberEachGraphReads} from '../../src/content/graphReadMemo.ts'
import {graphOf, seed004Article, supportingDocuments} from '../support/gateFixtures.ts'

const articleIds = ['article.a', 'article.b', 'article.c', 'article.d']
const base = graphOf([
  ...supportingDocuments().filter((document) => document._type !== 'article'),
  ...articleIds.map((id) => seed004Article({_id: id, slug: {_type: 'slug', current: id.slice(8)}, title: `مقال ${id.slice(8)}`})),
])

/** What each value is made of: the article's title and its author's name, read through the graph. */
const describeArticle = (article: Article, graph: ContentGraph): string => `${article.title} — ${graph.people.get(article.author?._ref ?? '')?.name ?? 'بلا كاتب'}`

const ordered = (graph: ContentGraph, ids = articleIds): Article[] => ids.map((id) => graph.articles.get(id)!)

describe('rememberEachGraphReads', () => {
  it('computes each item once and reuses every position whose item and reads are unchanged', () => {
    const memo = createGraphReadMemo()
    const key = {scope: 'test', graph: base, keys: ['ar-EG']}
    const first = rememberEachGraphReads(memo, key, ordered(base), describeArticle)
    expect(first).toEqual(ordered(base).map((article) => describeArticle(article, base)))
    expect(memo.stats).toEqual({computed: 4, reused: 0})
    expect(rememberEachGraphReads(memo, key, ordered(base), describeArticle)).toEqual(first)
    expect(memo.stats).toEqual({computed: 4, reused: 4})
  })

  it('recomputes what an edit can have changed, at the same positions and wherever the items moved', () => {
    const memo = createGraphReadMemo()
    rememberEachGraphReads(memo, {scope: 'test', graph: base, keys: []}, ordered(base), describeArticle)
    // One article retitled, the author every article credits renamed, the list reordered and shortened.
    const authorId = base.articles.get('article.a')!.author!._ref
    const author = base.people.get(authorId)!
    const edited: ContentGraph = {
      ...base,
      articles: new Map(base.articles).set('article.b', {...base.articles.get('article.b')!, title: 'عنوانٌ جديد'}),
      people: new Map(base.people).set(authorId, {...author, name: 'د. هالة (مُحدَّث)'}),
    }
    // Same objects at the same positions, but what they read changed: nothing may be reused.
    const renamedOnly: ContentGraph = {...base, people: edited.people}
    const sameOrder = rememberEachGraphReads(memo, {scope: 'test', graph: renamedOnly, keys: []}, ordered(renamedOnly), describeArticle)
    expect(sameOrder).toEqual(ordered(renamedOnly).map((article) => describeArticle(article, renamedOnly)))
    expect(sameOrder.every((value) => value.includes('(مُحدَّث)'))).toBe(true)
    const list = ordered(edited, ['article.d', 'article.b', 'article.a'])
    const values = rememberEachGraphReads(memo, {scope: 'test', graph: edited, keys: []}, list, describeArticle)
    expect(values).toEqual(list.map((article) => describeArticle(article, edited)))
    expect(values[1]).toContain('عنوانٌ جديد')
    expect(values.every((value) => value.includes('(مُحدَّث)'))).toBe(true)
  })

  it('reuses positions after an edit that changed only one item, and recomputes an item whose own key changed', () => {
    const memo = createGraphReadMemo()
    let live = new Set(['article.a', 'article.b', 'article.c', 'article.d'])
    const describeLive = (article: Article, graph: ContentGraph) => `${describeArticle(article, graph)} ${live.has(article._id) ? 'منشور' : 'موقوف'}`
    const run = (graph: ContentGraph) =>
      rememberEachGraphReads(memo, {scope: 'test', graph, keys: []}, ordered(graph), describeLive, (article) => live.has(article._id))
    run(base)
    const edited: ContentGraph = {...base, articles: new Map(base.articles).set('article.c', {...base.articles.get('article.c')!, title: 'مُعدَّل'})}
    const before = {...memo.stats}
    expect(run(edited)).toEqual(ordered(edited).map((article) => describeLive(article, edited)))
    expect(memo.stats).toEqual({computed: before.computed + 1, reused: before.reused + 3})
    live = new Set(['article.a', 'article.c', 'article.d'])
    expect(run(edited)[1]).toContain('موقوف')
    expect(memo.stats).toEqual({computed: before.computed + 2, reused: before.reused + 6})
  })

  it('asks item keys only of new items while what they depend on is the same object, and of every item when it is not', () => {
    const memo = createGraphReadMemo()
    let live: ReadonlySet<string> = new Set(articleIds)
    const asked: string[] = []
    const liveKey = (article: Article) => {
      asked.push(article._id)
      return live.has(article._id)
    }
    const describeLive = (article: Article, graph: ContentGraph) => `${describeArticle(article, graph)} ${live.has(article._id) ? 'منشور' : 'موقوف'}`
    const run = (graph: ContentGraph) => rememberEachGraphReads(memo, {scope: 'test', graph, keys: []}, ordered(graph), describeLive, liveKey, [live])
    run(base)
    const edited: ContentGraph = {...base, articles: new Map(base.articles).set('article.c', {...base.articles.get('article.c')!, title: 'مُعدَّل'})}
    asked.length = 0
    expect(run(edited)).toEqual(ordered(edited).map((article) => describeLive(article, edited)))
    expect(asked).toEqual(['article.c'])
    // A new set (one article taken down): every item's key is asked again, and only the changed one recomputed.
    live = new Set(['article.a', 'article.c', 'article.d'])
    asked.length = 0
    const before = {...memo.stats}
    expect(run(edited)).toEqual(ordered(edited).map((article) => describeLive(article, edited)))
    expect(asked).toEqual(['article.a', 'article.b', 'article.b', 'article.c', 'article.d'])
    expect(memo.stats).toEqual({computed: before.computed + 1, reused: before.reused + 3})
  })

  it('recomputes an item whose reads an edit spoiled between two versions of its list, even when other lists ran in between', () => {
    const memo = createGraphReadMemo()
    rememberEachGraphReads(memo, {scope: 'one', graph: base, keys: []}, ordered(base), describeArticle)
    rememberEachGraphReads(memo, {scope: 'two', graph: base, keys: []}, ordered(base), describeArticle)
    const authorId = base.articles.get('article.a')!.author!._ref
    const renamed: ContentGraph = {...base, people: new Map(base.people).set(authorId, {...base.people.get(authorId)!, name: 'د. سلمى'})}
    // List "two" moves to the new graph first; list "one" must still see that its entries were spoiled.
    expect(rememberEachGraphReads(memo, {scope: 'two', graph: renamed, keys: []}, ordered(renamed), describeArticle).every((value) => value.includes('د. سلمى'))).toBe(true)
    expect(rememberEachGraphReads(memo, {scope: 'one', graph: renamed, keys: []}, ordered(renamed), describeArticle).every((value) => value.includes('د. سلمى'))).toBe(true)
  })

  it('recomputes every item when the shared keys change', () => {
    const memo = createGraphReadMemo()
    rememberEachGraphReads(memo, {scope: 'test', graph: base, keys: ['ar-EG']}, ordered(base), describeArticle)
    rememberEachGraphReads(memo, {scope: 'test', graph: base, keys: ['ar-SA']}, ordered(base), describeArticle)
    expect(memo.stats).toEqual({computed: 8, reused: 0})
  })
})
