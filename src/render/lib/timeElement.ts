// A date shown in the clinic's locale, with the machine-readable date kept in <time datetime>.
import {h} from 'hastscript'
import type {Element} from 'hast'
import {formatDate} from '../../locale/localeFormat.ts'

export const timeElement = (locale: string, isoDate: string): Element =>
  h('time', {dateTime: isoDate}, formatDate(locale, isoDate))
