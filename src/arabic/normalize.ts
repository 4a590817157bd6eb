// Arabic normalisation for matching (never for display): folds the spellings a writer may use for
// one word onto one form, and keeps, for every output character, the index of the input character
// it came from so a match can be reported at its exact place in the original text.
//
// One pass over UTF-16 code units through a 64K lookup table: the linter runs this on every text of
// every article, so it must cost a few nanoseconds per character.

export interface NormalizedText {
  /** The folded text; never shown to anyone. */
  text: string
  /**
   * `sourceIndex[i]` is the UTF-16 index in the original of the character that produced `text[i]`;
   * `sourceIndex[text.length]` is the original length, so `[start, end)` ranges map with
   * `sourceIndex[start]` and `sourceIndex[end]` (trailing dropped marks stay inside the range).
   */
  sourceIndex: Int32Array
}

const DROP = 0
/** Compatibility characters whose NFKC form is longer than one character (e.g. the ligature ﻻ). */
const EXPAND = 0xffff

const ALEF = 0x0627
const YEH = 0x064a
const HEH = 0x0647
const KAF = 0x0643

const range = (from: number, to: number): number[] => Array.from({length: to - from + 1}, (_, index) => from + index)

// Tashkeel, Quranic annotation marks, superscript alef and tatweel. Invisible format characters
// are dropped too, by their Unicode property (below), so no hidden character can split a word.
const DROPPED = [
  ...range(0x0610, 0x061a),
  ...range(0x064b, 0x065f),
  0x0670,
  0x0640,
  ...range(0x06d6, 0x06dc),
  ...range(0x06df, 0x06e4),
  0x06e7,
  0x06e8,
  ...range(0x06ea, 0x06ed),
  ...range(0x08d3, 0x08e1),
  ...range(0x08e3, 0x08ff),
]

const DEFAULT_IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u

/**
 * Default ignorable code points above U+FFFF (tag characters, variation selectors 17–256, musical
 * and shorthand format controls): the table works on UTF-16 units, so these are matched as
 * surrogate pairs. test/arabic/normalize.test.ts checks this list against the Unicode property.
 */
export const isSupplementaryIgnorable = (codePoint: number): boolean =>
  (codePoint >= 0xe0000 && codePoint <= 0xe0fff) || (codePoint >= 0x1d173 && codePoint <= 0x1d17a) || (codePoint >= 0x1bca0 && codePoint <= 0x1bca3)

const FOLDED: ReadonlyArray<readonly [number[], number]> = [
  // Hamza and madda on or under alef, wasla, wavy hamza: one alef.
  [[0x0622, 0x0623, 0x0625, 0x0671, 0x0672, 0x0673], ALEF],
  // Alef maqsura and Persian yeh read as yeh; ta marbuta as heh (writers use them interchangeably).
  [[0x0649, 0x06cc], YEH],
  [[0x0629, 0x06d5, 0x06c0, 0x06c1], HEH],
  [[0x06a9], KAF],
  // Arabic punctuation onto the ASCII marks the tokeniser looks for.
  [[0x066a], 0x25], // ٪ → %
  [[0x066b], 0x2e], // ٫ decimal separator → .
  [[0x066c, 0x060c], 0x2c], // ٬ thousands separator, ، comma → ,
  [[0x061b], 0x3b], // ؛ → ;
  [[0x061f], 0x3f], // ؟ → ?
  [[0x06d4], 0x2e], // ۔ full stop → .
  [[0x00a0, 0x2007, 0x202f], 0x20], // no-break spaces
]

const buildTable = (): Uint16Array => {
  const table = new Uint16Array(0x10000)
  for (let code = 0; code < 0x10000; code++) table[code] = code
  for (let code = 0x41; code <= 0x5a; code++) table[code] = code + 0x20
  for (let digit = 0; digit < 10; digit++) {
    table[0x0660 + digit] = 0x30 + digit
    table[0x06f0 + digit] = 0x30 + digit
  }
  for (const [codes, target] of FOLDED) for (const code of codes) table[code] = target
  for (const code of DROPPED) table[code] = DROP
  for (let code = 0; code < 0x10000; code++) {
    if ((code < 0xd800 || code > 0xdfff) && DEFAULT_IGNORABLE.test(String.fromCharCode(code))) table[code] = DROP
  }
  // Presentation forms, ligatures, full-width and half-width forms: whatever NFKC makes of them.
  for (let code = 0xfb00; code <= 0xffef; code++) {
    if (table[code] !== code) continue
    const folded = String.fromCharCode(code).normalize('NFKC')
    if (folded === String.fromCharCode(code)) continue
    // Isolated and medial tashkeel forms (U+FE70–FE7F) become a space or tatweel plus a mark: drop.
    if (code >= 0xfe70 && code <= 0xfe7f) table[code] = DROP
    else table[code] = folded.length === 1 ? table[folded.charCodeAt(0)]! : EXPAND
  }
  return table
}

