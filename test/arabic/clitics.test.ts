// cliticReadings: the proclitic sequences a word may start with, so "والمضمونة" is found as "مضمونة".
import {expect, test} from 'vitest'
import {cliticReadings} from '../../src/arabic/clitics.ts'
import {normalizeWord} from '../../src/arabic/normalize.ts'

const readings = (word: string) => cliticReadings(normalizeWord(word)).map(({proclitics, stem}) => `${proclitics.join('+')}|${stem}`)

test.each([
  ['والمضمونة', ['|والمضمونه', 'و|المضمونه', 'و+ال|مضمونه']],
  ['بالألم', ['|بالالم', 'ب|الالم', 'ب+ال|الم']],
  ['للأبد', ['|للابد', 'ل|لابد', 'ل+ال|ابد']],
  ['فلا', ['|فلا', 'ف|لا']],
  ['ستفقدين', ['|ستفقدين', 'س|تفقدين']],
  ['وبأحدث', ['|وباحدث', 'و|باحدث', 'و+ب|احدث']],
  // "ألم" is not article + "م": a stem keeps at least two letters.
  // Writers stretch the article with tatweel ("الـ"), vocalise it, or write wasla: the same readings.
  ['والـمضمونة', ['|والمضمونه', 'و|المضمونه', 'و+ال|مضمونه']],
  ['وَالمَضْمُونَةُ', ['|والمضمونه', 'و|المضمونه', 'و+ال|مضمونه']],
  ['بٱلألم', ['|بالالم', 'ب|الالم', 'ب+ال|الم']],
  ['للـبشرة', ['|للبشره', 'ل|لبشره', 'ل+ال|بشره']],
  // A Latin name glued to a proclitic: the stem is the name.
  ['وPRP', ['|وprp', 'و|prp']],
  ['بالـPRP', ['|بالprp', 'ب|الprp', 'ب+ال|prp']],
  ['ألم', ['|الم']],
  ['سالم', ['|سالم']],
  // Two letters after the article are a stem ("الفم"); two letters in all are a word, not و or ف + one letter.
  ['الفم', ['|الفم', 'ال|فم']],
  ['فم', ['|فم']],
  // The future marker before the imperfect of "we", as before "he" and "you".
  ['سنضمن', ['|سنضمن', 'س|نضمن']],
])('%s', (word, expected) => {
  expect(readings(word)).toEqual(expected)
})
