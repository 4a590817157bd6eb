// Dates, numbers and Arabic counted units in the clinic's locale, all through Intl so plural forms
// and digits (Arabic-Indic in ar-EG) follow CLDR rather than hand-written rules.
import {dateTimeFormat, numberFormat, pluralRules} from '../../locale/intlCache.ts'

/** `YYYY-MM-DD` as a long date; read as UTC so the host time zone can never shift the day. */
export const formatDate = (locale: string, isoDate: string): string =>
  dateTimeFormat(locale, {dateStyle: 'long', timeZone: 'UTC'}).format(new Date(`${isoDate}T00:00:00Z`))

export const formatNumber = (locale: string, value: number): string =>
  numberFormat(locale, {useGrouping: false}).format(value)

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

// Intl has no "session" unit, so the noun is chosen by the CLDR plural category of the count.
const SESSION_NOUN: Record<Intl.LDMLPluralRule, string> = {
  zero: 'جلسة',
  one: 'جلسة',
  two: 'جلستان',
  few: 'جلسات',
  many: 'جلسة',
  other: 'جلسة',
}

// Intl.PluralRules#selectRange ships in Node but not in TypeScript's bundled ES2023 lib.
type PluralRulesWithRange = Intl.PluralRules & {selectRange(start: number, end: number): Intl.LDMLPluralRule}

/** e.g. "٣–٦ جلسات", "جلسة واحدة", "جلستان", "١٢ جلسة". */
export const formatSessionCount = (locale: string, range: Range): string | undefined => {
  const found = bounds(range)
  if (!found) return undefined
  const [low, high] = found
  const plural = pluralRules(locale) as PluralRulesWithRange
  if (low === high) {
    if (low === 1) return 'جلسة واحدة'
    if (low === 2) return SESSION_NOUN.two
    return `${formatNumber(locale, low)} ${SESSION_NOUN[plural.select(low)]}`
  }
  const numbers = numberFormat(locale, {useGrouping: false}).formatRange(low, high)
  return `${numbers} ${SESSION_NOUN[plural.selectRange(low, high)]}`
}
