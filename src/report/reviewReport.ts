// What a medical reviewer needs on Monday morning, as data: every claim by workflow state, per
// reviewer the approvals that have lapsed or lapse soon, which articles each claim keeps from
// publishing (from the gate's own verdicts), and the documents that could not be read, which are in
// none of those lists. Pure: the caller loads the content and runs the gate.
import {articleClaimReferences} from '../checks/articleReferences.ts'
import {daysBetween} from '../locale/calendarDates.ts'
import {approvalLastDay, CLAIM_APPROVAL_HOLDS_RULE_IDS, claimApprovalProblems, describeApprovalProblem, quoteClaim, withInvalidReviewer} from '../checks/claimApproval.ts'
import {findingsNoVerdictCarries, type ContentGraph} from '../content/contentGraph.ts'
import type {Claim, ReviewEvent} from '../content/documents/claim.ts'
import {CLAIM_STATES, valuesOf} from '../content/vocabulary.ts'
import type {Finding} from '../findings/finding.ts'
import type {ClinicGateResult} from '../gate/runGate.ts'
import {claimToday, governingJurisdictions, presetsByJurisdiction} from '../presets/index.ts'
import type {SourceLabel} from '../sources/arabicSourceLabel.ts'
import type {ClinicLocale} from '../locale/jurisdictionLocale.ts'
import type {Jurisdiction, Preset} from '../presets/preset.ts'
import {personFourEyesConflict, userIdsByPerson, writerOf, type Actor} from '../workflow/auditTrail.ts'
import {claimState, type ClaimStateView} from '../workflow/claimState.ts'
import type {ClaimState} from '../workflow/claimWorkflow.ts'
import {claimPolicyFor} from '../workflow/reviewDue.ts'

export interface ReportPerson {
  /** Person document id, when known. */
  personId?: string
  /** Sanity user id, when known. */
  userId?: string
  name: string
}

/** One entry of a claim's audit trail, with who acted by name. */
export interface ReportEvent {
  action: ReviewEvent['action']
  at: string
  /**
   * `at`'s calendar day on the claim's calendar (its clinics' latest, `claimToday`), the one its
   * daysWaiting counts on: not the day at the offset `at` was written with (22:30Z is the next day in Riyadh).
   */
  day: string
  by: ReportPerson
  comment?: string
}

export interface BlockedArticle {
  articleId: string
  title: string
  /** Slugs of the clinics where this claim keeps the article from publishing. */
  clinics: string[]
  /** Their names, in the same order: what a reviewer reads in the text report. */
  clinicNames: string[]
  /** The rules that fired whose error means the claim's approval does not hold there (CLAIM_APPROVAL_HOLDS_RULE_IDS). */
  ruleIds: string[]
}

export interface ReportClaim {
  claimId: string
  quote: string
  state: ClaimState
  /**
   * The Arabic the text report writes this claim's dates in: the binding country's (`claimPolicyFor`),
   * as its approvalProblems are written and as the Studio writes the claim's own dates.
   */
  locale: ClinicLocale
  /** Why the effective state differs from review.status. */
  changed?: NonNullable<ClaimStateView['changed']>
  writer?: ReportPerson
  /**
   * Who decided the claim's current state (review.reviewer): only for an approved, lapsed or
   * rejected claim. A claim in review or in draft is in no one's hands; whoever decided an earlier
   * round is its `previousDecision`.
   */
  reviewer?: ReportPerson
  /** For a claim in review or in draft: the latest approval, renewal or rejection in its trail, from an earlier round. */
  previousDecision?: ReportEvent
  /**
   * For an approved claim whose approval the gate does not count though its words and dates hold
   * (its reviewer is no medical reviewer or not published, wrote or last edited it, it is dated
   * later than today or lacks a date): why, in Arabic, as claim-unapproved, claim-reviewer-role and
   * claim-four-eyes say it.
   */
  approvalProblems?: string[]
  /** The approval's last day: review.reviewDue, or the period since approval where that ends first. */
  reviewDue?: string
  /** Days from today to reviewDue (negative: overdue). */
  daysToDue?: number
  lastEvent?: ReportEvent
  /**
   * For a claim in review: whole days from its submission (lastEvent) to today. Absent when the
   * submission is dated after today (a report dated before it): no claim has waited a negative time.
   */
  daysWaiting?: number
  /** For a claim in review: the medical reviewers four eyes allows to decide on it. */
  eligibleReviewers?: ReportPerson[]
  blocks: BlockedArticle[]
}

export interface ReviewerWorkload {
  reviewer: ReportPerson
  /** Approved, but reviewDue has passed: the approval has lapsed. */
  overdue: ReportClaim[]
  /** Approved, reviewDue within the due-soon window of the jurisdictions the claim is published in. */
  dueSoon: ReportClaim[]
  /** Approved by its words and dates, but an approval the gate does not count (ReportClaim.approvalProblems). */
  notHeld: ReportClaim[]
  /** Approvals that hold and are not due soon. */
  current: number
}

