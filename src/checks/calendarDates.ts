// Calendar-date arithmetic on `YYYY-MM-DD` strings: due dates in Sanity are dates, not instants, so
// "is it overdue" is decided on the jurisdiction's calendar, never on UTC milliseconds.
import {dateTimeFormat} from '../locale/intlCache.ts'

const pad = (value: number, width = 2): string => String(value).padStart(width, '0')

// Per time zone, the last instant asked about and its date. A build asks with one `now` thousands of
// times (every remembered file and gate verdict is keyed on the clinic's day), and formatToParts
// took a few milliseconds of every save.
const lastAsked = new Map<string, {time: number; date: string}>()

/** The calendar date at `now` in `timeZone`, e.g. 2026-11-21T22:30Z is already 2026-11-22 in Dubai. */
export const calendarDateIn = (now: Date, timeZone: string): string => {
  const time = now.getTime()
  const last = lastAsked.get(timeZone)
  if (last?.time === time) return last.date
  const parts = dateTimeFormat('en-US', {timeZone, year: 'numeric', month: '2-digit', day: '2-digit'}).formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? ''
  const date = `${part('year')}-${part('month')}-${part('day')}`
  lastAsked.set(timeZone, {time, date})
  return date
}

const toUtc = (date: string): Date => new Date(`${date}T00:00:00Z`)
const fromUtc = (date: Date): string =>
  `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`

export const addDays = (date: string, days: number): string => {
  const value = toUtc(date)
  value.setUTCDate(value.getUTCDate() + days)
  return fromUtc(value)
}

/** Adds calendar months, clamping to the month's last day (2026-01-31 + 1 month = 2026-02-28). */
export const addMonths = (date: string, months: number): string => {
  const value = toUtc(date)
  const day = value.getUTCDate()
  value.setUTCDate(1)
  value.setUTCMonth(value.getUTCMonth() + months)
  const lastDay = new Date(Date.UTC(value.getUTCFullYear(), value.getUTCMonth() + 1, 0)).getUTCDate()
  value.setUTCDate(Math.min(day, lastDay))
  return fromUtc(value)
}

/** `YYYY-MM-DD` strings order lexically exactly as the dates do. */
export const isBefore = (date: string, other: string): boolean => date < other

export const earliest = (dates: readonly string[]): string | undefined =>
  dates.length === 0 ? undefined : dates.reduce((a, b) => (b < a ? b : a))

export const latest = (dates: readonly string[]): string | undefined =>
  dates.length === 0 ? undefined : dates.reduce((a, b) => (b > a ? b : a))

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000)