const TABLE = buildTable()
const decoder = new TextDecoder('utf-16le')

let outBuffer = new Uint16Array(1024)
let indexBuffer = new Int32Array(1025)

const ensureCapacity = (size: number): void => {
  if (outBuffer.length >= size) return
  let capacity = outBuffer.length
  while (capacity < size) capacity *= 2
  const out = new Uint16Array(capacity)
  out.set(outBuffer)
  outBuffer = out
  const index = new Int32Array(capacity + 1)
  index.set(indexBuffer)
  indexBuffer = index
}

const PERCENT = 0x25
const isDigit = (code: number): boolean => code >= 0x30 && code <= 0x39
const isNumberSeparator = (code: number): boolean => code === 0x2e || code === 0x2c

/**
 * Right-to-left writers often type the percent sign first («%100», «٪١٠٠»), because that is how
 * «١٠٠٪» looks on screen. Each `%` directly before a number is moved after it, in the text and in
 * the source index, so the phrase rules read one order.
 */
const percentAfterNumber = (length: number): void => {
  for (let at = 0; at + 1 < length; at++) {
    if (outBuffer[at] !== PERCENT || !isDigit(outBuffer[at + 1]!) || (at > 0 && isDigit(outBuffer[at - 1]!))) continue
    let end = at + 2
    while (end < length && (isDigit(outBuffer[end]!) || (isNumberSeparator(outBuffer[end]!) && end + 1 < length && isDigit(outBuffer[end + 1]!)))) end++
    const source = indexBuffer[at]!
    outBuffer.copyWithin(at, at + 1, end)
    indexBuffer.copyWithin(at, at + 1, end)
    outBuffer[end - 1] = PERCENT
    indexBuffer[end - 1] = source
    at = end - 1
  }
}

export interface NormalizedBuffer {
  /** Folded UTF-16 code units in `[0, length)`. */
  codes: Uint16Array
  sourceIndex: Int32Array
  length: number
}

const shared: NormalizedBuffer = {codes: outBuffer, sourceIndex: indexBuffer, length: 0}

/**
 * The fold without building a string: views of buffers reused by the next call, for the linter's
 * hot path (decoding a string per text costs more than the whole match). Copy what you keep.
 */
export const normalizeToBuffer = (input: string): NormalizedBuffer => {
  const length = input.length
  ensureCapacity(length + 8)
  let written = 0
  for (let index = 0; index < length; index++) {
    const unit = input.charCodeAt(index)
    const mapped = TABLE[unit]!
    if (mapped === DROP) continue
    if (unit >= 0xd800 && unit <= 0xdbff && isSupplementaryIgnorable(input.codePointAt(index)!)) {
      index++
      continue
    }
    if (mapped === EXPAND) {
      const expansion = input[index]!.normalize('NFKC')
      ensureCapacity(written + expansion.length + (length - index) + 8)
      for (let part = 0; part < expansion.length; part++) {
        const folded = TABLE[expansion.charCodeAt(part)]!
        if (folded === DROP || folded === EXPAND) continue
        outBuffer[written] = folded
        indexBuffer[written++] = index
      }
      continue
    }
    outBuffer[written] = mapped
    indexBuffer[written++] = index
  }
  indexBuffer[written] = length
  percentAfterNumber(written)
  shared.codes = outBuffer
  shared.sourceIndex = indexBuffer
  shared.length = written
  return shared
}

export const normalizeForMatching = (input: string): NormalizedText => {
  const {codes, sourceIndex, length} = normalizeToBuffer(input)
  const text = length === 0 ? '' : decoder.decode(codes.subarray(0, length))
  return {text, sourceIndex: sourceIndex.slice(0, length + 1)}
}

/** The folded form of a word or phrase, for building lexicons and comparing. */
export const normalizeWord = (word: string): string => normalizeForMatching(word).text