export interface ReviewReport {
  /** The latest calendar day among the presets' time zones at the report's instant: where approvals lapse first. */
  today: string
  /** The source for tools (`ContentSource.describe`). */
  source: string
  /** The source in Arabic, for the text report. */
  sourceLabel: SourceLabel
  /**
   * Problems reading documents that are therefore left out of this report (a claim whose review
   * fails the schema is in no state): the findings, and the JSON key, of `sanad check`.
   */
  datasetFindings: Finding[]
  byState: Record<ClaimState, ReportClaim[]>
  reviewers: ReviewerWorkload[]
}

export interface ReviewReportInput {
  graph: ContentGraph
  /** The gate's verdicts for every clinic (runGateForAllClinics). */
  gate: readonly ClinicGateResult[]
  /**
   * The instant the report is for. Each claim is judged on the calendar of the clinics it is
   * published in (`claimToday`), as the gate judges it there, so a claim the gate already holds back
   * in one clinic is never listed as still approved.
   */
  now: Date
  source: string
  sourceLabel: SourceLabel
  /** What loading the content found (`loadContent(...).findings`). */
  findings: readonly Finding[]
  presets?: Readonly<Record<Jurisdiction, Pick<Preset, 'dueSoonDays' | 'claimReviewPeriodMonths'>>>
}

/** Whether a document could not be read: `sanad review-report` then exits 1, as `sanad check` does. */
export const hasUnreadableDocuments = (report: ReviewReport): boolean => report.datasetFindings.some((finding) => finding.severity === 'error')

/** The states a reviewer's decision put the claim in; review.reviewer names who, for these only. */
const DECIDED_STATES: readonly ClaimState[] = ['approved', 'expired', 'rejected']
const DECISIONS: readonly ReviewEvent['action'][] = ['approve', 'renew', 'reject']

const byId = <T extends {claimId: string}>(a: T, b: T): number => (a.claimId < b.claimId ? -1 : a.claimId > b.claimId ? 1 : 0)

/** claimId → articles it blocks, read off the gate's error findings at each claimRef. */
const blockedArticlesByClaim = (graph: ContentGraph, gate: readonly ClinicGateResult[]): Map<string, BlockedArticle[]> => {
  const blocks = new Map<string, Map<string, BlockedArticle>>()
  for (const clinic of gate) {
    for (const verdict of clinic.articles) {
      if (verdict.publishable) continue
      const article = graph.articles.get(verdict.articleId)
      if (!article) continue
      const claimAt = new Map(articleClaimReferences(article).map(({path, claimId}) => [path, claimId]))
      for (const finding of verdict.findings) {
        const claimId = claimAt.get(finding.path)
        if (finding.severity !== 'error' || !CLAIM_APPROVAL_HOLDS_RULE_IDS.includes(finding.ruleId) || !claimId) continue
        const articles = blocks.get(claimId) ?? new Map<string, BlockedArticle>()
        const entry = articles.get(article._id) ?? {articleId: article._id, title: article.title, clinics: [], clinicNames: [], ruleIds: []}
        if (!entry.clinics.includes(clinic.clinicSlug)) {
          entry.clinics.push(clinic.clinicSlug)
          entry.clinicNames.push(graph.clinics.get(clinic.clinicId)?.name ?? clinic.clinicSlug)
        }
        if (!entry.ruleIds.includes(finding.ruleId)) entry.ruleIds.push(finding.ruleId)
        articles.set(article._id, entry)
        blocks.set(claimId, articles)
      }
    }
  }
  return new Map([...blocks].map(([claimId, articles]) => [claimId, [...articles.values()].sort((a, b) => (a.articleId < b.articleId ? -1 : 1))]))
}

/** Jurisdictions of the clinics targeted by the articles that link each claim. */
const jurisdictionsByClaim = (graph: ContentGraph): Map<string, Set<Jurisdiction>> => {
  const result = new Map<string, Set<Jurisdiction>>()
  for (const article of graph.articles.values()) {
    const jurisdictions = article.targetClinics.flatMap((target) => {
      const clinic = graph.clinics.get(target._ref)
      return clinic ? [clinic.jurisdiction] : []
    })
    for (const {claimId} of articleClaimReferences(article)) {
      const set = result.get(claimId) ?? new Set<Jurisdiction>()
      for (const jurisdiction of jurisdictions) set.add(jurisdiction)
      result.set(claimId, set)
    }
  }
  return result
}

