// How far a date is from today, said to a writer or reviewer: «اليوم», «بعد يومين», «منذ ٥ أيام».
// A count of none is said as «اليوم», never «0 يوم».
import {countOf} from './arabicCount.ts'
import {DAYS_AFTER_PREPOSITION} from './countedNouns.ts'

/** «اليوم», «بعد يوم واحد», «بعد ١١ يومًا»; `formatNumber` writes the count's digits, as countOf's does. */
export const daysAhead = (days: number, formatNumber?: (value: number) => string): string =>
  days === 0 ? 'اليوم' : `بعد ${countOf(days, DAYS_AFTER_PREPOSITION, formatNumber)}`

/** «منذ اليوم», «منذ يومين», «منذ ٣ أيام»; `formatNumber` as daysAhead's. */
export const daysSince = (days: number, formatNumber?: (value: number) => string): string =>
  `منذ ${days === 0 ? 'اليوم' : countOf(days, DAYS_AFTER_PREPOSITION, formatNumber)}`
