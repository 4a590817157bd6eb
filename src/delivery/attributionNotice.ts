// The Arabic line a site that republishes an article prints under it (attribution.notice): the
// clinic, the article's address and the medical reviewer with the review date. Other sites drop it
// into their pages as plain text, right to left or left to right, where the bidi algorithm would
// otherwise pull a URL's trailing «/» and the «)» after it to the wrong side, or run a Latin name
// into the address. So each inserted value is a bidi isolate, and so is the whole line (it reads
// right to left on a left-to-right page too). The bidi-control rule rejects isolates in content,
// where a writer's control can hide a reordering; here Sanad places them itself, each around a
// whole value, so they can only keep the sentence in order.
import {withoutReorderingControls} from '../checks/formatCharacters.ts'
import {FSI, LRI, PDI, RLI} from '../locale/bidiIsolates.ts'
import {formatDate} from '../locale/localeFormat.ts'


/**
 * A name or date of either direction: FSI takes the direction of its first strong letter. Names are
 * not checked by the text rules, so a control pasted into one is dropped rather than let it close the
 * isolate early.
 */
const isolated = (text: string): string => `${FSI}${withoutReorderingControls(text)}${PDI}`

export interface NoticeFacts {
  clinicName: string
  /**
   * The article's page; always read left to right, so LRI rather than FSI. None while the clinic has
   * no domain: printed on another site, a root-relative address would point into that site.
   */
  url: string | undefined
  reviewerName: string
  /** `YYYY-MM-DD`; shown as the page shows review dates, in the clinic's locale. */
  lastReviewed: string | undefined
  locale: string
}

export const attributionNotice = ({clinicName, url, reviewerName, lastReviewed, locale}: NoticeFacts): string => {
  // A noun, not «راجع(ت) المقال»: a verb would have to agree with a reviewer's gender the data does
  // not record, as the page's byline avoids it too.
  const reviewed = lastReviewed ? `، بتاريخ ${isolated(formatDate(locale, lastReviewed))}` : ''
  const address = url ? ` (${LRI}${withoutReorderingControls(url)}${PDI})` : ''
  return `${RLI}المصدر: ${isolated(clinicName)}${address}؛ المراجعة الطبية: ${isolated(reviewerName)}${reviewed}.${PDI}`
}
