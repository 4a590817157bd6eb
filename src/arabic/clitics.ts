// Attached proclitics of Arabic words: the conjunctions و and ف, the prepositions ب ك ل, the article
// ال (and لل = ل + ال), and the future marker س before an imperfect verb (ي ت ن; not أ, or
// "سالم" would read as س + "ألم"). A word is looked up at
// every place one of these sequences may end, so "والمضمونة" is found as "مضمونة" with و and ال.
// Works on normalised text (hamza forms already folded).
import {codesOf} from './tokenize.ts'

export const CONJUNCTION = 1
export const PREPOSITION = 2
export const ARTICLE = 4
export const FUTURE = 8

const WAW = 0x0648
const FEH = 0x0641
const BEH = 0x0628
const KAF = 0x0643
const LAM = 0x0644
const ALEF = 0x0627
const SEEN = 0x0633
const YEH = 0x064a
const TEH = 0x062a
const NOON = 0x0646

/** The shortest stem left after stripping: "ال" + one letter is a word (e.g. "الم"), not article + stem. */
const MIN_STEM = 2

/**
 * Whether the future marker س opens the word at `base` (before an imperfect verb's ي ت ن, leaving a
 * stem): "ستفقدين". Where procliticStarts strips it, and what the claim matcher reads as an answer.
 */
export const opensWithFutureMarker = (codes: Uint16Array, base: number, end: number): boolean => {
  const next = codes[base + 1]
  return codes[base] === SEEN && (next === YEH || next === TEH || next === NOON) && end - base - 1 >= MIN_STEM
}

/**
 * Writes every possible stem start of `codes[start, end)` into `offsets` / `flags` (the unstripped
 * word first) and returns how many there are. Buffers must hold at least 8 entries.
 */
export const procliticStarts = (codes: Uint16Array, start: number, end: number, offsets: Int32Array, flags: Uint8Array): number => {
  offsets[0] = start
  flags[0] = 0
  let count = 1
  const first = codes[start]!
  const hasConjunction = (first === WAW || first === FEH) && end - start > MIN_STEM
  // Hot path (every token of every text): no closures or arrays, two unrolled bases.
  for (let pass = hasConjunction ? 2 : 1, base = start; pass > 0; pass--, base = start + 1) {
    const conjunction = base === start ? 0 : CONJUNCTION
    if (conjunction) {
      offsets[count] = base
      flags[count++] = conjunction
    }
    const letter = codes[base]!
    const next = base + 1 < end ? codes[base + 1]! : 0
    if (letter === ALEF && next === LAM && end - base - 2 >= MIN_STEM) {
      offsets[count] = base + 2
      flags[count++] = conjunction | ARTICLE
    } else if (letter === BEH || letter === KAF || letter === LAM) {
      if (end - base - 1 >= MIN_STEM) {
        offsets[count] = base + 1
        flags[count++] = conjunction | PREPOSITION
      }
      if (next === ALEF && codes[base + 2] === LAM && end - base - 3 >= MIN_STEM) {
        offsets[count] = base + 3
        flags[count++] = conjunction | PREPOSITION | ARTICLE
      }
      // لل: the preposition ل before the article drops the article's alef.
      if (letter === LAM && next === LAM && end - base - 2 >= MIN_STEM) {
        offsets[count] = base + 2
        flags[count++] = conjunction | PREPOSITION | ARTICLE
      }
    } else if (opensWithFutureMarker(codes, base, end)) {
      offsets[count] = base + 1
      flags[count++] = conjunction | FUTURE
    }
  }
  return count
}

export interface CliticReading {
  /** The proclitics stripped, in order, e.g. `['و', 'ال']`. */
  proclitics: string[]
  stem: string
}

const LABELS: ReadonlyArray<readonly [number, string]> = [
  [CONJUNCTION, 'conj'],
  [PREPOSITION, 'prep'],
  [ARTICLE, 'ال'],
  [FUTURE, 'س'],
]

/** Every way to read a normalised word as proclitics + stem, unstripped reading first. */
export const cliticReadings = (word: string): CliticReading[] => {
  const offsets = new Int32Array(8)
  const flags = new Uint8Array(8)
  const count = procliticStarts(codesOf(word), 0, word.length, offsets, flags)
  const readings: CliticReading[] = []
  for (let index = 0; index < count; index++) {
    const offset = offsets[index]!
    const flag = flags[index]!
    const proclitics: string[] = []
    let cursor = 0
    for (const [bit, label] of LABELS) {
      if (!(flag & bit)) continue
      if (label === 'conj' || label === 'prep' || label === 'س') proclitics.push(word[cursor++]!)
      else if (label === 'ال') {
        // After ل the article is written لل: only its lam is left.
        const dropped = flag & PREPOSITION && word[cursor - 1] === 'ل' && word.slice(cursor, cursor + 2) !== 'ال'
        proclitics.push('ال')
        cursor += dropped ? 1 : 2
      }
    }
    readings.push({proclitics, stem: word.slice(offset)})
  }
  return readings
}
