// A line of the claim's «سجل المراجعة»: what was done, from which state to which, by whom, and when on
// the viewer's clock with its offset from UTC, as «وقت الاعتماد» above it shows the same instant.
import {describe, expect, test} from 'vitest'
import {reviewEvent} from '../../schemas/objects/reviewEvent.ts'
import {FSI, LRI, PDI, RLI} from '../../src/locale/bidiIsolates.ts'
import {reviewEventSubtitle} from '../../src/studio/previews/reviewEventSubtitle.ts'
import {reviewEventTime} from '../../src/studio/previews/reviewEventTime.ts'

describe('reviewEventTime', () => {
  test.each([
    // 21:30 UTC on the 23rd is already the 24th in Riyadh and Dubai, still the 23rd in Cairo.
    {timeZone: 'Asia/Riyadh', at: '2026-11-23T21:30:00.000Z', shown: '2026-11-24 00:30 GMT+03:00'},
    {timeZone: 'Asia/Dubai', at: '2026-11-23T21:30:00.000Z', shown: '2026-11-24 01:30 GMT+04:00'},
    {timeZone: 'Africa/Cairo', at: '2026-11-23T21:30:00.000Z', shown: '2026-11-23 23:30 GMT+02:00'},
    // Cairo keeps summer time: UTC+3 in July.
    {timeZone: 'Africa/Cairo', at: '2026-07-10T21:30:00.000Z', shown: '2026-07-11 00:30 GMT+03:00'},
    {timeZone: 'UTC', at: '2026-11-23T21:30:00.000Z', shown: '2026-11-23 21:30 GMT+00:00'},
    {timeZone: 'UTC', at: 'أمس', shown: undefined},
    {timeZone: 'UTC', at: undefined, shown: undefined},
  ])('$at in $timeZone: $shown', ({timeZone, at, shown}) => {
    expect(reviewEventTime(at, timeZone)).toBe(shown)
  })
})

test('the preview names the step, the states, who and when, on the viewer\'s clock, the second line isolated right to left', () => {
  const viewer = Intl.DateTimeFormat().resolvedOptions().timeZone
  const at = '2026-11-23T21:30:00.000Z'
  expect(reviewEvent.preview!.prepare!({action: 'approve', from: 'inReview', to: 'approved', at, person: 'د. فيصل القحطاني', userId: 'pFaisal', comment: 'الدليل كافٍ'})).toEqual({
    title: 'اعتماد: قيد المراجعة ← معتمد',
    subtitle: `${RLI}${FSI}د. فيصل القحطاني${PDI} · ${LRI}${reviewEventTime(at, viewer)}${PDI} · ${FSI}الدليل كافٍ${PDI}${PDI}`,
  })
})

describe('reviewEventSubtitle', () => {
  const at = '2026-11-23T21:30:00.000Z'
  test.each([
    {name: 'a person, a time and a comment', fields: {person: 'د. هالة منصور', userId: 'pHala', at, comment: 'الدليل كافٍ'}, shown: 'RLI FSI د. هالة منصور PDI · LRI 2026-11-24 00:30 GMT+03:00 PDI · FSI الدليل كافٍ PDI PDI'},
    {name: 'a user id where no person is named', fields: {userId: 'pHala', at}, shown: 'RLI LRI pHala PDI · LRI 2026-11-24 00:30 GMT+03:00 PDI PDI'},
    {name: 'a comment in English', fields: {person: 'د. هالة منصور', at, comment: 'See PMID 12345678'}, shown: 'RLI FSI د. هالة منصور PDI · LRI 2026-11-24 00:30 GMT+03:00 PDI · FSI See PMID 12345678 PDI PDI'},
  ])('$name', ({fields, shown}) => {
    const named = reviewEventSubtitle(fields, 'Asia/Riyadh').replaceAll(RLI, 'RLI ').replaceAll(LRI, 'LRI ').replaceAll(FSI, 'FSI ').replaceAll(PDI, ' PDI')
    expect(named).toBe(shown)
  })
})
