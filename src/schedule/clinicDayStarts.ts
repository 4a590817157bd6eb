// The next local midnight of each jurisdiction. Every date the gate reads (a claim's review due, an
// article's review dates, a disclaimer's effective date) changes a verdict only then, so the
// scheduler (and `sanad serve`) rebuilds that jurisdiction's clinics at that instant rather than at the nightly sweep.
import {addDays, calendarDateIn} from '../locale/calendarDates.ts'
import {presetsByJurisdiction} from '../presets/index.ts'
import type {Jurisdiction} from '../presets/preset.ts'

export interface DayStart {
  jurisdiction: Jurisdiction
  /** ISO instant of the first millisecond of the jurisdiction's next calendar day. */
  at: string
}

/** The first instant after `now` at which `timeZone`'s calendar shows the next day (DST-safe: searched, not computed). */
export const nextDayStart = (now: Date, timeZone: string): Date => {
  const tomorrow = addDays(calendarDateIn(now, timeZone), 1)
  let before = now.getTime()
  let from = before + 27 * 3_600_000
  while (from - before > 1) {
    const middle = Math.floor((before + from) / 2)
    if (calendarDateIn(new Date(middle), timeZone) >= tomorrow) from = middle
    else before = middle
  }
  return new Date(from)
}

export const upcomingDayStarts = (now: Date): DayStart[] =>
  Object.values(presetsByJurisdiction)
    .map(({jurisdiction, timeZone}) => ({jurisdiction, at: nextDayStart(now, timeZone).toISOString()}))
    .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))

/** How the log names the instant: `a new day began in AE at 2026-11-20T20:00:00.000Z (midnight Asia/Dubai)`. */
export const describeDayStart = (day: DayStart): string => `a new day began in ${day.jurisdiction} at ${day.at} (midnight ${presetsByJurisdiction[day.jurisdiction].timeZone})`
