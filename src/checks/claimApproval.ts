// The one definition of "this claim is approved today" (claimApprovalProblems finds nothing), shared
// by the claim rules, the Studio, the review workflow and the review reports: status approved, reviewed by a person with the medicalReviewer role who neither wrote
// nor last edited it (four eyes), for exactly the current statement and evidence (content hash),
// dated (approvedAt) no later than today, and within its term: review.reviewDue and, where a clinic's policy is
// known, the policy's period after the approval, not passed. Each problem maps to the rule that reports it.
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Claim} from '../content/documents/claim.ts'
import {labelOf, REVIEW_STATUSES} from '../content/vocabulary.ts'
import type {Finding} from '../findings/finding.ts'
import {formatDate, formatPeriodMonths} from '../locale/localeFormat.ts'
import {fourEyesConflict, type FourEyesRole} from '../workflow/auditTrail.ts'
import {claimContentHash} from '../workflow/claimContentHash.ts'
import {defaultReviewDue} from '../workflow/reviewDue.ts'
import {failsContentModel} from './articleReferences.ts'
import {addDays, addMonths, calendarDateIn} from '../locale/calendarDates.ts'

export type ClaimApprovalProblem =
  | {kind: 'status'; status: string}
  | {kind: 'reviewer-missing'}
  /** `invalid`: the person is published but fails the content model (failsContentModel), so it is not in the build. */
  | {kind: 'reviewer-unknown'; reviewerId: string; invalid?: boolean}
  | {kind: 'reviewer-not-medical'; reviewerId: string; reviewerName: string}
  | {kind: 'approval-unbound'}
  | {kind: 'changed-since-approval'; approvedAt?: string}
  | {kind: 'four-eyes'; role: FourEyesRole; approverName: string}
  | {kind: 'approved-in-future'; approvedOn: string}
  | {kind: 'review-due-missing'}
  /** Approved with no approvedAt: the policy's period runs from it, so without it the term has no known end. */
  | {kind: 'approved-at-missing'}
  /** `policy`: the term ended at the policy's limit, before the recorded review-due date. */
  | {kind: 'expired'; reviewDue: string; policy?: ApprovalPolicyLimit}

/** How long a clinic's policy lets an approval hold, and the last day that gives this one. */
export interface ApprovalPolicyLimit {
  months: number
  approvedOn: string
  lastDay: string
}

/**
 * The last day a claim's approval may hold under a policy of `months`: the approval's day plus the
 * period, read as the approve action reads it when it sets review.reviewDue (src/workflow/reviewDue.ts).
 * Undefined without an approval date. A review-due date later than this was not set by that action
 * for this policy: written outside the Studio, under a period since shortened, or for the clinics of
 * a more lenient country before an article in a stricter one linked the claim.
 */
export const approvalPolicyLimit = (review: ApprovalDates | undefined, months: number): ApprovalPolicyLimit | undefined => {
  const approvedAt = approvalInstant(review)
  return approvedAt && {months, approvedOn: approvalDayOf(approvedAt), lastDay: defaultReviewDue(approvedAt, months)}
}

/**
 * review.approvedAt as an instant; undefined without a valid one: the zod boundary admits only valid
 * instants, but the Studio's workflow view (workflowClaim.ts) reads a draft as it is.
 */
const approvalInstant = (review: ApprovalDates | undefined): Date | undefined => {
  const approvedAt = review?.approvedAt ? new Date(review.approvedAt) : undefined
  return approvedAt && !Number.isNaN(approvedAt.getTime()) ? approvedAt : undefined
}

/** The day of an approval, on the UTC calendar, as defaultReviewDue reads it: a claim belongs to no one clinic. */
const approvalDayOf = (approvedAt: Date): string => calendarDateIn(approvedAt, 'UTC')

/**
 * « في <day>», the day a changed claim was approved: its instant's UTC day, the day its review term is
 * counted from and the other approval messages say («اعتُمد في …»), not the first ten characters of
 * approvedAt, the day at whatever offset it was written with (23:30-05:00 on the 30th is the 1st);
 * empty without one.
 */
/** What the approver was to the words, as the four-eyes messages say it. */
export const fourEyesRoleSaid = (role: FourEyesRole): string =>
  role === 'writer' ? 'من كتب نصه' : role === 'lastEditor' ? 'آخر من عدّل نصه أو دليله' : 'ممن عدّلوا نصه أو دليله منذ آخر اعتماد له'