export const buildReviewReport = ({graph, gate, now, source, sourceLabel, findings, presets = presetsByJurisdiction}: ReviewReportInput): ReviewReport => {
  const personOf = (actor: Actor | undefined): ReportPerson | undefined => {
    if (!actor) return undefined
    const person = actor.personId ? graph.people.get(actor.personId) : undefined
    return {
      ...(actor.personId ? {personId: actor.personId} : {}),
      ...(actor.userId ? {userId: actor.userId} : {}),
      name: person?.name ?? actor.personId ?? actor.userId ?? '',
    }
  }
  const reportEvent = (event: ReviewEvent, dayOf: (at: Date) => string): ReportEvent => ({
    action: event.action,
    at: event.at,
    day: dayOf(new Date(event.at)),
    by: personOf({userId: event.userId, ...(event.person ? {personId: event.person._ref} : {})})!,
    ...(event.comment ? {comment: event.comment} : {}),
  })
  const medicalReviewers = [...graph.people.values()].filter((person) => person.roles.includes('medicalReviewer')).sort((a, b) => (a._id < b._id ? -1 : 1))
  // Four eyes as the Studio reads it for the user who signs in: by person document or by user id.
  const usersOfPerson = userIdsByPerson([...graph.claims.values()].map((claim) => claim.review?.audit ?? []))
  const mayDecide = (personId: string, audit: readonly ReviewEvent[], hash: string): boolean =>
    !personFourEyesConflict(personId, usersOfPerson.get(personId) ?? [], audit, hash)
  const blocks = blockedArticlesByClaim(graph, gate)
  const jurisdictions = jurisdictionsByClaim(graph)

  const reportClaim = (claim: Claim): ReportClaim => {
    // On its clinics' latest day, as the gate reads it in the strictest of its countries: the recorded
    // date or the period since approval, whichever ends first. No period binds a claim no article links.
    const policy = claimPolicyFor([...(jurisdictions.get(claim._id) ?? [])], presets)
    const today = policy.todayAt(now)
    const review = claim.review
    const reviewDue = approvalLastDay(review, policy.months)
    const view = claimState(claim, today, reviewDue)
    const audit = review?.audit ?? []
    const last = audit.at(-1)
    const decided = DECIDED_STATES.includes(view.state)
    const reviewer = decided ? personOf(review?.reviewer ? {personId: review.reviewer._ref} : undefined) : undefined
    const previousDecision = decided ? undefined : audit.findLast((event) => DECISIONS.includes(event.action))
    const writer = personOf(writerOf(audit))
    // As the gate reads it for these clinics: a lapse or changed words already make the state.
    const approvalProblems =
      view.state === 'approved' ? withInvalidReviewer(claimApprovalProblems(claim, graph, today, policy.months), findings).map((problem) => describeApprovalProblem(problem, policy.locale)) : []
    const lastEvent = last && reportEvent(last, policy.todayAt)
    const waited = view.state === 'inReview' && lastEvent ? daysBetween(lastEvent.day, today) : undefined
    return {
      claimId: claim._id,
      quote: quoteClaim(claim),
      state: view.state,
      locale: policy.locale,
      ...(view.changed ? {changed: view.changed} : {}),
      ...(writer ? {writer} : {}),
      ...(reviewer ? {reviewer} : {}),
      ...(previousDecision ? {previousDecision: reportEvent(previousDecision, policy.todayAt)} : {}),
      ...(approvalProblems.length > 0 ? {approvalProblems} : {}),
      ...(reviewDue ? {reviewDue, daysToDue: daysBetween(today, reviewDue)} : {}),
      ...(lastEvent ? {lastEvent} : {}),
      ...(waited !== undefined && waited >= 0 ? {daysWaiting: waited} : {}),
      ...(view.state === 'inReview'
        ? {eligibleReviewers: medicalReviewers.filter((person) => mayDecide(person._id, audit, view.contentHash)).map((person) => personOf({personId: person._id})!)}
        : {}),
      blocks: blocks.get(claim._id) ?? [],
    }
  }

  const claims = [...graph.claims.values()].map((claim) => ({claim, report: reportClaim(claim)})).sort((a, b) => byId(a.report, b.report))
  const byState = Object.fromEntries(valuesOf(CLAIM_STATES).map((state) => [state, claims.filter(({report}) => report.state === state).map(({report}) => report)])) as Record<ClaimState, ReportClaim[]>

  // The longest window of the countries the claim is published in; of every country while no article
  // links it, since the first clinic to link it may be any (the claim form reads it the same way).
  const dueSoonDays = (claimId: string): number =>
    Math.max(...governingJurisdictions([...(jurisdictions.get(claimId) ?? [])], presets).map((jurisdiction) => presets[jurisdiction].dueSoonDays))

  // Every medical reviewer appears, with nothing due or not; so does anyone recorded as a reviewer.
  const reviewerIds = new Set<string>([
    ...medicalReviewers.map((person) => person._id),
    ...claims.flatMap(({report}) => (report.reviewer?.personId ? [report.reviewer.personId] : [])),
  ])
  const reviewers = [...reviewerIds].sort().map((personId): ReviewerWorkload => {
    const theirs = claims.map(({report}) => report).filter((report) => report.reviewer?.personId === personId)
    const overdue = theirs.filter((report) => report.state === 'expired')
    const notHeld = theirs.filter((report) => report.state === 'approved' && report.approvalProblems)
    const holding = theirs.filter((report) => report.state === 'approved' && !report.approvalProblems)
    const dueSoon = holding.filter((report) => report.daysToDue !== undefined && report.daysToDue <= dueSoonDays(report.claimId))
    const current = holding.length - dueSoon.length
    return {reviewer: personOf({personId})!, overdue, dueSoon, notHeld, current}
  })
  return {today: claimToday(now), source, sourceLabel, datasetFindings: findingsNoVerdictCarries(graph, findings), byState, reviewers}
}
