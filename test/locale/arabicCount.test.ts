// Counted nouns follow the number the way Arabic grammar does, for every CLDR category and across
// the hundreds, where the categories repeat (103 counts like 3, 111 like 11, 200 like 100).
import {describe, expect, it} from 'vitest'
import {countOf} from '../../src/locale/arabicCount.ts'
import {daysAhead, daysSince} from '../../src/locale/relativeDays.ts'
import * as nouns from '../../src/locale/countedNouns.ts'
import {DAYS_AFTER_PREPOSITION, MONTHS_OF_PERIOD, SEARCH_RESULTS, UNAPPROVED_CLAIMS} from '../../src/locale/countedNouns.ts'

describe('countOf', () => {
  it.each([
    [0, '0 يوم'],
    [1, 'يوم واحد'],
    [2, 'يومين'],
    [3, '3 أيام'],
    [10, '10 أيام'],
    [11, '11 يومًا'],
    [30, '30 يومًا'],
    [99, '99 يومًا'],
    [100, '100 يوم'],
    [101, '101 يوم'],
    [102, '102 يوم'],
    [103, '103 أيام'],
    [110, '110 أيام'],
    [111, '111 يومًا'],
    [200, '200 يوم'],
    [1000, '1000 يوم'],
  ])('%i days → %s', (count, said) => {
    expect(countOf(count, DAYS_AFTER_PREPOSITION)).toBe(said)
  })

  it('a review period of six months is «6 أشهر» and of twelve «12 شهرًا» (the SA and EG presets)', () => {
    expect(countOf(6, MONTHS_OF_PERIOD)).toBe('6 أشهر')
    expect(countOf(12, MONTHS_OF_PERIOD)).toBe('12 شهرًا')
    expect(countOf(2, MONTHS_OF_PERIOD)).toBe('شهرين')
  })

  it('writes the number with the formatter it is given, e.g. Arabic-Indic digits for ar-EG', () => {
    const arabicIndic = new Intl.NumberFormat('ar-EG')
    expect(countOf(5, SEARCH_RESULTS, (value) => arabicIndic.format(value))).toBe('٥ نتائج')
    expect(countOf(25, SEARCH_RESULTS, (value) => arabicIndic.format(value))).toBe('٢٥ نتيجة')
    expect(countOf(2, SEARCH_RESULTS, (value) => arabicIndic.format(value))).toBe('نتيجتان')
  })

  it('says none with the noun’s own phrase when it has one, and with the number otherwise', () => {
    expect(countOf(0, SEARCH_RESULTS)).toBe('لا توجد نتائج')
    expect(countOf(0, UNAPPROVED_CLAIMS)).toBe('0 ادعاء غير معتمد')
  })

  it('every noun has a distinct dual and plural, none of them empty', () => {
    for (const [name, noun] of Object.entries(nouns)) {
      for (const form of [noun.one, noun.two, noun.few, noun.many, noun.other]) expect(form.trim(), name).not.toBe('')
      expect(noun.two, name).not.toBe(noun.few)
      expect(noun.one, name).not.toBe(noun.two)
    }
  })
})

describe('days from today', () => {
  it.each([
    [0, 'اليوم', 'منذ اليوم'],
    [1, 'بعد يوم واحد', 'منذ يوم واحد'],
    [2, 'بعد يومين', 'منذ يومين'],
    [7, 'بعد 7 أيام', 'منذ 7 أيام'],
    [45, 'بعد 45 يومًا', 'منذ 45 يومًا'],
  ])('%i → %s / %s', (days, ahead, since) => {
    expect(daysAhead(days)).toBe(ahead)
    expect(daysSince(days)).toBe(since)
  })
})
