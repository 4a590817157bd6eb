// zod boundary for `claim` documents. Evidence and review are optional here on purpose: their
// absence is a publish-gate finding (claim-evidence-missing, claim-unapproved), not a parse error.
import {z} from 'zod'
import {documentBase, isoDate, isoDateTime, reference} from '../fields.ts'
import {GRADE_CERTAINTY, REVIEW_STATUSES, STUDY_TYPES, valuesOf} from '../vocabulary.ts'

export const citation = z.object({
  _key: z.string(),
  _type: z.literal('citation').optional(),
  title: z.string().min(1),
  year: z.number().int().optional(),
  studyType: z.enum(valuesOf(STUDY_TYPES)).optional(),
  pmid: z.string().regex(/^\d{1,9}$/).optional(),
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/).optional(),
  url: z.url().optional(),
})
export type Citation = z.infer<typeof citation>

export const claimDocument = z.object({
  ...documentBase,
  _type: z.literal('claim'),
  statement: z.string().min(1),
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
    })
    .optional(),
})
export type Claim = z.infer<typeof claimDocument>
