// calendarDates: calendar arithmetic the review rules rely on.
import {describe, expect, test} from 'vitest'
import {addDays, addMonths, calendarDateIn, daysBetween} from '../../src/checks/calendarDates.ts'

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

  test('calendarDateIn reads the date on the given zone\'s calendar', () => {
    expect(calendarDateIn(new Date('2026-11-21T22:30:00Z'), 'Asia/Dubai')).toBe('2026-11-22')
    expect(calendarDateIn(new Date('2026-11-21T22:30:00Z'), 'Africa/Cairo')).toBe('2026-11-22')
    expect(calendarDateIn(new Date('2026-11-21T21:30:00Z'), 'Africa/Cairo')).toBe('2026-11-21')
    expect(calendarDateIn(new Date('2026-11-21T21:30:00Z'), 'UTC')).toBe('2026-11-21')
    // The last answer per zone is kept for the same instant only: a later one is asked anew.
    expect(calendarDateIn(new Date('2026-11-21T19:30:00Z'), 'Asia/Dubai')).toBe('2026-11-21')
    expect(calendarDateIn(new Date('2026-11-21T20:30:00Z'), 'Asia/Dubai')).toBe('2026-11-22')
    expect(calendarDateIn(new Date('2026-11-21T20:30:00Z'), 'Asia/Dubai')).toBe('2026-11-22')
  })
})
