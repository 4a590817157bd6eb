// One clinic's claim tally kept up to date from build to build of a running process. tallyClaims
// walks every claim of every article the clinic has, which after a one-article edit is thousands of
// claims counted again to move a count or two; this keeps, per claim, how many of the clinic's
// article citations point at it and changes the counts only for the articles that differ. The result
// is always what tallyClaims gives for the same input (test/report/claimTallyCounter.test.ts).
import {articleClaimReferences} from '../checks/articleReferences.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Article} from '../content/documents/article.ts'
import {stateOn, tallyClaims, type ClaimTally} from './claimTally.ts'

export interface ClaimTallyCounter {
  /** The tally of `articles` (sorted by id, as the gate lists them), as tallyClaims counts it. */
  tally(graph: ContentGraph, articles: readonly Article[], today: string, months?: number): ClaimTally
}

interface Counted {
  claims: ContentGraph['claims']
  today: string
  months: number | undefined
  articles: readonly Article[]
  /** Citations per claim id, over the articles. */
  citations: Map<string, number>
  tally: ClaimTally
}

const copyOf = (tally: ClaimTally): ClaimTally => ({total: tally.total, byCertainty: {...tally.byCertainty}, byState: {...tally.byState}})

export const createClaimTallyCounter = (): ClaimTallyCounter => {
  let counted: Counted | undefined

  const countFromScratch = (graph: ContentGraph, articles: readonly Article[], today: string, months: number | undefined): Counted => {
    const citations = new Map<string, number>()
    for (const article of articles) for (const {claimId} of articleClaimReferences(article)) citations.set(claimId, (citations.get(claimId) ?? 0) + 1)
    return {claims: graph.claims, today, months, articles, citations, tally: tallyClaims(graph, articles, today, months)}
  }

  // A claim enters the tally with its first citation and leaves with its last; a missing claim is
  // not counted (reference-broken reports it), exactly as tallyClaims skips it.
  const cite = (state: Counted, article: Article, step: 1 | -1) => {
    for (const {claimId} of articleClaimReferences(article)) {
      const before = state.citations.get(claimId) ?? 0
      const after = before + step
      if (after === 0) state.citations.delete(claimId)
      else state.citations.set(claimId, after)
      if ((before === 0) === (after === 0)) continue
      const claim = state.claims.get(claimId)
      if (!claim) continue
      state.tally.total += step
      state.tally.byCertainty[claim.evidence?.certainty ?? 'unknown'] += step
      state.tally.byState[stateOn(claim, state.today, state.months)] += step
    }
  }

  return {
    tally: (graph, articles, today, months) => {
      const state = counted
      if (!state || state.claims !== graph.claims || state.today !== today || state.months !== months) {
        counted = countFromScratch(graph, articles, today, months)
        return copyOf(counted.tally)
      }
      // Both lists are in id order: one merge walk finds the articles that left, came or changed.
      const before = state.articles
      let i = 0
      let j = 0
      while (i < before.length || j < articles.length) {
        const old = before[i]
        const next = articles[j]
        if (old && old === next) {
          i++
          j++
        } else if (old && (!next || old._id <= next._id)) {
          cite(state, old, -1)
          i++
          if (next && old._id === next._id) {
            cite(state, next, 1)
            j++
          }
        } else {
          cite(state, next!, 1)
          j++
        }
      }
      state.articles = articles
      return copyOf(state.tally)
    },
  }
}