export const approvedOnSaid = (approvedAt: string | undefined, locale: string): string => {
  const instant = approvedAt ? new Date(approvedAt) : undefined
  return instant && !Number.isNaN(instant.getTime()) ? ` في ${formatDate(locale, approvalDayOf(instant))}` : ''
}

// The messages below write dates and counts in `locale`, the Arabic of the country whose reviewer or
// writer reads them («٢١ مايو ٢٠٢٧» in ar-EG), as the approve dialog and the clinics' sites do.

/** Arabic: how long the policy lets this approval hold, and so until when («يبقى اعتماد الادعاء … أي حتى …»). */
export const policyTerm = ({months, approvedOn, lastDay}: ApprovalPolicyLimit, locale: string): string =>
  `يبقى اعتماد الادعاء ${formatPeriodMonths(locale, months)} على الأكثر بعد اعتماده (${formatDate(locale, approvedOn)})، أي حتى ${formatDate(locale, lastDay)}`

/** Arabic: why an approval ended at the policy's limit, before `reviewDue`; `place`, the country whose policy it is, where known. */
export const policyExpiryReason = ({months, approvedOn}: ApprovalPolicyLimit, reviewDue: string, locale: string, place?: string): string =>
  `اعتُمد في ${formatDate(locale, approvedOn)}، وسياسة النشر${place ? ` في ${place}` : ''} تُبقي اعتماد الادعاء ${formatPeriodMonths(locale, months)} على الأكثر، وإن كان موعد إعادة مراجعته المسجّل ${formatDate(locale, reviewDue)}`

/** The dates of an approval record the term is measured by. */
export interface ApprovalDates {
  approvedAt?: string | undefined
  reviewDue?: string | undefined
}

/**
 * The last day an approval holds under a policy of `months`: its review-due date or the policy's
 * limit, whichever comes first. `months` undefined (no clinic known: a claim no article links, a
 * caller that has not fetched them yet): the review-due date alone.
 */
export const approvalLastDay = (review: ApprovalDates | undefined, months: number | undefined): string | undefined => {
  const limit = months === undefined ? undefined : approvalPolicyLimit(review, months)?.lastDay
  return review?.reviewDue && limit && limit < review.reviewDue ? limit : review?.reviewDue
}

/**
 * The earliest approval day (UTC, as approvalPolicyLimit reads approvedAt) whose approval still holds
 * on `day` under a policy of `months`; one dated earlier has passed the policy's limit by then. The
 * inverse of approvalPolicyLimit, for GROQ, which cannot add months (the Studio's claim lists). The
 * limit clamps to a month's end (Feb 29 + 12 months is Feb 28), so the inverse is found by stepping
 * through the few days that clamping can move it, from one that certainly ends before `day`.
 */
export const firstApprovalDayHolding = (day: string, months: number): string => {
  let candidate = addDays(addMonths(day, -months), -4)
  while (addMonths(candidate, months) < day) candidate = addDays(candidate, 1)
  return candidate
}

/** Every rule that reports a problem with a linked claim's approval. */
export const CLAIM_APPROVAL_RULE_IDS = [
  'claim-unapproved',
  'claim-expired',
  'claim-changed-since-approval',
  'claim-reviewer-role',
  'claim-four-eyes',
] as const satisfies readonly ReturnType<typeof approvalProblemRuleId>[]

/**
 * The rules whose error at a claim reference means the claim's approval does not hold for that
 * clinic: the approval rules above, and whose licence counts there (a warning in Sanad's presets; a
 * compliance lead may make it an error). What the review report lists as the articles a claim keeps
 * from publishing, and what Publish's tooltip counts as claims not approved.
 */
export const CLAIM_APPROVAL_HOLDS_RULE_IDS: readonly string[] = [...CLAIM_APPROVAL_RULE_IDS, 'claim-approver-licence-jurisdiction']

/** The rule that reports each kind of problem. */
export const approvalProblemRuleId = (problem: ClaimApprovalProblem) => {
  switch (problem.kind) {
    case 'status':
    case 'reviewer-missing':
    case 'reviewer-unknown':
    case 'approved-in-future':
    case 'approved-at-missing':
    case 'review-due-missing': return 'claim-unapproved' as const
    case 'reviewer-not-medical': return 'claim-reviewer-role' as const
    case 'approval-unbound':
    case 'changed-since-approval': return 'claim-changed-since-approval' as const
    case 'four-eyes': return 'claim-four-eyes' as const
    case 'expired': return 'claim-expired' as const
  }
}

