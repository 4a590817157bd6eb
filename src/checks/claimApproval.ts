// The one definition of "this claim is approved today", shared by the claim rules, the Studio and
// the renderer: status approved, reviewed by a person with the medicalReviewer role, and
// review.reviewDue on or after today.
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Claim} from '../content/documents/claim.ts'
import {labelOf, REVIEW_STATUSES} from '../content/vocabulary.ts'

export type ClaimApprovalProblem =
  | {kind: 'status'; status: string}
  | {kind: 'reviewer-missing'}
  | {kind: 'reviewer-unknown'; reviewerId: string}
  | {kind: 'reviewer-not-medical'; reviewerId: string; reviewerName: string}
  | {kind: 'review-due-missing'}
  | {kind: 'expired'; reviewDue: string}

/** Everything standing between a claim and a valid approval on `today` (empty = approved). */
export const claimApprovalProblems = (claim: Claim, graph: ContentGraph, today: string): ClaimApprovalProblem[] => {
  const review = claim.review
  const status = review?.status ?? 'draft'
  // Until a claim is marked approved, missing reviewer or due date is normal workflow, not a second problem.
  if (status !== 'approved') return [{kind: 'status', status}]
  const problems: ClaimApprovalProblem[] = []
  const reviewerId = review?.reviewer?._ref
  const reviewer = reviewerId ? graph.people.get(reviewerId) : undefined
  if (!reviewerId) problems.push({kind: 'reviewer-missing'})
  else if (!reviewer) problems.push({kind: 'reviewer-unknown', reviewerId})
  else if (!reviewer.roles.includes('medicalReviewer')) {
    problems.push({kind: 'reviewer-not-medical', reviewerId, reviewerName: reviewer.name})
  }
  if (!review?.reviewDue) problems.push({kind: 'review-due-missing'})
  else if (review.reviewDue < today) problems.push({kind: 'expired', reviewDue: review.reviewDue})
  return problems
}

export const isClaimApproved = (claim: Claim, graph: ContentGraph, today: string): boolean =>
  claimApprovalProblems(claim, graph, today).length === 0

/** Arabic: what is wrong. */
export const describeApprovalProblem = (problem: ClaimApprovalProblem): string => {
  switch (problem.kind) {
    case 'status': return `حالة مراجعته «${labelOf(REVIEW_STATUSES, problem.status)}» وليست «معتمد»`
    case 'reviewer-missing': return 'لم يُحدَّد له مراجع طبي'
    case 'reviewer-unknown': return `مراجعه (${problem.reviewerId}) غير موجود بين الأشخاص المنشورين`
    case 'reviewer-not-medical': return `مراجعه «${problem.reviewerName}» ليس له دور «مراجع طبي»`
    case 'review-due-missing': return 'اعتماده بلا موعد لإعادة المراجعة'
    case 'expired': return `انتهت صلاحية اعتماده في ${problem.reviewDue}`
  }
}

/** Arabic: what to do about it. */
export const fixForApprovalProblem = (problem: ClaimApprovalProblem): string => {
  switch (problem.kind) {
    case 'status': return 'اطلب من مراجع طبي مراجعته واعتماده'
    case 'reviewer-missing': return 'حدّد في الادعاء المراجع الطبي الذي اعتمده'
    case 'reviewer-unknown': return 'اختر مراجعًا طبيًا منشورًا'
    case 'reviewer-not-medical': return 'اختر مراجعًا له دور «مراجع طبي»، أو أضف الدور إلى ملفه إن كان مؤهّلًا'
    case 'review-due-missing': return 'حدّد موعد إعادة المراجعة في مراجعة الادعاء'
    case 'expired': return 'اطلب من المراجع الطبي إعادة مراجعته وتحديث موعد إعادة المراجعة'
  }
}

/** Where on the claim document the problem lives, for Studio markers on the claim itself. */
export const approvalProblemPath = (problem: ClaimApprovalProblem): string => {
  switch (problem.kind) {
    case 'status': return 'review.status'
    case 'reviewer-missing':
    case 'reviewer-unknown':
    case 'reviewer-not-medical': return 'review.reviewer'
    case 'review-due-missing':
    case 'expired': return 'review.reviewDue'
  }
}

/** A short, recognisable quote of the claim for messages. */
export const quoteClaim = (claim: Claim): string => {
  const characters = [...claim.statement.trim()]
  return characters.length > 60 ? `${characters.slice(0, 60).join('')}…` : characters.join('')
}
