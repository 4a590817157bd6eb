// The part of a claim the workflow reads, and a lenient reader for raw Studio documents: a draft
// being written need not pass the zod boundary for its review buttons to work.
import {z} from 'zod'
import {contentHash, reviewEvent, type ReviewEvent} from '../content/documents/claim.ts'
import {isoDate, reference} from '../content/fields.ts'
import {REVIEW_STATUSES, valuesOf} from '../content/vocabulary.ts'
import type {ReviewStatus} from './claimWorkflow.ts'

/** Structurally satisfied by a parsed `Claim`, so the pipeline passes its claims as they are. */
export interface WorkflowClaim {
  _id: string
  statement?: string
  evidence?: unknown
  review?: {
    status?: ReviewStatus
    reviewer?: {_ref: string}
    reviewDue?: string
    approvedBy?: string
    approvedAt?: string
    approvedHash?: string
    comment?: string
    audit?: readonly ReviewEvent[]
  }
}

const lenientClaim = z.object({
  _id: z.string().catch(''),
  statement: z.string().optional().catch(undefined),
  // Optional: zod 4 makes a bare unknown() a required key, and a claim just created has no evidence.
  evidence: z.unknown().optional(),
  review: z
    .object({
      status: z.enum(valuesOf(REVIEW_STATUSES)).optional().catch(undefined),
      reviewer: reference.optional().catch(undefined),
      reviewDue: isoDate.optional().catch(undefined),
      approvedBy: z.string().optional().catch(undefined),
      approvedAt: z.string().optional().catch(undefined),
      approvedHash: contentHash.optional().catch(undefined),
      comment: z.string().optional().catch(undefined),
      // Entries are written by the workflow only; one that does not parse is dropped, not fatal.
      audit: z.array(z.unknown()).optional().catch(undefined).transform((entries) =>
        (entries ?? []).flatMap((entry) => {
          const parsed = reviewEvent.safeParse(entry)
          return parsed.success ? [parsed.data] : []
        }),
      ),
    })
    .optional()
    .catch(undefined),
})

/**
 * Reads a raw (possibly draft, possibly incomplete, possibly null while a pane switches documents)
 * claim document. Never throws: the Studio renders its review buttons and badges from this, and an
 * exception there takes down the whole structure tool, not just the claim.
 */
export const readWorkflowClaim = (raw: unknown): WorkflowClaim => {
  const result = lenientClaim.safeParse(typeof raw === 'object' && raw !== null ? raw : {})
  if (!result.success) return {_id: ''}
  const {review, ...rest} = result.data
  return {
    ...rest,
    ...(review ? {review: Object.fromEntries(Object.entries(review).filter(([, value]) => value !== undefined)) as WorkflowClaim['review']} : {}),
  }
}
