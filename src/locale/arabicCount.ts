// A number with the noun it counts, in Arabic. The noun's form follows the number: «يوم واحد»,
// «يومان», «٥ أيام», «١١ يومًا», «١٠٠ يوم». CLDR's plural categories for Arabic are exactly these
// cases (zero 0; one 1; two 2; few 3–10, 103–110…; many 11–99, 111–199…; other 100–102, 1000…), so
// the category comes from Intl.PluralRules and only the noun's forms are written by hand
// (countedNouns.ts), where an editor can read them.
import {pluralRules} from './intlCache.ts'

/**
 * One noun's forms for where the count stands in the sentence: the dual differs by case («يومان»
 * as a subject, «يومين» after «بعد» or «منذ»), so a noun may have one entry per use.
 */
export interface CountedNoun {
  /** Said without the digit: «يوم واحد». */
  one: string
  /** The dual, said without the digit: «يومان» or «يومين». */
  two: string
  /** After 3–10 (and 103–110…): the plural, «أيام». */
  few: string
  /** After 11–99 (and 111–199…): the singular as tamyiz, «يومًا». */
  many: string
  /** After 100, 1000…: the singular in iḍāfa, «يوم». Also after 0 unless `zero` is given. */
  other: string
  /** The whole phrase for none, when Arabic says it without a number: «لا توجد نتائج». */
  zero?: string
}

/**
 * The noun's form after a number of `category`, or after a range whose category it is (ranges have
 * one through Intl.PluralRules#selectRange): «٣–٦ جلسات», «١٠–١٢ جلسة».
 */
export const formAfter = (category: Intl.LDMLPluralRule, noun: CountedNoun): string =>
  category === 'few' ? noun.few : category === 'many' ? noun.many : category === 'two' ? noun.two : noun.other

/**
 * e.g. `countOf(5, DAYS)` → «5 أيام». `formatNumber` writes the digits: the locale of the dates beside
 * them (a clinic's on its site and in its findings), Western digits where those are ISO.
 */
export const countOf = (count: number, noun: CountedNoun, formatNumber: (value: number) => string = String): string => {
  const category = pluralRules('ar').select(count)
  if (category === 'one') return noun.one
  if (category === 'two') return noun.two
  if (category === 'zero' && noun.zero !== undefined) return noun.zero
  return `${formatNumber(count)} ${formAfter(category, noun)}`
}
