// Which of an article's related articles a clinic's site shows: those published there, never the
// article itself. The page, the API document and the date both carry (contentDates.ts) list these.
import type {Article} from '../../content/documents/article.ts'
import {isSelfReference} from '../../content/publishedId.ts'
import {isArticlePublished} from './siteContents.ts'
import type {RenderSiteInput} from './types.ts'

export const liveRelatedArticles = (site: Pick<RenderSiteInput, 'clinic' | 'graph' | 'publishedArticleIds'>, article: Article): Article[] =>
  article.relatedArticles.flatMap((ref) => {
    // Never a link to the page itself: related-article-broken tells the writer, by the same test.
    if (isSelfReference(article._id, ref._ref)) return []
    const other = site.graph.articles.get(ref._ref)
    return other && isArticlePublished(site, other._id) ? [other] : []
  })

/**
 * Which of the article's related articles are live here: not in the graph, so it is part of the key
 * of every remembered value that lists them (graphReadMemo.ts). A bit per related article, asked for
 * every article on every build, so no string is made for it (past 30 related articles, which bits
 * cannot hold, it is one).
 */
export const liveRelatedKey = (article: Article, publishedArticleIds: ReadonlySet<string>): number | string => {
  const related = article.relatedArticles
  if (related.length > 30) return related.map((ref) => (publishedArticleIds.has(ref._ref) ? '1' : '0')).join('')
  let bits = 0
  for (let index = 0; index < related.length; index++) if (publishedArticleIds.has(related[index]!._ref)) bits |= 1 << index
  return bits
}
