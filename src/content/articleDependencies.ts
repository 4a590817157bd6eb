// Every document an article's page is made from. The incremental build hashes them to decide
// whether a page must be re-rendered; a change to any of them changes the page.
import type {ContentGraph} from './contentGraph.ts'
import type {Article} from './documents/article.ts'

type GraphDocument = {_id: string}

export const articleDependencies = (article: Article, graph: ContentGraph): GraphDocument[] => {
  const found = new Map<string, GraphDocument>()
  const add = (document: GraphDocument | undefined) => {
    if (document && !found.has(document._id)) found.set(document._id, document)
  }
  const addProcedure = (id: string) => {
    const procedure = graph.procedures.get(id)
    if (!procedure) return
    add(procedure)
    for (const entry of procedure.risks) add(graph.risks.get(entry.risk._ref))
    for (const entry of procedure.contraindications) add(graph.contraindications.get(entry.contraindication._ref))
    for (const alternative of procedure.alternatives) add(graph.procedures.get(alternative._ref))
  }
  add(graph.people.get(article.author?._ref ?? ''))
  add(graph.people.get(article.medicalReviewer?._ref ?? ''))
  for (const ref of article.procedures) addProcedure(ref._ref)
  for (const ref of article.relatedArticles) add(graph.articles.get(ref._ref))
  for (const block of article.body) {
    if (block._type === 'block') {
      for (const mark of block.markDefs) {
        if (mark._type !== 'claimRef') continue
        const claim = graph.claims.get(mark.claim._ref)
        add(claim)
        add(graph.people.get(claim?.review?.reviewer?._ref ?? ''))
      }
    } else if (block._type === 'procedureSafety') addProcedure(block.procedure._ref)
    else if (block._type === 'disclaimerBlock') add(graph.disclaimers.get(block.disclaimer._ref))
  }
  return [...found.values()]
}
