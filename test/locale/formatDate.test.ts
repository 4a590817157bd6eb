// formatDate: a review date as the clinic's readers see it, in the Gregorian calendar whatever the
// locale's default calendar.
import {describe, expect, it} from 'vitest'
import {formatDate} from '../../src/locale/localeFormat.ts'

describe('formatDate', () => {
  it.each([
    ['ar-EG', '2026-11-21', '٢١ نوفمبر ٢٠٢٦'],
    ['ar-SA', '2026-11-21', '٢١ نوفمبر ٢٠٢٦'],
    ['ar-AE', '2026-11-21', '21 نوفمبر 2026'],
    // A locale whose calendar is Umm al-Qura (as ICU may default ar-SA) still shows the Gregorian day.
    ['ar-SA-u-ca-islamic-umalqura', '2026-11-21', '٢١ نوفمبر ٢٠٢٦'],
    // The first and last day of a month keep their day wherever the host's clock is.
    ['ar-EG', '2027-01-01', '١ يناير ٢٠٢٧'],
    ['ar-AE', '2028-02-29', '29 فبراير 2028'],
  ])('%s %s → %s', (locale, isoDate, expected) => {
    expect(formatDate(locale, isoDate)).toBe(expected)
  })
})
