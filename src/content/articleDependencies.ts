// Every document an article's page is made from. The incremental build hashes them to decide
// whether a page must be re-rendered; a change to any of them changes the page. The webhook asks
// whether the article points at an id, resolved or not: a deleted claim is in no graph any more,
// but the article that cited it still names it, and its pages must come down.
import {markDefsInUse} from './markDefsInUse.ts'
import type {ContentGraph} from './contentGraph.ts'
import type {Article} from './documents/article.ts'

type GraphDocument = {_id: string}

/** Calls `reach` with each referenced id once, in page order, and the document when the graph has it. */
const walkDependencies = (article: Article, graph: ContentGraph, reach: (id: string, document: GraphDocument | undefined) => void): void => {
  const seen = new Set<string>()
  const visit = <Document extends GraphDocument>(id: string | undefined, lookup: ReadonlyMap<string, Document>): Document | undefined => {
    if (id === undefined || id === '') return undefined
    const document = lookup.get(id)
    if (!seen.has(id)) {
      seen.add(id)
      reach(id, document)
    }
    return document
  }
  const visitProcedure = (id: string) => {
    const procedure = visit(id, graph.procedures)
    if (!procedure) return
    for (const entry of procedure.risks) visit(entry.risk._ref, graph.risks)
    for (const entry of procedure.contraindications) visit(entry.contraindication._ref, graph.contraindications)
    for (const alternative of procedure.alternatives) visit(alternative._ref, graph.procedures)
  }
  visit(article.author?._ref, graph.people)
  visit(article.medicalReviewer?._ref, graph.people)
  for (const ref of article.procedures) visitProcedure(ref._ref)
  for (const ref of article.relatedArticles) visit(ref._ref, graph.articles)
  for (const block of article.body) {
    if (block._type === 'block') {
      for (const mark of markDefsInUse(block)) {
        if (mark._type !== 'claimRef') continue
        const claim = visit(mark.claim._ref, graph.claims)
        visit(claim?.review?.reviewer?._ref, graph.people)
      }
    } else if (block._type === 'procedureSafety') visitProcedure(block.procedure._ref)
    else if (block._type === 'disclaimerBlock') visit(block.disclaimer._ref, graph.disclaimers)
  }
}

export const articleDependencies = (article: Article, graph: ContentGraph): GraphDocument[] => {
  const found: GraphDocument[] = []
  walkDependencies(article, graph, (_, document) => {
    if (document) found.push(document)
  })
  return found
}

/**
 * Whether the article's pages are made from the document `id` of type `type`, resolved or not (a
 * deleted one is named still). Another article reaches them only as a related link, so that case
 * is answered without the walk: the webhook asks it of every article on every article change.
 */
export const articleDependsOn = (article: Article, graph: ContentGraph, id: string, type: string): boolean => {
  if (type === 'article') return article.relatedArticles.some((ref) => ref._ref === id)
  let found = false
  walkDependencies(article, graph, (reached) => {
    if (reached === id) found = true
  })
  return found
}
