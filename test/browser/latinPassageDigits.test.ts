// A Latin passage with a number in an Arabic sentence, as an ar-EG or ar-SA page writes it
// (localDigits), is laid out by Chromium left to right whole inside the right-to-left line: the
// number keeps its Latin digits, so «Minoxidil 5% solution» is not split into «solution ٪٥ Minoxidil».
import {describe, expect, it} from 'vitest'
import {localDigits} from '../../src/locale/localDigits.ts'
import {hasChromium} from './support/chromium.ts'
import {suiteChromium} from './support/suiteChromium.ts'
import {characterCentres} from './support/lineLayout.ts'

describe.skipIf(!hasChromium)('Latin passages with numbers in Chromium', () => {
  const suite = suiteChromium()

  it.each([
    ['يُستخدم محلول Minoxidil 5% solution مرتين يوميًا.', 'Minoxidil 5% solution'],
    ['مكمّل (vitamin B12 1000 mcg) يوميًا', 'vitamin B12 1000 mcg'],
  ])('%s: the passage reads left to right, in order', async (sentence, passage) => {
    const line = localDigits(sentence)
    // The passage's first and last words are Latin letters only, so they are found in the line whatever its digits.
    const words = passage.split(' ')
    const start = line.indexOf(words[0]!)
    const end = line.indexOf(words.at(-1)!, start) + words.at(-1)!.length
    const letters = [...line.slice(start, end)].flatMap((character, index) => (character === ' ' ? [] : [start + index]))
    const xs = await characterCentres(suite.browser, line, 'rtl', letters)
    expect(xs.every((x, index) => index === 0 || x > xs[index - 1]!)).toBe(true)
  })
})
