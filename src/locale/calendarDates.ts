// Calendar-date arithmetic on `YYYY-MM-DD` strings: due dates in Sanity are dates, not instants, so
// "is it overdue" is decided on the jurisdiction's calendar, never on UTC milliseconds.
import {dateTimeFormat} from './intlCache.ts'

const pad = (value: number, width = 2): string => String(value).padStart(width, '0')

// Per time zone, its formatter and the dates of the instants asked about. A build asks about the same
// few instants thousands of times: its `now` for every remembered file and gate verdict (keyed on the
// clinic's day), and each claim's approval instant for every article and clinic citing it, where
// formatToParts, and the formatter cache's key, took 2 % of a 1,000-article build. Bounded, since a
// running process meets new instants with every build.
const REMEMBERED_PER_ZONE = 4096
const zones = new Map<string, {format: Intl.DateTimeFormat; dates: Map<number, string>}>()

// Intl writes year 202 as «202» and 1 BC as «1» with its era: a date must have four digits (a typo of
// 0202 for 2022 in an approval is a finding about that claim, not a date nothing can read), and days
// outside years 0000–9999, which YYYY-MM-DD cannot write (the Dubai day of a "forever" instant in the
// last hours of 9999), are the first or last day it can, so they still sort before or after every other.
const calendarDate = (year: number, era: string, monthAndDay: string): string => {
  if (era === 'BC' || year < 0) return '0000-01-01'
  if (year > 9999) return '9999-12-31'
  return `${pad(year, 4)}-${monthAndDay}`
}

/** The calendar date at `now` in `timeZone`, e.g. 2026-11-21T22:30Z is already 2026-11-22 in Dubai. */
export const calendarDateIn = (now: Date, timeZone: string): string => {
  const time = now.getTime()
  let zone = zones.get(timeZone)
  if (!zone) zones.set(timeZone, (zone = {format: dateTimeFormat('en-US', {timeZone, era: 'short', year: 'numeric', month: '2-digit', day: '2-digit'}), dates: new Map()}))
  const known = zone.dates.get(time)
  if (known !== undefined) return known
  const parts = zone.format.formatToParts(now)
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? ''
  const date = calendarDate(Number(part('year')), part('era'), `${part('month')}-${part('day')}`)
  if (zone.dates.size >= REMEMBERED_PER_ZONE) zone.dates.clear()
  zone.dates.set(time, date)
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


export const earliest = (dates: readonly string[]): string | undefined =>
  dates.length === 0 ? undefined : dates.reduce((a, b) => (b < a ? b : a))

export const latest = (dates: readonly string[]): string | undefined =>
  dates.length === 0 ? undefined : dates.reduce((a, b) => (b > a ? b : a))

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((toUtc(to).getTime() - toUtc(from).getTime()) / 86_400_000)
