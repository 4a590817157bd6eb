// A date window over every jurisdiction's calendar: from the earliest "today" among the presets' time
// zones to the latest today + days, and each jurisdiction's own horizon. A claim can back articles for
// clinics in any jurisdiction, so a list using them (claimsExpiringSoonItem.ts) never misses a claim
// that lapses soon for some clinic. (The claim lists start from `claimToday`, the latest today, so an
// approval leaves the expiring list when the first clinic's gate holds it back; see claimsExpiringSoonItem.ts.)
// By default each preset's dueSoonDays (what review-due-soon announces). Pure: the caller passes the clock.
import {addDays, calendarDateIn, earliest, latest} from '../../locale/calendarDates.ts'
import {firstApprovalDayHolding} from '../../checks/claimApproval.ts'
import {presetsByJurisdiction, type Preset} from '../../presets/index.ts'
import type {Jurisdiction} from '../../presets/preset.ts'

/** Params for `claimsExpiringFilter`, both `YYYY-MM-DD`, inclusive. (A type, not an interface,
 * so it fits the Structure builder's `Record<string, unknown>` params.) */
export type ReviewDueWindow = {today: string; horizon: string}

/**
 * One jurisdiction's due-soon horizon (`YYYY-MM-DD`): its own today plus its preset's dueSoonDays;
 * and, as instants for GROQ's dateTime() (`YYYY-MM-DDT00:00:00Z`), the approval days from which an
 * approval still holds under its claim review period: today (the Studio's claim day, the latest of
 * all the presets', as `$today`), and past the horizon.
 */
export type JurisdictionWindow = {jurisdiction: Jurisdiction; horizon: string; lapsedIfApprovedBefore: string; endsByHorizonIfApprovedBefore: string}

type WindowPreset = Pick<Preset, 'jurisdiction' | 'timeZone' | 'dueSoonDays' | 'claimReviewPeriodMonths'>

/** The start of a UTC day, as GROQ's dateTime() reads it; approvedAt is an instant, read on the UTC calendar. */
const utcMidnight = (day: string): string => `${day}T00:00:00Z`

/** One preset's today on its own calendar, and that day plus its dueSoonDays. */
const presetWindow = (now: Date, {timeZone, dueSoonDays}: Pick<Preset, 'timeZone' | 'dueSoonDays'>): ReviewDueWindow => {
  const today = calendarDateIn(now, timeZone)
  return {today, horizon: addDays(today, dueSoonDays)}
}

/** Each preset's horizon, for the claims published in its jurisdiction (`claimsExpiringFilter`'s `$windows`). */
export const jurisdictionWindows = (now: Date, presets: readonly WindowPreset[] = Object.values(presetsByJurisdiction)): JurisdictionWindow[] => {
  const windows = presets.map((preset) => presetWindow(now, preset))
  // The Studio's claim day, as `$today` (claimToday): the latest of the presets' days.
  const today = latest(windows.map((window) => window.today))
  if (today === undefined) return []
  return presets.map((preset, index) => ({
    jurisdiction: preset.jurisdiction,
    horizon: windows[index]!.horizon,
    lapsedIfApprovedBefore: utcMidnight(firstApprovalDayHolding(today, preset.claimReviewPeriodMonths)),
    endsByHorizonIfApprovedBefore: utcMidnight(firstApprovalDayHolding(addDays(windows[index]!.horizon, 1), preset.claimReviewPeriodMonths)),
  }))
}

export const reviewDueWindow = (
  now: Date,
  presets: readonly Pick<Preset, 'timeZone' | 'dueSoonDays'>[] = Object.values(presetsByJurisdiction),
): ReviewDueWindow => {
  const windows = presets.map((preset) => presetWindow(now, preset))
  const today = earliest(windows.map((window) => window.today))
  const horizon = latest(windows.map((window) => window.horizon))
  if (today === undefined || horizon === undefined) throw new RangeError('reviewDueWindow: needs at least one preset')
  return {today, horizon}
}
