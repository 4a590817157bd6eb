// What a clinic's site contains: its published articles (newest review first) and the procedures
// it offers, which are the only procedures that get a page and so the only ones pages link to.
import type {Article} from '../../content/documents/article.ts'
import type {Procedure} from '../../content/documents/procedure.ts'
import type {RenderSiteInput} from './types.ts'

type SiteInput = Pick<RenderSiteInput, 'clinic' | 'graph' | 'publishedArticleIds'>

const byReviewThenSlug = (a: Article, b: Article): number =>
  (b.lastReviewed ?? '').localeCompare(a.lastReviewed ?? '') || a.slug.current.localeCompare(b.slug.current)

export const publishedArticles = ({graph, publishedArticleIds}: SiteInput): Article[] =>
  [...publishedArticleIds].flatMap((id) => graph.articles.get(id) ?? []).sort(byReviewThenSlug)

export const isArticlePublished = ({publishedArticleIds}: SiteInput, articleId: string): boolean =>
  publishedArticleIds.has(articleId)

export const proceduresWithPages = ({clinic, graph}: SiteInput): Procedure[] => {
  const seen = new Set<string>()
  return clinic.proceduresOffered.flatMap((ref) => {
    const procedure = graph.procedures.get(ref._ref)
    if (!procedure || seen.has(procedure._id)) return []
    seen.add(procedure._id)
    return [procedure]
  })
}

export const hasProcedurePage = (input: SiteInput, procedureId: string): boolean =>
  input.clinic.proceduresOffered.some((ref) => ref._ref === procedureId) && input.graph.procedures.has(procedureId)
