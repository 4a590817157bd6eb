// The second line of an entry of a claim's «سجل المراجعة»: who, when, and the comment. Sanity lays the
// audit list out left to right, where «GMT+03:00» and a user id are Latin and split the Arabic line
// into runs shown in the wrong order (the comment first, the offset away from its time). The line goes
// in a right-to-left isolate, the time and a user id each in a left-to-right one, the name and the
// comment each in a first-strong one (either may be written in English). Pure: the time zone is passed in.
import {FSI, LRI, PDI, RLI} from '../../locale/bidiIsolates.ts'
import {reviewEventTime} from './reviewEventTime.ts'

export interface ReviewEventSubtitleFields {
  /** The person's name, when the entry names a person document. */
  person?: string
  userId?: string
  at?: string
  comment?: string
}

export const reviewEventSubtitle = ({person, userId, at, comment}: ReviewEventSubtitleFields, timeZone?: string): string => {
  const time = reviewEventTime(at, timeZone)
  const parts = [person ? `${FSI}${person}${PDI}` : userId && `${LRI}${userId}${PDI}`, time && `${LRI}${time}${PDI}`, comment && `${FSI}${comment}${PDI}`].filter(Boolean)
  return `${RLI}${parts.join(' · ')}${PDI}`
}
