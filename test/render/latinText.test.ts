// Which citation titles are marked English: Latin letters and no Arabic, whatever else the title holds.
import {describe, expect, it} from 'vitest'
import {latinTextLanguage} from '../../src/render/lib/latinText.ts'

describe('latinTextLanguage', () => {
  it.each([
    ['Mesotherapy for hair loss: a systematic review', 'en'],
    ['Platelet-rich plasma (PRP) in androgenetic alopecia, 2019–2021', 'en'],
    ['Efficacité de la mésothérapie', 'en'],
    // A bidi control or a stray digit does not make a Latin title Arabic.
    ['\u202BMinoxidil 5% foam\u202C', 'en'],
    ['Minoxidil ٥٪ foam', 'en'],
    ['Minoxidil ۵٪ foam', 'en'],
    // ALM, RLM, LRM and isolates are Arabic-script or neutral format characters, not letters.
    ['Minoxidil\u061C 5% foam', 'en'],
    ['\u200FPlatelet-rich plasma\u200E', 'en'],
    ['\u2067Finasteride\u2069 1 mg', 'en'],
  ])('%s → %s', (title, language) => {
    expect(latinTextLanguage(title)).toBe(language)
  })

  it.each([
    'الميزوثيرابي لتساقط الشعر: مراجعة منهجية',
    // With tashkeel, tatweel, hamza forms and ta marbuta.
    'فَعَّالِيَّة الميزوثـــيرابي في إِعادة نمو الشعر',
    // Mixed Arabic and Latin keeps the page's language: the element's dir="auto" orders it.
    'دراسة عن PRP في تساقط الشعر',
    'Mesotherapy — مراجعة',
    // One Arabic letter is enough, a lone hamza or an alef wasla too.
    'Minoxidil ء',
    'Minoxidil ٱ',
    '٢٠٢١',
    '2021',
    '',
  ])('%s → page language', (title) => {
    expect(latinTextLanguage(title)).toBeUndefined()
  })
})
