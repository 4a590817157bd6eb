// Studio adapter: a claim document shows why articles linking it would not publish (what the zod
// boundary refuses and the text rules on its texts, as errors; an approval that does not hold up or
// missing evidence, as warnings: the workflow fixes those) or will stop publishing earlier than its
// review-due date says, as two custom rules. Logic lives in studioClaimFindings.ts.
import type {SanityDocument} from 'sanity'
import type {Finding} from '../../findings/finding.ts'
import type {Jurisdiction} from '../../presets/preset.ts'
import {claimReviewerQuery} from '../../queries.ts'
import {fetchClaimJurisdictions} from '../actions/useClaimPolicy.ts'
import {requestFailureSentence} from '../messages/requestFailure.ts'
import {gateFindingRules, type GateContextClient} from './articleValidation.ts'
import {findingsOrCrash} from './checksCrashed.ts'
import {studioClaimFindings} from './studioClaimFindings.ts'

const reviewerIdOf = (document: SanityDocument): string | undefined => {
  const review = document.review as {reviewer?: {_ref?: unknown}} | undefined
  return typeof review?.reviewer?._ref === 'string' ? review.reviewer._ref : undefined
}

/** What did not run, and what waits for it. */
export const CLAIM_CHECKS_UNAVAILABLE = 'تعذّر تشغيل فحوص الادعاء الآن (نصوصه في بلدان عيادات مقالاته، ومراجعه الطبي)، فلا يُرسَل للمراجعة ولا يُعتمد ولا يُنشر قبل أن تعمل.'

const fetchClaimFindings = async (client: GateContextClient, document: SanityDocument, now: Date): Promise<Finding[]> => {
  const reviewerId = reviewerIdOf(document)
  let fetched: [reviewer: unknown, jurisdictions: Jurisdiction[]]
  try {
    fetched = await Promise.all([
      reviewerId ? client.fetch<unknown>(claimReviewerQuery, {reviewerId}, {perspective: 'published'}) : null,
      fetchClaimJurisdictions(client, document._id),
    ])
  } catch (error) {
    // An error, as the checks it stands for would give: a warning left the claim without errors, so
    // it could be submitted and approved with texts no rule had read.
    return [{ruleId: 'gate-unavailable', severity: 'error', message: `${CLAIM_CHECKS_UNAVAILABLE} ${requestFailureSentence(error)}`, documentId: document._id, path: '', url: ''}]
  }
  const [reviewer, jurisdictions] = fetched
  return findingsOrCrash(document, () => studioClaimFindings({document, reviewer, jurisdictions, now}))
}

export const createClaimValidation = (clock: () => Date = () => new Date()) =>
  gateFindingRules((client, document) => fetchClaimFindings(client, document, clock()))

export const claimValidation = createClaimValidation()
