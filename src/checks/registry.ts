// The registry of publish-gate checks, in the order their findings are listed.
import {authorMissing} from './author-missing.ts'
import {bannedClaim} from './banned-claim.ts'
import {bidiControl} from './bidi-control.ts'
import {claimApproverLicenceJurisdiction} from './claim-approver-licence-jurisdiction.ts'
import {claimChangedSinceApproval} from './claim-changed-since-approval.ts'
import {claimEvidenceMissing} from './claim-evidence-missing.ts'
import {claimExpired} from './claim-expired.ts'
import {claimFourEyes} from './claim-four-eyes.ts'
import {claimReviewDueLaterThanPolicy} from './claim-review-due-later-than-policy.ts'
import {claimReviewerRole} from './claim-reviewer-role.ts'
import {claimTextMismatch} from './claim-text-mismatch.ts'
import {claimUnapproved} from './claim-unapproved.ts'
import type {Check} from './check.ts'
import {disclaimerDueSoon} from './disclaimer-due-soon.ts'
import {disclaimerMissing} from './disclaimer-missing.ts'
import {invisibleChar} from './invisible-char.ts'
import {referenceBroken} from './reference-broken.ts'
import {relatedArticleBroken} from './related-article-broken.ts'
import {reviewDueLaterThanPolicy} from './review-due-later-than-policy.ts'
import {reviewDueSoon} from './review-due-soon.ts'
import {reviewOverdue} from './review-overdue.ts'
import {reviewerLicenceJurisdiction} from './reviewer-licence-jurisdiction.ts'
import {reviewerMissing} from './reviewer-missing.ts'
import {schemaInvalid} from './schema-invalid.ts'
import {targetClinicUnknown} from './target-clinic-unknown.ts'

export const checks = [
  schemaInvalid,
  referenceBroken,
  relatedArticleBroken,
  targetClinicUnknown,
  disclaimerMissing,
  disclaimerDueSoon,
  claimUnapproved,
  claimExpired,
  claimReviewDueLaterThanPolicy,
  claimChangedSinceApproval,
  claimReviewerRole,
  claimFourEyes,
  claimApproverLicenceJurisdiction,
  claimEvidenceMissing,
  claimTextMismatch,
  reviewerMissing,
  reviewerLicenceJurisdiction,
  authorMissing,
  reviewOverdue,
  reviewDueSoon,
  reviewDueLaterThanPolicy,
  bidiControl,
  invisibleChar,
  bannedClaim,
] as const

type AnyCheck = (typeof checks)[number]
export type RuleId = AnyCheck['ruleId']
export type OptionsOf<Id extends RuleId> = Extract<AnyCheck, {ruleId: Id}>['defaultOptions']

export const ruleIds: readonly RuleId[] = checks.map((check) => check.ruleId)

const byId = new Map<string, Check>(checks.map((check) => [check.ruleId, check]))

export const checkFor = (ruleId: RuleId): Check => {
  const check = byId.get(ruleId)
  if (!check) throw new Error(`Unknown rule id: ${ruleId}`)
  return check
}

