// Public surface of the claim review workflow.
export {actorOf, fourEyesConflict, lastEditorOf, lastRecordedHashOf, lastSubmissionOf, sameActor, writerOf, type Actor, type FourEyesConflict, type FourEyesRole} from './auditTrail.ts'
export {claimContent, claimContentHash, type ClaimContent} from './claimContentHash.ts'
export {workflowEvidenceProblems} from './claimEvidence.ts'
export {claimState, type ClaimStateView} from './claimState.ts'
export {
  CLAIM_TRANSITIONS,
  PREFERRED_ACTIONS,
  transitionRule,
  type ClaimState,
  type ReviewAction,
  type ReviewStatus,
  type TransitionRule,
  type WorkflowRole,
} from './claimWorkflow.ts'
export {decideTransition, type RefusalReason, type TransitionDecision, type TransitionRequest} from './decideTransition.ts'
export {applyTransitionPlan, planTransition, type PlanResult, type ReviewFields, type TransitionInput, type TransitionPlan} from './planTransition.ts'
export {personForUser, recogniseActor, SANITY_ROLE_TO_WORKFLOW_ROLE, type PersonRecord, type StudioUser, type WorkflowActor} from './recogniseActor.ts'
export {claimReviewPeriodMonths, defaultReviewDue} from './reviewDue.ts'
export {readWorkflowClaim, type WorkflowClaim} from './workflowClaim.ts'
