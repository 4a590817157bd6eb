// The review of record: a claim's review is read-only in the form and only the workflow's transitions,
// which publish at once, change it, so the published one is the claim's. Pure; read by the claim
// actions and the claim badge.
import type {SanityPatch} from './workflowPatches.ts'

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