/** The problems with an unknown reviewer who is published but fails the content model marked so, to say it is broken, not deleted. */
export const withInvalidReviewer = (problems: readonly ClaimApprovalProblem[], parseFindings: readonly Finding[]): ClaimApprovalProblem[] =>
  problems.map((problem) => (problem.kind === 'reviewer-unknown' && failsContentModel(parseFindings, problem.reviewerId) ? {...problem, invalid: true} : problem))

/**
 * Everything standing between a claim and a valid approval on `today` (empty = approved).
 * `policyMonths`: the claim review period of the clinic asking (the gate knows it); without it, as the
 * Studio's view of a claim that serves several clinics, only the recorded review-due date bounds the term.
 */
export const claimApprovalProblems = (claim: Claim, graph: ContentGraph, today: string, policyMonths?: number): ClaimApprovalProblem[] => {
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
  const currentHash = claimContentHash(claim)
  if (!review?.approvedHash) problems.push({kind: 'approval-unbound'})
  else if (review.approvedHash !== currentHash) problems.push({kind: 'changed-since-approval', ...(review.approvedAt ? {approvedAt: review.approvedAt} : {})})
  const approver = {...(review?.approvedBy ? {userId: review.approvedBy} : {}), ...(reviewerId ? {personId: reviewerId} : {})}
  const conflict = fourEyesConflict(approver, review?.audit ?? [], review?.approvedHash ?? currentHash)
  if (conflict) problems.push({kind: 'four-eyes', role: conflict.role, approverName: reviewer?.name ?? review?.approvedBy ?? reviewerId ?? ''})
  // An approval dated after today did not happen as recorded, and its date would push the policy's limit out with it.
  const approvedAt = approvalInstant(review)
  const approvedOn = approvedAt && approvalDayOf(approvedAt)
  if (approvedOn && approvedOn > today) problems.push({kind: 'approved-in-future', approvedOn})
  // Without the approval's date no policy period can end it, and a reviewDue of 9999-12-31 would hold for ever.
  if (!approvedAt) problems.push({kind: 'approved-at-missing'})
  const policy = policyMonths === undefined ? undefined : approvalPolicyLimit(review, policyMonths)
  if (!review?.reviewDue) problems.push({kind: 'review-due-missing'})
  else if (review.reviewDue < today) problems.push({kind: 'expired', reviewDue: review.reviewDue})
  else if (policy && policy.lastDay < today) problems.push({kind: 'expired', reviewDue: review.reviewDue, policy})
  return problems
}

/** Arabic: what is wrong, with its dates as `locale` writes them. */
export const describeApprovalProblem = (problem: ClaimApprovalProblem, locale: string): string => {
  switch (problem.kind) {
    case 'status': return `حالة مراجعته «${labelOf(REVIEW_STATUSES, problem.status)}» وليست «معتمد»`
    case 'reviewer-missing': return 'لم يُحدَّد له مراجع طبي'
    case 'reviewer-unknown':
      return problem.invalid
        ? `ملف من سُجِّل مراجعًا له (${problem.reviewerId}) منشور لكنه لا يطابق نموذج المحتوى فيُستبعد من البناء (انظر خطأ schema-invalid عليه)`
        : `من سُجِّل مراجعًا له (${problem.reviewerId}) غير موجود بين الأشخاص المنشورين`
    case 'reviewer-not-medical': return `سُجِّل اعتماده باسم «${problem.reviewerName}»، وملف «${problem.reviewerName}» لا يحمل دور «مراجع طبي»`
    case 'approval-unbound': return 'اعتماده لا يحمل بصمة النص المعتمد، فلا يُعرف أيّ نص اعتُمد'
    case 'changed-since-approval': return `تغيّر نصه أو دليله بعد اعتماده${approvedOnSaid(problem.approvedAt, locale)}، فالاعتماد لا يشمل النص الحالي`
    case 'four-eyes': return `اعتُمد من «${problem.approverName}»، و«${problem.approverName}» ${fourEyesRoleSaid(problem.role)}، ولا يُعتدّ باعتماد المرء لما كتبه أو عدّله`
    case 'approved-in-future': return `سُجِّل اعتماده بتاريخ لم يأتِ بعد (${formatDate(locale, problem.approvedOn)})`
    case 'review-due-missing': return 'اعتماده بلا موعد لإعادة المراجعة'
    case 'approved-at-missing': return 'لم يُسجَّل تاريخ اعتماده، فلا يُعرف متى تنتهي صلاحيته'
    case 'expired':
      return problem.policy
        ? `انتهت صلاحية اعتماده في ${formatDate(locale, problem.policy.lastDay)}: ${policyExpiryReason(problem.policy, problem.reviewDue, locale)}`
        : `انتهت صلاحية اعتماده في ${formatDate(locale, problem.reviewDue)}`
  }
}

