// A claim's evidence as the claim-evidence-missing rule sees it, read leniently from a claim as the
// workflow gets it (a Studio draft need not parse yet): each field is kept only if the zod boundary
// would accept it. Submit, approve and renew refuse a claim this finds wanting whatever a preset
// makes of the rule: a reviewer vouches only for evidenced claims, a workflow policy, where the
// preset decides only whether the gate holds back the articles showing one.
import {z} from 'zod'
import {claimEvidenceProblems, type ClaimEvidenceProblem} from '../checks/claimEvidence.ts'
import {citation} from '../content/documents/claim.ts'
import {GRADE_CERTAINTY, valuesOf} from '../content/vocabulary.ts'
import type {WorkflowClaim} from './workflowClaim.ts'

// Only the fields that make a citation traceable; one that fails its format counts as absent.
const lenientCitation = z.object({
  pmid: citation.shape.pmid.catch(undefined),
  doi: citation.shape.doi.catch(undefined),
  url: citation.shape.url.catch(undefined),
})

const lenientEvidence = z
  .object({
    certainty: z.enum(valuesOf(GRADE_CERTAINTY)).optional().catch(undefined),
    citations: z.array(z.unknown()).optional().catch(undefined).transform((entries) =>
      (entries ?? []).flatMap((entry) => {
        const parsed = lenientCitation.safeParse(entry)
        return parsed.success ? [parsed.data] : []
      }),
    ),
  })
  .optional()
  .catch(undefined)

/** What is missing from the claim's evidence (empty when an article linking it may show it). */
export const workflowEvidenceProblems = (claim: Pick<WorkflowClaim, 'evidence'>): ClaimEvidenceProblem[] =>
  claimEvidenceProblems({evidence: lenientEvidence.parse(claim.evidence)})
