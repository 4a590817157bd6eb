// Reads a word typed one letter at a time («نتائج م ض م و ن ة»، «ب د و ن ألم») as the word, in
// normalised text, so a banned phrase cannot slip past the claim rules letter by letter.
import {isArabicLetter, type NormalizedBuffer} from './normalize.ts'

/**
 * Three letters or more standing alone in a row make a word; two are left apart, for they are
 * abbreviations («ص ب»، «٥ م و ٦ م») or «و» typed apart more often than a spelled-out word.
 */
const SPACED_RUN = 3
const SPACE = 0x20

/** Letters and digits of the folded text: a letter next to one is part of a word, not alone. */
const isWordUnit = (code: number): boolean =>
  isArabicLetter(code) || (code >= 0x0671 && code <= 0x06d3) || (code >= 0x30 && code <= 0x39) || (code >= 0x61 && code <= 0x7a)

const isLoneLetter = (codes: Uint16Array, at: number, length: number): boolean =>
  isArabicLetter(codes[at]!) && (at === 0 || !isWordUnit(codes[at - 1]!)) && (at + 1 >= length || !isWordUnit(codes[at + 1]!))

/** The end of the run of lone letters, spaces between, that starts at `start`; -1 when it is shorter than SPACED_RUN. */
const spacedRunEnd = (codes: Uint16Array, start: number, length: number): number => {
  let last = start
  let letters = 1
  for (;;) {
    let next = last + 1
    while (next < length && codes[next] === SPACE) next++
    if (next === last + 1 || next >= length || !isLoneLetter(codes, next, length)) break
    last = next
    letters++
  }
  return letters >= SPACED_RUN ? last + 1 : -1
}

/**
 * Drops the spaces inside each run of lone letters, in the codes and the source index alike, and
 * returns the buffer with its new length. In place: the buffers are normalizeToBuffer's scratch.
 * Runs are rare, so the text is only scanned until the first one (a look at each space).
 */
export const joinSpacedLetters = (buffer: NormalizedBuffer): NormalizedBuffer => {
  const {codes, sourceIndex, length} = buffer
  let written = -1
  let read = 0
  for (let at = 1; at < length; at++) {
    if (codes[at] !== SPACE || !isLoneLetter(codes, at - 1, length)) continue
    const start = at - 1
    const end = spacedRunEnd(codes, start, length)
    if (end === -1) continue
    if (written === -1) written = read = start
    // Copying trails reading by the spaces dropped so far, so nothing is overwritten before it is read.
    for (; read < end; read++) {
      if (read >= start && codes[read] === SPACE) continue
      codes[written] = codes[read]!
      sourceIndex[written++] = sourceIndex[read]!
    }
    at = end
  }
  if (written === -1) return buffer
  for (; read <= length; read++) {
    codes[written] = codes[read]!
    sourceIndex[written++] = sourceIndex[read]!
  }
  buffer.length = written - 1
  return buffer
}
