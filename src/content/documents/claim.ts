// zod boundary for `claim` documents. Evidence and review are optional here on purpose: their
// absence is a publish-gate finding (claim-evidence-missing, claim-unapproved), not a parse error.
// The approval record (approvedBy/At/Hash) and the audit trail are written by the review workflow
// (src/workflow); a missing hash is claim-changed-since-approval's to report, not a parse error.
import {z} from 'zod'
import {DOI_FORMAT, PMID_FORMAT} from '../fieldFormats.ts'
import {documentBase, formatted, isoDate, isoDateTime, reference, requiredText} from '../fields.ts'
import {CLAIM_STATES, GRADE_CERTAINTY, REVIEW_ACTIONS, REVIEW_STATUSES, STUDY_TYPES, valuesOf} from '../vocabulary.ts'

export const citation = z.object({
  _key: z.string(),
  _type: z.literal('citation').optional(),
  title: requiredText,
  year: z.number().int().optional(),
  studyType: z.enum(valuesOf(STUDY_TYPES)).optional(),
  pmid: formatted(PMID_FORMAT).optional(),
  doi: formatted(DOI_FORMAT).optional(),
  url: z.url().optional(),
})
export type Citation = z.infer<typeof citation>

/** A sha256 of the claim's statement + evidence as canonical JSON (src/workflow/claimContentHash.ts). */
export const contentHash = z.string().regex(/^[0-9a-f]{64}$/)

/** One entry of a claim's append-only review audit trail. */
export const reviewEvent = z.object({
  _key: z.string(),
  _type: z.literal('reviewEvent').optional(),
  action: z.enum(valuesOf(REVIEW_ACTIONS)),
  from: z.enum(valuesOf(CLAIM_STATES)),
  to: z.enum(valuesOf(CLAIM_STATES)),
  at: isoDateTime,
  /** The Sanity user who acted. */
  userId: z.string().min(1),
  /** The person document of that user, when the Studio could match one by email. */
  person: reference.optional(),
  comment: z.string().optional(),
  /** The content hash at the moment of the event: what was submitted, approved or edited into. */
  hash: contentHash.optional(),
})
export type ReviewEvent = z.infer<typeof reviewEvent>

export const claimDocument = z.object({
  ...documentBase,
  _type: z.literal('claim'),
  statement: requiredText,
  procedure: reference,
  evidence: z
    .object({
      certainty: z.enum(valuesOf(GRADE_CERTAINTY)).optional(),
      note: z.string().optional(),
      citations: z.array(citation).default([]),
    })
    .optional(),
  review: z
    .object({
      status: z.enum(valuesOf(REVIEW_STATUSES)).default('draft'),
      reviewer: reference.optional(),
      reviewedAt: isoDateTime.optional(),
      reviewDue: isoDate.optional(),
      comment: z.string().optional(),
      /** The Sanity user id that approved. */
      approvedBy: z.string().min(1).optional(),
      approvedAt: isoDateTime.optional(),
      approvedHash: contentHash.optional(),
      audit: z.array(reviewEvent).optional(),
    })
    .optional(),
})
export type Claim = z.infer<typeof claimDocument>
