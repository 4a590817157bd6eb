// What a writer reads under a claim in the Studio's lists: Arabic labels, never stored values, and a lapsed approval as lapsed.
// Its date is the strictest country's rule, written as that country writes dates: Egypt's while every preset's period ties.
import {describe, expect, test} from 'vitest'
import {claimPreviewSubtitle} from '../../src/studio/claimPreviewSubtitle.ts'

const NOW = new Date('2026-11-21T12:00:00Z')

describe('claimPreviewSubtitle', () => {
  test.each([
    {fields: {}, expected: 'مسودة'},
    {fields: {status: 'inReview', certainty: 'moderate'}, expected: 'قيد المراجعة · درجة اليقين: متوسطة'},
    {fields: {status: 'approved', reviewDue: '2027-03-01', certainty: 'low'}, expected: 'معتمد حتى ١ مارس ٢٠٢٧ · درجة اليقين: منخفضة'},
    {fields: {status: 'approved', reviewDue: '2026-11-21', certainty: 'high'}, expected: 'معتمد حتى ٢١ نوفمبر ٢٠٢٦ · درجة اليقين: مرتفعة'},
    {fields: {status: 'approved', reviewDue: '2026-06-30', certainty: 'veryLow'}, expected: 'منتهي الصلاحية منذ ٣٠ يونيو ٢٠٢٦ · درجة اليقين: منخفضة جدًا'},
    {fields: {status: 'approved'}, expected: 'معتمد'},
    {fields: {status: 'rejected'}, expected: 'مرفوض'},
  ])('$expected', ({fields, expected}) => {
    expect(claimPreviewSubtitle(fields, NOW)).toBe(expected)
  })

  // review.reviewDue set past the claim review period (12 months in every preset): the period's end is what the list shows.
  test.each([
    {fields: {status: 'approved', reviewDue: '2027-06-30', approvedAt: '2025-11-20T10:00:00.000Z'}, expected: 'منتهي الصلاحية منذ ٢٠ نوفمبر ٢٠٢٦'},
    {fields: {status: 'approved', reviewDue: '2027-06-30', approvedAt: '2026-03-01T10:00:00.000Z'}, expected: 'معتمد حتى ١ مارس ٢٠٢٧'},
    {fields: {status: 'approved', reviewDue: '2027-01-31', approvedAt: '2026-03-01T10:00:00.000Z'}, expected: 'معتمد حتى ٣١ يناير ٢٠٢٧'},
    {fields: {status: 'approved', reviewDue: '2027-06-30', approvedAt: 'not a date'}, expected: 'معتمد حتى ٣٠ يونيو ٢٠٢٧'},
  ])('with approvedAt: $expected', ({fields, expected}) => {
    expect(claimPreviewSubtitle(fields, NOW)).toBe(expected)
  })

  // Stored as is in a draft (the list reads it unchecked): shown as stored rather than shifted or thrown on.
  test.each([
    {fields: {status: 'approved', reviewDue: '2027-02-31'}, expected: 'معتمد حتى 2027-02-31'},
    {fields: {status: 'approved', reviewDue: '2027-13-01'}, expected: 'معتمد حتى 2027-13-01'},
    {fields: {status: 'approved', reviewDue: '2028-02-29'}, expected: 'معتمد حتى ٢٩ فبراير ٢٠٢٨'},
  ])('a review-due date that is not a calendar day: $expected', ({fields, expected}) => {
    expect(claimPreviewSubtitle(fields, NOW)).toBe(expected)
  })

  // The list does not know the claim's clinics: an approval reads as lapsed from the first midnight
  // at which some clinic's gate holds it back (Dubai's, 20:00Z), never hours after it (UTC's).
  test.each([
    {now: '2026-11-21T19:59:00Z', expected: 'معتمد حتى ٢١ نوفمبر ٢٠٢٦'},
    {now: '2026-11-21T20:30:00Z', expected: 'منتهي الصلاحية منذ ٢١ نوفمبر ٢٠٢٦'},
  ])('due on 2026-11-21, at $now: $expected', ({now, expected}) => {
    expect(claimPreviewSubtitle({status: 'approved', reviewDue: '2026-11-21'}, new Date(now))).toBe(expected)
  })
})
