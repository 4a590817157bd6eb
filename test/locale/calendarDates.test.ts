// calendarDates: calendar arithmetic the review rules rely on.
import {describe, expect, test} from 'vitest'
import {addDays, addMonths, calendarDateIn, daysBetween} from '../../src/locale/calendarDates.ts'

describe('calendarDates', () => {
  test.each([
    {date: '2026-05-21', months: 6, expected: '2026-11-21'},
    {date: '2025-11-21', months: 12, expected: '2026-11-21'},
    {date: '2026-01-31', months: 1, expected: '2026-02-28'},
    {date: '2027-08-31', months: 6, expected: '2028-02-29'},
  ])('addMonths($date, $months) = $expected', ({date, months, expected}) => {
    expect(addMonths(date, months)).toBe(expected)
  })

  test('addDays and daysBetween cross month and year ends', () => {
    expect(addDays('2026-12-21', 15)).toBe('2027-01-05')
    expect(daysBetween('2026-11-21', '2027-01-05')).toBe(45)
    expect(daysBetween('2026-11-21', '2026-11-20')).toBe(-1)
  })

  test.each([
    // Four digits for a year before 1000, as YYYY-MM-DD has (Intl writes «202»).
    ['0202-09-20T10:15:00Z', 'UTC', '0202-09-20'],
    ['0999-12-31T22:00:00Z', 'Asia/Dubai', '1000-01-01'],
    // Outside 0000–9999 YYYY-MM-DD has no date: the first or the last it has, in the same order.
    ['9999-12-31T22:00:00Z', 'Asia/Dubai', '9999-12-31'],
    ['0000-06-01T00:00:00Z', 'UTC', '0000-01-01'],
  ])('calendarDateIn(%s, %s) = %s', (instant, zone, date) => {
    expect(calendarDateIn(new Date(instant), zone)).toBe(date)
  })

  test('calendarDateIn reads the date on the given zone\'s calendar', () => {
    expect(calendarDateIn(new Date('2026-11-21T22:30:00Z'), 'Asia/Dubai')).toBe('2026-11-22')
    expect(calendarDateIn(new Date('2026-11-21T22:30:00Z'), 'Africa/Cairo')).toBe('2026-11-22')
    expect(calendarDateIn(new Date('2026-11-21T21:30:00Z'), 'Africa/Cairo')).toBe('2026-11-21')
    expect(calendarDateIn(new Date('2026-11-21T21:30:00Z'), 'UTC')).toBe('2026-11-21')
    // Answers are remembered per zone and instant: a later instant, or the same in another zone, is asked anew.
    expect(calendarDateIn(new Date('2026-11-21T19:30:00Z'), 'Asia/Dubai')).toBe('2026-11-21')
    expect(calendarDateIn(new Date('2026-11-21T20:30:00Z'), 'Asia/Dubai')).toBe('2026-11-22')
    expect(calendarDateIn(new Date('2026-11-21T20:30:00Z'), 'Asia/Dubai')).toBe('2026-11-22')
    expect(calendarDateIn(new Date('2026-11-21T20:30:00Z'), 'Africa/Cairo')).toBe('2026-11-21')
  })

  // Instants asked in turn (claims approved at different times, cited by article after article),
  // and more of them than are remembered: each still gets its own zone's date.
  test('calendarDateIn answers instants asked in turn, past what it remembers', () => {
    const base = Date.parse('2026-03-01T20:00:00Z')
    const instants = Array.from({length: 5000}, (_, index) => new Date(base + index * 37 * 60_000))
    const expected = (instant: Date, offsetHours: number) => new Date(instant.getTime() + offsetHours * 3_600_000).toISOString().slice(0, 10)
    for (const round of [1, 2]) {
      for (const instant of instants) {
        expect([round, calendarDateIn(instant, 'Asia/Dubai')]).toEqual([round, expected(instant, 4)])
        expect([round, calendarDateIn(instant, 'Asia/Riyadh')]).toEqual([round, expected(instant, 3)])
      }
    }
  })
})
