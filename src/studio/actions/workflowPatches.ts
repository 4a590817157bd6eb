// A transition plan as Sanity patches on the claim document. The audit trail only ever grows: new
// entries are inserted after the last one, so a concurrent transition cannot erase another's. Pure.
import type {TransitionPlan} from '../../workflow/planTransition.ts'

export type SanityPatch =
  | {setIfMissing: Record<string, unknown>}
  | {set: Record<string, unknown>}
  | {unset: string[]}
  | {insert: {after: string; items: unknown[]}}

type ClaimVersion = Record<string, unknown> | null | undefined

/**
 * The claim as the workflow reads it in the Studio: the draft's words (or the published ones) with
 * the published review. The review is read-only in the form and only the workflow's transitions,
 * which publish at once, change it; a draft holding another (a History restore of an old revision,
 * a Duplicate, a write through the API) would bring back an approval that was withdrawn or given to
 * other words, and drop the trail's later entries. A claim never published has no review yet.
 */
export const claimOfRecord = <Claim extends object>(draft: Claim | null | undefined, published: Claim | null | undefined): Claim | null | undefined =>
  draft ? {...draft, review: (published as ClaimVersion)?.['review']} : published

/** What puts the published review back on a draft that holds another (see claimOfRecord); none when they agree. */
export const reviewOfRecordPatches = (draft: ClaimVersion, published: ClaimVersion): SanityPatch[] => {
  if (!draft || JSON.stringify(draft['review']) === JSON.stringify(published?.['review'])) return []
  return published?.['review'] === undefined ? [{unset: ['review']}] : [{set: {review: published['review']}}]
}

export const workflowPatches = (plan: TransitionPlan): SanityPatch[] => [
  {setIfMissing: {review: {_type: 'review'}}},
  ...(plan.unset.length > 0 ? [{unset: plan.unset.map((field) => `review.${field}`)}] : []),
  {set: Object.fromEntries(Object.entries(plan.set).map(([field, value]) => [`review.${field}`, value]))},
  {setIfMissing: {'review.audit': []}},
  {insert: {after: 'review.audit[-1]', items: plan.append}},
]
