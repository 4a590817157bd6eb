// The numbers of Arabic prose in the digits the clinic's locale writes: Latin (and Persian) digits as
// Arabic-Indic for ar-EG and ar-SA, Arabic-Indic (and Persian) ones as Latin for ar-AE. The numbers
// Intl formats for a locale (dates, counts) use its digits, and a page reads as one text only if the
// writers' own numbers match.
import {asciiDigits} from './asciiDigits.ts'
import {isLatinWord, latinWordStart} from './latinWord.ts'
import {writesArabicIndicDigits} from './writesArabicIndicDigits.ts'

const ARABIC_INDIC_ZERO = 0x0660
const EXTENDED_ARABIC_INDIC_ZERO = 0x06f0
// What Intl writes for ar-EG: `new Intl.NumberFormat('ar-EG', {style: 'percent'}).format(0.1)` is
// «١٠٪؜», the Arabic percent sign followed by an Arabic letter mark that keeps it on the number's side.
const ARABIC_DECIMAL_SEPARATOR = '\u066b'
const ARABIC_THOUSANDS_SEPARATOR = '\u066c'
const ARABIC_PERCENT = '\u066a\u061c'

// A run of text without spaces that holds a Latin letter is a Latin word or an identifier («B12»,
// «CO2», «EMS-2009-48213», a URL or DOI): its digits are part of it and stay as they are, as do
// those of a number between two Latin words (localDigits).
const CHUNK = /\S+/gu
const LATIN_LETTER = /(?=\p{Letter})\p{Script=Latin}/u
// A number: digits, with a point or comma only between digits, and a percent sign right after.
const NUMBER = /[0-9\u06f0-\u06f9]+(?:[.,][0-9\u06f0-\u06f9]+)*%?/g

const digit = (character: string): string => {
  const code = character.charCodeAt(0)
  return String.fromCharCode(ARABIC_INDIC_ZERO + code - (code >= EXTENDED_ARABIC_INDIC_ZERO ? EXTENDED_ARABIC_INDIC_ZERO : 0x30))
}

const localNumber = (number: string): string =>
  number.replace(/[0-9\u06f0-\u06f9.,%]/g, (character) => {
    if (character === '.') return ARABIC_DECIMAL_SEPARATOR
    if (character === ',') return ARABIC_THOUSANDS_SEPARATOR
    if (character === '%') return ARABIC_PERCENT
    return digit(character)
  })

const ANY_DIGIT = /[0-9\u06f0-\u06f9]/

const LETTER = /\p{Letter}/u
const endsInLatinWord = (chunk: string | undefined): boolean => chunk !== undefined && latinWordStart(chunk) >= 0

/** `text` with the numbers of its Arabic prose in Arabic-Indic digits; Latin words, identifiers and passages unchanged. */
export const localDigits = (text: string): string => {
  // Most text nodes of a page hold no digit: they are returned without splitting them into words.
  if (!ANY_DIGIT.test(text)) return text
  const chunks = text.match(CHUNK)!
  // The nearest chunks with a letter before and after a number: chunks without one («5», «-», «(10)»)
  // between two Latin words are all part of their passage, as latinRuns marks it. The one after is
  // looked for only after a Latin word, and kept for the next number before it.
  let previousWord: string | undefined
  let nextWord = -1
  let index = -1
  return text.replace(CHUNK, (chunk) => {
    index++
    const before = previousWord
    if (LETTER.test(chunk)) previousWord = chunk
    if (!ANY_DIGIT.test(chunk) || LATIN_LETTER.test(chunk)) return chunk
    // A number between two Latin words is part of a Latin passage («Minoxidil 5% solution»): Arabic-Indic
    // digits are laid out as Arabic and would split it, shown «solution ٪٥ Minoxidil» from the left.
    // A Latin word glued to an Arabic prefix («بـPRP 5 mg») opens the passage as latinRuns reads it.
    if (endsInLatinWord(before)) {
      if (nextWord <= index) for (nextWord = index + 1; nextWord < chunks.length && !LETTER.test(chunks[nextWord]!); ) nextWord++
      if (isLatinWord(chunks[nextWord] ?? '')) return chunk
    }
    return chunk.replace(NUMBER, localNumber)
  })
}

// An Arabic-Indic number as ar-EG's Intl writes it, decimal and thousands separators and percent sign included.
const ARABIC_NUMBER = /[\u0660-\u0669\u06f0-\u06f9]+(?:[\u066b\u066c.,][\u0660-\u0669\u06f0-\u06f9]+)*(?:\u066a\u061c?)?/g
const ANY_ARABIC_DIGIT = /[\u0660-\u0669\u06f0-\u06f9]/

const latinNumber = (number: string): string =>
  asciiDigits(number).replace(/[\u066b\u066c\u066a\u061c]/g, (character) => ({'\u066b': '.', '\u066c': ',', '\u066a': '%'})[character] ?? '')

/** `text` with the numbers of its Arabic prose in Latin digits (ar-AE); Latin words and identifiers unchanged. */
export const latinProseDigits = (text: string): string =>
  ANY_ARABIC_DIGIT.test(text) ? text.replace(CHUNK, (chunk) => (LATIN_LETTER.test(chunk) ? chunk : chunk.replace(ARABIC_NUMBER, latinNumber))) : text

/** How Arabic prose takes the digits `locale` writes: `localDigits` or `latinProseDigits`. */
export const proseDigitsFor = (locale: string): ((text: string) => string) => (writesArabicIndicDigits(locale) ? localDigits : latinProseDigits)

/** A reader-facing text (a title, a summary) with the digits `locale` writes. */
export const digitsAsWrittenIn = (locale: string, text: string): string => proseDigitsFor(locale)(text)
