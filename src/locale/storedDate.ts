// A date read as stored, unchecked (a draft's field, a confirmed date sent back), for a message: in the
// locale's long form when it is a calendar day, else as stored, so a garbled value is shown, not shifted
// (Intl reads 2027-02-31 as 3 March) or thrown on (formatDate throws on 2027-13-01).
import {isoDate} from '../content/fields.ts'
import {formatDate} from './localeFormat.ts'

export const formatStoredDate = (locale: string, value: string): string => (isoDate.safeParse(value).success ? formatDate(locale, value) : value)
