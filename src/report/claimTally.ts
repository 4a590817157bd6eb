// How the claims behind one clinic's articles stand: counted by GRADE certainty and by review
// state, for the build report's chart. A claim counts once per clinic however many of the clinic's
// articles (published or blocked) cite it. Pure: `today` is the clinic's calendar date, `months` its
// claim review period (an approval past it is expired, as claim-expired reads it there).
import {articleClaimReferences} from '../checks/articleReferences.ts'
import {approvalLastDay} from '../checks/claimApproval.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Article} from '../content/documents/article.ts'
import type {Claim} from '../content/documents/claim.ts'
import {CLAIM_STATES, GRADE_CERTAINTY} from '../content/vocabulary.ts'
import {claimState} from '../workflow/claimState.ts'
import type {ClaimState} from '../workflow/claimWorkflow.ts'

export type Certainty = (typeof GRADE_CERTAINTY)[number]['value']

export interface ClaimTally {
  total: number
  /** `unknown`: the claim names no certainty. Missing claims are not counted (reference-broken says so). */
  byCertainty: Record<Certainty | 'unknown', number>
  /** The effective workflow state, as the review report and the Studio badges show it. */
  byState: Record<ClaimState, number>
}

const zeros = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>

// A claim's state on a day, worked out once per claim object and day: every clinic's tally asks for
// every claim on every build, and a running server's claims are the same objects between edits.
const lastState = new WeakMap<Claim, {today: string; months: number | undefined; state: ClaimState}>()
export const stateOn = (claim: Claim, today: string, months?: number): ClaimState => {
  const last = lastState.get(claim)
  if (last?.today === today && last.months === months) return last.state
  const {state} = claimState(claim, today, approvalLastDay(claim.review, months))
  lastState.set(claim, {today, months, state})
  return state
}

export const tallyClaims = (graph: ContentGraph, articles: Iterable<Article>, today: string, months?: number): ClaimTally => {
  const ids = new Set<string>()
  for (const article of articles) for (const reference of articleClaimReferences(article)) ids.add(reference.claimId)
  const tally: ClaimTally = {
    total: 0,
    byCertainty: zeros([...GRADE_CERTAINTY.map(({value}) => value), 'unknown']),
    byState: zeros(CLAIM_STATES.map(({value}) => value)),
  }
  for (const id of ids) {
    const claim = graph.claims.get(id)
    if (!claim) continue
    tally.total += 1
    tally.byCertainty[claim.evidence?.certainty ?? 'unknown'] += 1
    tally.byState[stateOn(claim, today, months)] += 1
  }
  return tally
}
