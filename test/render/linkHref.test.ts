// Contact numbers as clinics type them (spaces, Arabic-Indic digits, local or international form)
// become dial and WhatsApp links that work.
import {describe, expect, it} from 'vitest'
import {telHref, whatsappHref} from '../../src/render/lib/linkHref.ts'

describe('whatsappHref', () => {
  it.each([
    ['+20 100 123 4567', '20', 'https://wa.me/201001234567'],
    ['+٢٠ ١٠٠ ١٢٣ ٤٥٦٧', '20', 'https://wa.me/201001234567'],
    ['00966 55 123 4567', '966', 'https://wa.me/966551234567'],
    ['050 000 0303', '971', 'https://wa.me/971500000303'],
    ['٠١٠٠ ١٢٣ ٤٥٦٧', '20', 'https://wa.me/201001234567'],
    ['0100-123-4567', '20', 'https://wa.me/201001234567'],
    ['۰۵۰ ۰۰۰ ۰۳۰۳', '971', 'https://wa.me/971500000303'],
    // Bidi marks typed to keep a number left-to-right in an Arabic line are not part of the number.
    ['\u200E+20 100 123 4567', '20', 'https://wa.me/201001234567'],
    ['\u2066+971 50 000 0303\u2069', '971', 'https://wa.me/971500000303'],
    ['\u202A00966 55 123 4567\u202C', '966', 'https://wa.me/966551234567'],
    ['\u200F٠١٠٠ ١٢٣ ٤٥٦٧\u200F', '20', 'https://wa.me/201001234567'],
  ])('%s with calling code %s → %s', (phone, callingCode, expected) => {
    expect(whatsappHref(phone, callingCode)).toBe(expected)
  })

  it('gives no link for text without digits', () => {
    expect(whatsappHref('واتساب', '20')).toBeUndefined()
  })
})

describe('telHref', () => {
  it.each([
    ['+20 100 123 4567', 'tel:+201001234567'],
    ['٠٥٠ ٠٠٠ ٠٣٠٣', 'tel:0500000303'],
    ['۰۵۰ ۰۰۰ ۰۳۰۳', 'tel:0500000303'],
    ['\u200E+20 100 123 4567', 'tel:+201001234567'],
    ['\u2067+٢٠ ١٠٠ ١٢٣ ٤٥٦٧\u2069', 'tel:+201001234567'],
    ['\u202D00966 55 123 4567\u202C', 'tel:+966551234567'],
    ['\u061C٠٥٠ ٠٠٠ ٠٣٠٣', 'tel:0500000303'],
  ])('%s → %s', (phone, expected) => {
    expect(telHref(phone)).toBe(expected)
  })
})
