// The default review-due date of a new approval: the approval's date plus the claim review period
// of the jurisdictions the claim is published in (the shortest wins; presets hold the numbers).
import {addMonths, calendarDateIn} from '../locale/calendarDates.ts'
import {JURISDICTIONS, valuesOf} from '../content/vocabulary.ts'
import {localeOfJurisdiction, type ClinicLocale} from '../locale/jurisdictionLocale.ts'
import {claimToday, presetsByJurisdiction} from '../presets/index.ts'
import type {Jurisdiction, Preset} from '../presets/preset.ts'

/** A claim no article links yet is held to the baseline (Egyptian) preset's period. */
const BASELINE: Jurisdiction = 'EG'

/** How long a new approval holds, and the country whose policy says so. */
export interface ReviewPeriod {
  months: number
  jurisdiction: Jurisdiction
}

/**
 * The order a tie between countries is settled in: the vocabulary's, the baseline first. Messages
 * that name several countries list them in it too, so they read the same whatever order a query gave.
 */
export const TIE_ORDER: readonly Jurisdiction[] = valuesOf(JURISDICTIONS)

/**
 * A new approval's period: the shortest of `jurisdictions`' (on a tie, the country first in TIE_ORDER,
 * not in the list: a query returns them in no set order, and the country names the period and writes
 * its dates), the baseline's when there are none.
 */
export const claimReviewPeriod = (
  jurisdictions: readonly Jurisdiction[],
  presets: Readonly<Record<Jurisdiction, Pick<Preset, 'claimReviewPeriodMonths'>>> = presetsByJurisdiction,
): ReviewPeriod => {
  const months = (jurisdiction: Jurisdiction): number => presets[jurisdiction].claimReviewPeriodMonths
  const jurisdiction = (jurisdictions.length > 0 ? jurisdictions : [BASELINE]).reduce((binding, next) =>
    months(next) < months(binding) || (months(next) === months(binding) && TIE_ORDER.indexOf(next) < TIE_ORDER.indexOf(binding)) ? next : binding)
  return {months: presets[jurisdiction].claimReviewPeriodMonths, jurisdiction}
}

export const claimReviewPeriodMonths = (
  jurisdictions: readonly Jurisdiction[],
  presets: Readonly<Record<Jurisdiction, Pick<Preset, 'claimReviewPeriodMonths'>>> = presetsByJurisdiction,
): number => claimReviewPeriod(jurisdictions, presets).months

/**
 * The period that bounds an approval already given: the shortest among the countries its articles
 * go to, or none for a claim no article links (nor while they are unknown), whose approval only its
 * recorded review-due date bounds. (A new approval of such a claim takes the baseline's, above.)
 */
const policyMonthsFor = (
  jurisdictions: readonly Jurisdiction[] | undefined,
  presets: Readonly<Record<Jurisdiction, Pick<Preset, 'claimReviewPeriodMonths'>>> = presetsByJurisdiction,
): number | undefined => (jurisdictions && jurisdictions.length > 0 ? claimReviewPeriodMonths(jurisdictions, presets) : undefined)

/** `YYYY-MM-DD`. The approval instant is read on the UTC calendar: a claim belongs to no one clinic. */
export const defaultReviewDue = (approvedAt: Date, months: number): string => addMonths(calendarDateIn(approvedAt, 'UTC'), months)

/** How an approval already given is judged, for a claim whose articles go to these countries. */
export interface ClaimPolicy {
  /** The period that bounds it (policyMonthsFor); `undefined` when none is known to bind the claim. */
  months: number | undefined
  /** The calendar day it is judged on at `now`: the latest of those countries' days (`claimToday`), every preset's when none is known. */
  todayAt: (now: Date) => string
  /**
   * The Arabic its messages write dates in: the binding country's (claimReviewPeriod), whose period
   * they quote and whose reviewer the approve dialog speaks to; the baseline's for a claim no article links.
   */
  locale: ClinicLocale
}

export const claimPolicyFor = (
  jurisdictions: readonly Jurisdiction[],
  presets: Readonly<Record<Jurisdiction, Pick<Preset, 'claimReviewPeriodMonths'>>> = presetsByJurisdiction,
): ClaimPolicy => ({
  months: policyMonthsFor(jurisdictions, presets),
  todayAt: (now) => claimToday(now, jurisdictions),
  locale: localeOfJurisdiction(claimReviewPeriod(jurisdictions, presets).jurisdiction),
})
