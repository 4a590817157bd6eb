// Dates, numbers and Arabic counted units in the clinic's locale, all through Intl so plural forms
// and digits (Arabic-Indic in ar-EG) follow CLDR rather than hand-written rules.
import {countOf, formAfter} from './arabicCount.ts'
import {MONTHS_OF_PERIOD, SESSIONS} from './countedNouns.ts'
import {dateTimeFormat, numberFormat, pluralRules} from './intlCache.ts'

/**
 * `YYYY-MM-DD` as a long date; read as UTC so the host time zone can never shift the day. Always
 * Gregorian, the calendar of the page's `<time datetime>` and of every date a writer enters: ICU may
 * default ar-SA to the Umm al-Qura calendar, and a Hijri date would then sit unlabelled beside them.
 */
export const formatDate = (locale: string, isoDate: string): string =>
  dateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC', calendar: 'gregory'}).format(new Date(`${isoDate}T00:00:00Z`))

export const formatNumber = (locale: string, value: number): string =>
  numberFormat(locale, {useGrouping: false}).format(value)

/** A policy's period, e.g. «١٢ شهرًا», «٦ أشهر», «شهر واحد». */
export const formatPeriodMonths = (locale: string, months: number): string => countOf(months, MONTHS_OF_PERIOD, (value) => formatNumber(locale, value))

interface Range {
  min?: number | undefined
  max?: number | undefined
}

const bounds = ({min, max}: Range): [number, number] | undefined => {
  const low = min ?? max
  const high = max ?? min
  if (low === undefined || high === undefined) return undefined
  return low <= high ? [low, high] : [high, low]
}

const formatUnitRange = (locale: string, unit: 'week' | 'minute', range: Range): string | undefined => {
  const found = bounds(range)
  if (!found) return undefined
  const format = numberFormat(locale, {style: 'unit', unit, unitDisplay: 'long'})
  return found[0] === found[1] ? format.format(found[0]) : format.formatRange(found[0], found[1])
}

/** e.g. "١–٤ أسابيع". */
export const formatWeeks = (locale: string, range: Range): string | undefined => formatUnitRange(locale, 'week', range)

/** e.g. "٣٠–٤٥ دقيقة". */
export const formatMinutes = (locale: string, range: Range): string | undefined =>
  formatUnitRange(locale, 'minute', range)

// Intl.PluralRules#selectRange ships in Node but not in TypeScript's bundled ES2023 lib.
type PluralRulesWithRange = Intl.PluralRules & {selectRange(start: number, end: number): Intl.LDMLPluralRule}

/** e.g. "٣–٦ جلسات", "جلسة واحدة", "جلستان", "١٢ جلسة". */
export const formatSessionCount = (locale: string, range: Range): string | undefined => {
  const found = bounds(range)
  if (!found) return undefined
  const [low, high] = found
  // Intl has no "session" unit: the noun follows the count as every counted noun does (arabicCount.ts).
  if (low === high) return countOf(low, SESSIONS, (value) => formatNumber(locale, value))
  const numbers = numberFormat(locale, {useGrouping: false}).formatRange(low, high)
  return `${numbers} ${formAfter((pluralRules(locale) as PluralRulesWithRange).selectRange(low, high), SESSIONS)}`
}
