// When an article's medical review falls due for a clinic, as review-overdue enforces it: its
// «المراجعة القادمة» or its last review plus the jurisdiction's period, whichever comes first. The
// checks read it from here, and so do the page, the API's nextReviewDue and the licence's validUntil,
// so no reader or copying site is promised a day on which the gate has already taken the article down.
import type {Article} from '../content/documents/article.ts'
import {addMonths} from '../locale/calendarDates.ts'

/** The last day the policy lets an article stand after its review on `lastReviewed`. */
export const articleReviewLimit = (lastReviewed: string, reviewPeriodMonths: number): string => addMonths(lastReviewed, reviewPeriodMonths)

/** The day the review falls due and the field that sets it (the recorded date when the two agree); undefined with neither date. */
export const articleReviewDue = (
  article: Pick<Article, 'lastReviewed' | 'nextReviewDue'>,
  reviewPeriodMonths: number,
): {day: string; path: 'nextReviewDue' | 'lastReviewed'} | undefined => {
  const limit = article.lastReviewed === undefined ? undefined : articleReviewLimit(article.lastReviewed, reviewPeriodMonths)
  if (article.nextReviewDue !== undefined && (limit === undefined || article.nextReviewDue <= limit)) return {day: article.nextReviewDue, path: 'nextReviewDue'}
  return limit === undefined ? undefined : {day: limit, path: 'lastReviewed'}
}
