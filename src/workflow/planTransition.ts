// What an allowed transition writes: the review fields to set and unset and the audit entries to
// append (never rewrite). The Studio turns a plan into patches; tests and the acceptance test apply
// it to a claim directly. Pure: the clock and the key generator are passed in.
import type {ReviewEvent} from '../content/documents/claim.ts'
import {isoDate} from '../content/fields.ts'
import {localeOfJurisdiction} from '../locale/jurisdictionLocale.ts'
import {formatStoredDate} from '../locale/storedDate.ts'
import {formatDate, formatPeriodMonths} from '../locale/localeFormat.ts'
import {decideTransition, type RefusalReason, type TransitionRequest} from './decideTransition.ts'
import {claimReviewPeriod, defaultReviewDue, type ReviewPeriod} from './reviewDue.ts'
import type {ClaimState, ReviewAction, ReviewStatus} from './claimWorkflow.ts'
import type {WorkflowClaim} from './workflowClaim.ts'

export interface TransitionInput extends TransitionRequest {
  now: Date
  comment?: string
  /**
   * How long a new approval holds, and the country whose policy says so (its Arabic writes the dates
   * of a refusal, as the approve dialog does); defaults to the baseline preset's (claimReviewPeriod([])).
   */
  reviewPeriod?: ReviewPeriod
  /**
   * The review-due date (`YYYY-MM-DD`) the reviewer confirmed for an approval or renewal, written as
   * is: a confirmation that crosses midnight must not store a later date than the one shown.
   */
  confirmedReviewDue?: string
  /** A fresh `_key` for each audit entry. */
  newKey: () => string
}

/** The review fields a transition may write. */
export interface ReviewFields {
  status: ReviewStatus
  reviewer: {_type: 'reference'; _ref: string}
  reviewedAt: string
  reviewDue: string
  comment: string
  approvedBy: string
  approvedAt: string
  approvedHash: string
}

export interface TransitionPlan {
  set: Partial<ReviewFields>
  unset: (keyof ReviewFields)[]
  append: ReviewEvent[]
}

export type PlanResult =
  | {ok: true; plan: TransitionPlan}
  | {ok: false; reason: RefusalReason | 'comment'; message: string}
  /** The confirmed review-due date was refused; `latestReviewDue` is the latest the period allows from now. */
  | {ok: false; reason: 'reviewDue'; message: string; latestReviewDue: string}

const APPROVAL_RECORD: (keyof ReviewFields)[] = ['approvedBy', 'approvedAt', 'approvedHash', 'reviewDue']

/**
 * The review-due date a new approval gets: the one the reviewer confirmed, else the period from now.
 * A confirmed date later than the period allows from now (a forged or garbled one) is refused, and so
 * is one that is no calendar day (2027-02-31): written, it would fail the claim at the zod boundary.
 */
const newReviewDue = ({now, reviewPeriod = claimReviewPeriod([]), confirmedReviewDue}: TransitionInput): {ok: true; date: string} | {ok: false; message: string; latest: string} => {
  const {months, jurisdiction} = reviewPeriod
  const latest = defaultReviewDue(now, months)
  if (confirmedReviewDue === undefined) return {ok: true, date: latest}
  const isDay = isoDate.safeParse(confirmedReviewDue).success
  if (!isDay || confirmedReviewDue > latest) {
    const locale = localeOfJurisdiction(jurisdiction)
    // A garbled confirmed date is quoted as sent, not read as some other day.
    const why = isDay ? 'أبعد مما تسمح به' : 'ليس تاريخًا صحيحًا، والمسموح به'
    return {
      ok: false,
      latest,
      message: `تاريخ المراجعة المؤكَّد (${formatStoredDate(locale, confirmedReviewDue)}) ${why} مدة مراجعة الادعاء (${formatPeriodMonths(locale, months)}) من اليوم: أبعد تاريخ مسموح به ${formatDate(locale, latest)}.`,
    }
  }
  return {ok: true, date: confirmedReviewDue}
}

export const planTransition = (input: TransitionInput): PlanResult => {
  const decision = decideTransition(input)
  if (!decision.allowed) return {ok: false, reason: decision.reason, message: decision.message}
  const {rule, view, from} = decision
  const {actor, now, newKey} = input
  const comment = input.comment?.trim() || undefined
  if (rule.commentRequired && !comment) return {ok: false, reason: 'comment', message: 'اكتب سبب الرفض ليعرف الكاتب ما الذي يجب تغييره.'}

  const at = now.toISOString()
  const reviewDue = newReviewDue(input)
  if (!reviewDue.ok) return {ok: false, reason: 'reviewDue', message: reviewDue.message, latestReviewDue: reviewDue.latest}
  const event = (action: ReviewAction, eventFrom: ClaimState, to: ClaimState, eventComment?: string): ReviewEvent => ({
    _key: newKey(),
    _type: 'reviewEvent',
    action,
    from: eventFrom,
    to,
    at,
    userId: actor.userId,
    ...(actor.personId ? {person: {_type: 'reference', _ref: actor.personId}} : {}),
    ...(eventComment ? {comment: eventComment} : {}),
    hash: view.contentHash,
  })
  // A claim whose words changed since approval or submission is in draft in fact; the trail records
  // that step before the one asked for, so it never jumps from «معتمد» straight to «قيد المراجعة».
  const implicitEdit = input.action !== 'edit' && view.changed && view.state !== view.recorded ? [event('edit', view.recorded, 'draft')] : []
  const append = [...implicitEdit, event(input.action, from, rule.to, comment)]
  const reviewer = actor.personId ? {_type: 'reference' as const, _ref: actor.personId} : undefined

  switch (input.action) {
    case 'submit':
      return {ok: true, plan: {set: {status: 'inReview'}, unset: APPROVAL_RECORD, append}}
    // A renewal records a new approval of the same words, exactly as approve does.
    case 'approve':
    case 'renew':
      return {
        ok: true,
        plan: {
          set: {
            status: 'approved',
            ...(reviewer ? {reviewer} : {}),
            reviewedAt: at,
            reviewDue: reviewDue.date,
            approvedBy: actor.userId,
            approvedAt: at,
            approvedHash: view.contentHash,
          },
          unset: ['comment'],
          append,
        },
      }
    case 'reject':
      return {
        ok: true,
        plan: {set: {status: 'rejected', ...(reviewer ? {reviewer} : {}), reviewedAt: at, ...(comment ? {comment} : {})}, unset: APPROVAL_RECORD, append},
      }
    case 'withdraw':
      return {ok: true, plan: {set: {status: 'draft', ...(comment ? {comment} : {})}, unset: APPROVAL_RECORD, append}}
    case 'edit':
      return {ok: true, plan: {set: {status: 'draft'}, unset: APPROVAL_RECORD, append}}
  }
}

/** The claim after a plan: how the Studio's patches leave it, for tests and offline tools. */
export const applyTransitionPlan = <Claim extends WorkflowClaim>(claim: Claim, plan: TransitionPlan): Claim => {
  const review: Record<string, unknown> = {...(claim.review ?? {})}
  for (const field of plan.unset) delete review[field]
  Object.assign(review, plan.set)
  review.audit = [...(claim.review?.audit ?? []), ...plan.append]
  return {...claim, review} as Claim
}
