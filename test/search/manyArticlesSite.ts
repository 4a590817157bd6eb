// A clinic site with many published articles for the search-shard tests: the render fixtures plus
// copies of the mesotherapy article, each with its own id, slug, title and review day, so the index
// spans several shards and most articles tie on any query (the index order decides).
import type {ContentGraph} from '../../src/content/contentGraph.ts'
import type {RenderSiteInput} from '../../src/render/index.ts'
import {articleOf, siteInput} from '../render/fixtures.ts'

export const copyId = (i: number): string => `article.copy-${i}`

export const manyArticlesSite = (copies: number): RenderSiteInput => {
  const base = siteInput()
  const meso = articleOf(base)
  const articles = new Map(base.graph.articles)
  for (let i = 0; i < copies; i++) {
    const reviewed = `2026-0${(i % 9) + 1}-${String((i % 28) + 1).padStart(2, '0')}`
    articles.set(copyId(i), {...meso, _id: copyId(i), slug: {...meso.slug, current: `copy-${i}`}, title: `${meso.title} ${i}`, lastReviewed: reviewed})
  }
  const graph: ContentGraph = {...base.graph, articles}
  return siteInput('clinic.nour-cairo', {graph, published: new Set([...base.publishedArticleIds, ...Array.from({length: copies}, (_, i) => copyId(i))])})
}

/** The site with one article's title changed (a new article object, as a rebuild's graph has). */
export const withRetitled = (site: RenderSiteInput, id: string, title: (before: string) => string): RenderSiteInput => {
  const article = site.graph.articles.get(id)!
  return {...site, graph: {...site.graph, articles: new Map(site.graph.articles).set(id, {...article, title: title(article.title)})}}
}
