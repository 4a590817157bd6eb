// What the approve and renew dialogs say: until when the approval holds (its review-due date), with
// dates and numbers written as the clinics of the country whose policy sets the period write them
// (Intl); and, when the date the reviewer confirmed is refused because the period is shorter now (a
// stricter country's article linked the claim meanwhile), why, and the latest date allowed, which the
// dialog then offers. Pure.
import {countOf} from '../../locale/arabicCount.ts'
import {MONTHS_OF_PERIOD} from '../../locale/countedNouns.ts'
import {JURISDICTIONS, labelOf} from '../../content/vocabulary.ts'
import {localeOfJurisdiction} from '../../locale/jurisdictionLocale.ts'
import type {ReviewPeriod} from '../../workflow/reviewDue.ts'
import {formatDate, formatNumber} from '../../locale/localeFormat.ts'

/** An approval or renewal awaiting confirmation: its period, the review-due date (`YYYY-MM-DD`) it writes, and the date refused before, if any. */
export interface ReviewDueChoice extends ReviewPeriod {
  reviewDue: string
  refused?: string
}

const dateOf = (choice: ReviewDueChoice, isoDate: string): string => formatDate(localeOfJurisdiction(choice.jurisdiction), isoDate)

/** `confirm`, after a refusal preceded by why the date changed (`notYet`: what did not happen yet). */
const afterRefusal = (choice: ReviewDueChoice, notYet: string, confirm: string): string => {
  if (choice.refused === undefined) return confirm
  const locale = localeOfJurisdiction(choice.jurisdiction)
  const period = countOf(choice.months, MONTHS_OF_PERIOD, (value) => formatNumber(locale, value))
  return `${notYet}: تاريخ المراجعة ${dateOf(choice, choice.refused)} أبعد مما تسمح به سياسة النشر في ${labelOf(JURISDICTIONS, choice.jurisdiction)}، ` +
    `إذ تُبقي اعتماد الادعاء ${period} على الأكثر، فأبعد تاريخ مسموح به اليوم ${dateOf(choice, choice.reviewDue)}. صُحّح التاريخ إليه: ${confirm}`
}

/** The approve confirmation: the statement, quoted as it will be approved, and until when. */
export const approveConfirmation = (statement: unknown, choice: ReviewDueChoice): string =>
  afterRefusal(
    choice,
    'لم يُعتمد الادعاء بعد',
    `ستعتمد باسمك هذا النص ودليله كما هما الآن حتى ${dateOf(choice, choice.reviewDue)}، موعد إعادة مراجعته: «${typeof statement === 'string' ? statement : ''}». أي تعديل لاحق يلغي الاعتماد.`,
  )

/** The toast once approved. */
export const approveDone = (choice: ReviewDueChoice): string => `اعتُمد الادعاء حتى ${dateOf(choice, choice.reviewDue)}.`

/** The renew confirmation: whose approval, of what, until when. */
export const renewConfirmation = (choice: ReviewDueChoice): string =>
  afterRefusal(choice, 'لم يُجدَّد الاعتماد بعد', `ستجدّد باسمك اعتماد هذا النص ودليله حتى ${dateOf(choice, choice.reviewDue)}.`)

/** The toast once renewed. */
export const renewDone = (choice: ReviewDueChoice): string => `جُدّد الاعتماد حتى ${dateOf(choice, choice.reviewDue)}.`
