// Public surface of the publish-gate checks.
export {checkFor, checks, ruleIds, type OptionsOf, type RuleId} from './registry.ts'
export {defineCheck, type Check, type CheckContext, type CheckReport, type RulePolicy} from './check.ts'
export {claimApprovalProblems, type ClaimApprovalProblem} from './claimApproval.ts'
export {claimEvidenceProblems, isTraceableCitation, type ClaimEvidenceProblem} from './claimEvidence.ts'
export {currentDisclaimer} from './currentDisclaimer.ts'