/**
 * Arabic: what to do about it, naming the Studio action that does it: the claim's review fields are
 * read-only and change only through the workflow (an approved claim offers «تجديد الاعتماد», not «إرسال للمراجعة»).
 */
export const fixForApprovalProblem = (problem: ClaimApprovalProblem): string => {
  switch (problem.kind) {
    // Only a claim in review can be approved; a draft or a rejected claim is submitted first.
    case 'status': return problem.status === 'inReview' ? 'اطلب من مراجع طبي اعتماده بزر «اعتماد»' : 'أرسله للمراجعة بزر «إرسال للمراجعة» ليعتمده مراجع طبي بزر «اعتماد»'
    case 'reviewer-missing': return 'هذا الاعتماد لم يُسجَّل بزر «اعتماد»؛ اطلب من مراجع طبي تجديده بزر «تجديد الاعتماد» ليُسجَّل باسمه'
    case 'reviewer-unknown':
      return problem.invalid
        ? 'أصلح ملف المراجع في «شخص» وأعد نشره، أو اطلب من مراجع طبي له ملف «شخص» منشور تجديد الاعتماد بزر «تجديد الاعتماد»'
        : 'اطلب من مراجع طبي له ملف «شخص» منشور تجديد الاعتماد بزر «تجديد الاعتماد»'
    case 'reviewer-not-medical': return 'اطلب من مراجع له دور «مراجع طبي» تجديد الاعتماد بزر «تجديد الاعتماد»، أو أضف الدور إلى ملف المراجع في «شخص» إن توافرت المؤهلات اللازمة'
    // No fingerprint: nothing records what was approved, so no earlier text can be put back.
    case 'approval-unbound': return 'أرسل الادعاء للمراجعة من جديد بزر «إرسال للمراجعة» ليعتمد مراجع طبي النص الحالي'
    case 'changed-since-approval': return 'أرسل الادعاء للمراجعة من جديد بزر «إرسال للمراجعة» ليعتمد مراجع طبي النص الحالي، أو أعد النص والدليل كما اعتُمدا'
    case 'four-eyes': return 'اطلب من مراجع طبي آخر لم يكتبه ولم يعدّله تجديد الاعتماد بزر «تجديد الاعتماد»'
    case 'approved-in-future': return 'هذا الاعتماد لم يُسجَّل بزر «اعتماد»؛ اطلب من مراجع طبي تجديده بزر «تجديد الاعتماد» ليُسجَّل بتاريخه الصحيح'
    case 'review-due-missing': return 'اطلب من مراجع طبي تجديد الاعتماد بزر «تجديد الاعتماد» ليُحدَّد موعد إعادة المراجعة'
    case 'approved-at-missing': return 'هذا الاعتماد لم يُسجَّل بزر «اعتماد»؛ اطلب من مراجع طبي تجديده بزر «تجديد الاعتماد» ليُسجَّل بتاريخه'
    case 'expired': return 'اطلب من مراجع طبي تجديد الاعتماد بزر «تجديد الاعتماد»'
  }
}

/** Where on the claim document the problem lives, for Studio markers on the claim itself. */
export const approvalProblemPath = (problem: ClaimApprovalProblem): string => {
  switch (problem.kind) {
    case 'status': return 'review.status'
    case 'reviewer-missing':
    case 'reviewer-unknown':
    case 'reviewer-not-medical':
    case 'four-eyes': return 'review.reviewer'
    case 'approval-unbound':
    case 'changed-since-approval': return 'review.approvedHash'
    case 'approved-in-future':
    case 'approved-at-missing': return 'review.approvedAt'
    case 'review-due-missing':
    case 'expired': return 'review.reviewDue'
  }
}

/** A short, recognisable quote of the claim for messages. */
export const quoteClaim = (claim: Claim): string => {
  const characters = [...claim.statement.trim()]
  return characters.length > 60 ? `${characters.slice(0, 60).join('')}…` : characters.join('')
}
