// What a clinic's site contains: its published articles (newest review first) and the procedures
// it offers whose own texts pass the clinic's gate (src/gate/checkProcedure.ts), which are the only
// procedures that get a page and so the only ones pages link to.
import type {Article} from '../../content/documents/article.ts'
import {compareText} from '../../locale/intlCache.ts'
import {regroupByReference, type Grouping} from '../../content/groupByReference.ts'
import type {Procedure} from '../../content/documents/procedure.ts'
import {isProcedurePublishable} from '../../gate/checkProcedure.ts'
import {proceduresOffered} from '../../content/proceduresOffered.ts'
import type {RenderSiteInput} from './types.ts'

type SiteInput = Pick<RenderSiteInput, 'clinic' | 'graph' | 'publishedArticleIds'>

// Review dates are ISO dates (zod checks), so code-unit order is date order and needs no collator.
// compareText, not localeCompare, for slugs: that builds a collator per call.
const byReviewThenSlug = (a: Article, b: Article): number => {
  const after = a.lastReviewed ?? ''
  const before = b.lastReviewed ?? ''
  if (after !== before) return after < before ? 1 : -1
  // Ids last, so the order is total: a list checked in order (below) is the list a sort would give.
  return compareText(a.slug.current, b.slug.current) || (a._id < b._id ? -1 : a._id > b._id ? 1 : 0)
}

// The clinic's list from the build before. After an edit the new list is usually that order with an
// article object or two replaced; putting the current objects in the old order and checking it in
// one pass costs a fraction of sorting thousands of articles again.
const lastSorted = new WeakMap<SiteInput['clinic'], {articles: readonly Article[]; publishedArticleIds: ReadonlySet<string>}>()

const inPreviousOrder = ({clinic, graph, publishedArticleIds}: SiteInput): Article[] | undefined => {
  const last = lastSorted.get(clinic)
  const previous = last?.articles
  if (!previous || previous.length !== publishedArticleIds.size) return undefined
  // The same published set (a running process keeps the object while its members stay): every id
  // of the previous list is in it, and is not looked up again.
  const samePublished = last.publishedArticleIds === publishedArticleIds
  const current: Article[] = []
  for (let index = 0; index < previous.length; index++) {
    const {_id} = previous[index]!
    const article = samePublished || publishedArticleIds.has(_id) ? graph.articles.get(_id) : undefined
    if (!article) return undefined
    // Two neighbours both unchanged were in this order already; only a changed one is compared.
    const unchanged = article === previous[index] && current[index - 1] === previous[index - 1]
    if (index > 0 && !unchanged && byReviewThenSlug(current[index - 1]!, article) >= 0) return undefined
    current.push(article)
  }
  return current
}

// Every page, feed and index of a clinic asks for this list; it is sorted once per (published set,
// articles collection) pair. Both are never changed after they are made, so identity is enough.
const sortedLists = new WeakMap<ReadonlySet<string>, WeakMap<ReadonlyMap<string, Article>, readonly Article[]>>()

/** The clinic's published articles, newest review first. Shared between callers: do not change it. */
export const publishedArticles = (input: SiteInput): readonly Article[] => {
  const {graph, publishedArticleIds} = input
  let byArticles = sortedLists.get(publishedArticleIds)
  if (!byArticles) sortedLists.set(publishedArticleIds, (byArticles = new WeakMap()))
  let sorted = byArticles.get(graph.articles)
  if (!sorted) {
    sorted = Object.freeze(inPreviousOrder(input) ?? [...publishedArticleIds].flatMap((id) => graph.articles.get(id) ?? []).sort(byReviewThenSlug))
    byArticles.set(graph.articles, sorted)
    lastSorted.set(input.clinic, {articles: sorted, publishedArticleIds})
  }
  return sorted
}

// Grouped once per sorted list: every procedure page, procedure API document and their memo keys
// ask, and filtering the whole list per procedure cost a pass over thousands of articles each. An
// article naming a procedure twice is listed once. After an edit the groups are patched from the
// clinic's last grouping (regroupByReference), and a procedure none of whose articles changed keeps
// the very same list, so its page and API document are reused.
const byProcedure = new WeakMap<readonly Article[], ReadonlyMap<string, readonly Article[]>>()
const lastByProcedure = new WeakMap<SiteInput['clinic'], Grouping<Article>>()

/** The clinic's published articles about the procedure, newest review first. Shared: do not change it. */
export const articlesAbout = (input: SiteInput, procedure: Procedure): readonly Article[] => {
  const articles = publishedArticles(input)
  let groups = byProcedure.get(articles)
  if (!groups) {
    const grouping = regroupByReference(lastByProcedure.get(input.clinic), articles, (article) => article.procedures)
    lastByProcedure.set(input.clinic, grouping)
    byProcedure.set(articles, (groups = grouping.groups))
  }
  return groups.get(procedure._id) ?? []
}

export const isArticlePublished = ({publishedArticleIds}: SiteInput, articleId: string): boolean =>
  publishedArticleIds.has(articleId)

export const proceduresWithPages = ({clinic, graph}: SiteInput): Procedure[] =>
  proceduresOffered(clinic, graph).filter((procedure) => isProcedurePublishable(procedure, clinic, graph))

export const hasProcedurePage = ({clinic, graph}: SiteInput, procedureId: string): boolean => {
  const procedure = graph.procedures.get(procedureId)
  return procedure !== undefined && clinic.proceduresOffered.some((ref) => ref._ref === procedureId) && isProcedurePublishable(procedure, clinic, graph)
}

/**
 * A procedure's alternatives as its page and its API document list them: those with a page here.
 * One the clinic does not offer was never gated for it, and one it offers that the gate holds back
 * must not have its name published through its neighbours.
 */
export const alternativesWithPages = (site: SiteInput, procedure: Procedure): Procedure[] =>
  procedure.alternatives.flatMap((ref) => {
    const alternative = site.graph.procedures.get(ref._ref)
    return alternative && hasProcedurePage(site, alternative._id) ? [alternative] : []
  })
