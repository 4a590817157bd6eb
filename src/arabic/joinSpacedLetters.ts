// Reads a word typed one letter at a time («نتائج م ض م و ن ة»، «ب د و ن ألم») as the word, in
// normalised text, so a banned phrase cannot slip past the claim rules letter by letter; words
// spelled out side by side («ب د و ن أ ل م») are parted where the matcher's lexicon knows them.
import {isArabicLetter, type NormalizedBuffer} from './normalize.ts'

/** Whether `codes[start, end)` is a word the caller knows (the claim matcher: its lexicon, proclitics included). */
export type KnowsWord = (codes: Uint16Array, start: number, end: number) => boolean

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

/** The longest word looked for in a run: a run is parted into lexicon words no longer than this. */
const LONGEST_WORD = 24
/** Two letters at least: a lone letter («و») is read as a proclitic of the word after it, not a word. */
const SHORTEST_WORD = 2

// wordStarts' scratch, grown as a longer run needs.
let runLetters = new Uint16Array(64)
let pieces = new Int32Array(65)
let pieceStart = new Int32Array(65)

/**
 * Where the letters of the run `codes[start, end)` part into the fewest words `knowsWord` knows
 * («بدونالم»: «بدون» «الم»), as a flag per letter that opens a word after the first, or undefined
 * when the run is one known word or does not part wholly into known ones: it is then read whole, as
 * a word the lexicon does not know cannot make a claim with its neighbours either.
 */
const wordStarts = (codes: Uint16Array, start: number, end: number, knowsWord: KnowsWord): Uint8Array | undefined => {
  let count = 0
  if (runLetters.length < end - start) {
    runLetters = new Uint16Array(end - start)
    pieces = new Int32Array(end - start + 1)
    pieceStart = new Int32Array(end - start + 1)
  }
  for (let at = start; at < end; at++) if (codes[at] !== SPACE) runLetters[count++] = codes[at]!
  // pieces[j]: the fewest known words letters [0, j) part into (0 when they do not), the last from pieceStart[j].
  pieces.fill(0, 0, count + 1)
  for (let to = SHORTEST_WORD; to <= count; to++) {
    for (let from = Math.max(0, to - LONGEST_WORD); from <= to - SHORTEST_WORD; from++) {
      if (from > 0 && pieces[from] === 0) continue
      const parts = (from === 0 ? 0 : pieces[from]!) + 1
      if ((pieces[to] === 0 || parts < pieces[to]!) && knowsWord(runLetters, from, to)) {
        pieces[to] = parts
        pieceStart[to] = from
      }
    }
  }
  if (pieces[count]! < 2) return undefined
  const starts = new Uint8Array(count)
  for (let to = count; to > 0; to = pieceStart[to]!) starts[pieceStart[to]!] = 1
  return starts
}

/**
 * Drops the spaces inside each run of lone letters, in the codes and the source index alike, and
 * returns the buffer with its new length; with `knowsWord`, keeps one space where the run parts into
 * known words (wordStarts). In place: the buffers are normalizeToBuffer's scratch.
 * Runs are rare, so the text is only scanned until the first one (a look at each space).
 */
export const joinSpacedLetters = (buffer: NormalizedBuffer, knowsWord?: KnowsWord): NormalizedBuffer => {
  const {codes, sourceIndex, length} = buffer
  let written = -1
  let read = 0
  for (let at = 1; at < length; at++) {
    if (codes[at] !== SPACE || !isLoneLetter(codes, at - 1, length)) continue
    const start = at - 1
    const end = spacedRunEnd(codes, start, length)
    if (end === -1) continue
    const starts = knowsWord && wordStarts(codes, start, end, knowsWord)
    if (written === -1) written = read = start
    // Copying trails reading by the spaces dropped so far, so nothing is overwritten before it is read.
    let letter = 0
    let spaceKept = false
    for (; read < end; read++) {
      if (read >= start) {
        if (codes[read] !== SPACE) {
          letter++
          spaceKept = false
        } else if (spaceKept || !starts?.[letter]) continue
        else spaceKept = true
      }
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
