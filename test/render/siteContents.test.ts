// publishedArticles: newest review first, then by slug; after an edit the list is rebuilt from the
// build before's order when that order still holds (src/render/lib/siteContents.ts), and must be
// exactly what sorting afresh gives, with the edited article's new object in it.
import {describe, expect, it} from 'vitest'
import type {Article} from '../../src/content/documents/article.ts'
import {articlesAbout, publishedArticles} from '../../src/render/lib/siteContents.ts'
import type {RenderSiteInput} from '../../src/render/index.ts'
import {siteInput} from './fixtures.ts'

const ids = (articles: readonly Article[]) => articles.map((article) => article._id)

/** The same site after an edit: a new articles collection with the article replaced, and a new published set. */
const edited = (site: RenderSiteInput, id: string, change: Partial<Article>): RenderSiteInput => {
  const article = site.graph.articles.get(id)!
  return {
    ...site,
    graph: {...site.graph, articles: new Map(site.graph.articles).set(id, {...article, ...change})},
    publishedArticleIds: new Set(site.publishedArticleIds),
  }
}

describe('publishedArticles', () => {
  const site = siteInput()

  it('lists the newest review first', () => {
    expect(ids(publishedArticles(site))).toEqual(['article.meso', 'article.prp'])
  })

  it('keeps the order after an edit that does not move the article, with the new object', () => {
    publishedArticles(site)
    const next = edited(site, 'article.prp', {title: 'البلازما للشعر (مُحدَّث)'})
    const list = publishedArticles(next)
    expect(ids(list)).toEqual(['article.meso', 'article.prp'])
    expect(list[1]).toBe(next.graph.articles.get('article.prp'))
  })

  it('sorts again when an edit moves the article: a newer review date comes first', () => {
    publishedArticles(site)
    const next = edited(site, 'article.prp', {lastReviewed: '2026-11-20'})
    expect(ids(publishedArticles(next))).toEqual(['article.prp', 'article.meso'])
  })

  it('sorts again when the published set changes', () => {
    publishedArticles(site)
    expect(ids(publishedArticles({...site, publishedArticleIds: new Set(['article.prp'])}))).toEqual(['article.prp'])
  })

  it('breaks equal dates by slug, in the same order either way', () => {
    const sameDay = edited(site, 'article.prp', {lastReviewed: site.graph.articles.get('article.meso')!.lastReviewed})
    const fresh = ids(publishedArticles(sameDay))
    const again = edited(sameDay, 'article.prp', {title: 'عنوان آخر'})
    expect(ids(publishedArticles(again))).toEqual(fresh)
    expect(fresh).toEqual([...fresh].sort((a, b) => (sameDay.graph.articles.get(a)!.slug.current < sameDay.graph.articles.get(b)!.slug.current ? -1 : 1)))
  })

  it('groups articles by procedure, each once, in list order', () => {
    const meso = site.graph.articles.get('article.meso')!
    const twice = edited(site, 'article.meso', {procedures: [...meso.procedures, ...meso.procedures]})
    const procedure = twice.graph.procedures.get(meso.procedures[0]!._ref)!
    expect(ids(articlesAbout(twice, procedure)).filter((id) => id === 'article.meso')).toHaveLength(1)
  })
})
