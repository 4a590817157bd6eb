// The calendar-day window of the "review due soon" list: from today to today + N days, inclusive.
// Pure: the caller passes the clock, so the window is testable and follows one rule everywhere.

/** How far ahead the "review due soon" list looks, in days. */
export const REVIEW_DUE_SOON_DAYS = 30

const DAY_MS = 24 * 60 * 60 * 1000

/** `YYYY-MM-DD` of an instant in UTC: Sanity `date` fields carry no zone, Sanad reads them as UTC days. */
export const isoDay = (instant: Date): string => instant.toISOString().slice(0, 10)

/** Params for `claimsReviewDueSoonFilter`: `$today` and `$horizon` as `YYYY-MM-DD`. */
export const reviewDueWindow = (now: Date, days: number = REVIEW_DUE_SOON_DAYS): {today: string; horizon: string} => {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`reviewDueWindow: days must be a non-negative integer, got ${days}`)
  return {today: isoDay(now), horizon: isoDay(new Date(now.getTime() + days * DAY_MS))}
}
