// What the renewal dialog says: until when the approval is renewed, with dates and numbers written as
// the clinics of the country whose policy sets the period write them (Intl); and, when the date the
// reviewer confirmed is refused because the period is shorter now (a stricter country's article
// linked the claim meanwhile), why, and the latest date allowed, which the dialog then offers. Pure.
import {countOf} from '../../locale/arabicCount.ts'
import {MONTHS_OF_PERIOD} from '../../locale/countedNouns.ts'
import {CLINIC_LOCALES, JURISDICTIONS, labelOf} from '../../content/vocabulary.ts'
import type {Jurisdiction} from '../../presets/preset.ts'
import type {ReviewPeriod} from '../../workflow/reviewDue.ts'
import {formatDate, formatNumber} from '../../render/lib/localeFormat.ts'

/** A renewal awaiting confirmation: its period, the review-due date (`YYYY-MM-DD`) it writes, and the date refused before, if any. */
export interface Renewal extends ReviewPeriod {
  reviewDue: string
  refused?: string
}

const LOCALE_OF: Readonly<Record<Jurisdiction, (typeof CLINIC_LOCALES)[number]['value']>> = {EG: 'ar-EG', SA: 'ar-SA', AE: 'ar-AE'}

const dateOf = (renewal: Renewal, isoDate: string): string => formatDate(LOCALE_OF[renewal.jurisdiction], isoDate)

/** The confirmation: whose approval, of what, until when; after a refusal, why the date changed first. */
export const renewConfirmation = (renewal: Renewal): string => {
  const confirm = `ستجدّد باسمك اعتماد هذا النص ودليله حتى ${dateOf(renewal, renewal.reviewDue)}.`
  if (renewal.refused === undefined) return confirm
  const locale = LOCALE_OF[renewal.jurisdiction]
  const period = countOf(renewal.months, MONTHS_OF_PERIOD, (value) => formatNumber(locale, value))
  return `لم يُجدَّد الاعتماد بعد: تاريخ المراجعة ${dateOf(renewal, renewal.refused)} أبعد مما تسمح به سياسة النشر في ${labelOf(JURISDICTIONS, renewal.jurisdiction)}، ` +
    `إذ تُبقي اعتماد الادعاء ${period} على الأكثر، فأبعد تاريخ مسموح به اليوم ${dateOf(renewal, renewal.reviewDue)}. صُحّح التاريخ إليه: ${confirm}`
}

/** The toast once renewed. */
export const renewDone = (renewal: Renewal): string => `جُدّد الاعتماد حتى ${dateOf(renewal, renewal.reviewDue)}.`
