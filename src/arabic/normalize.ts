// Arabic normalisation for matching (never for display): folds the spellings a writer may use for
// one word onto one form, and keeps, for every output character, the index of the input character
// it came from so a match can be reported at its exact place in the original text.
//
// One pass over UTF-16 code units through a 64K lookup table: the linter runs this on every text of
// every article, so it must cost a few nanoseconds per character.
import {LOOK_ALIKE_LETTERS} from './lookAlikeLetters.ts'

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
/** A compatibility character whose NFKC form is longer than one character (e.g. the ligature ﻻ): see EXPANSIONS. */
const EXPAND = 0xffff
/**
 * Hamza above written as a mark of its own (U+0654, or the high hamza U+0674) after a letter: on yeh
 * or waw it is the letter ئ or ؤ (which is how NFD stores them), after anything else it is dropped
 * like the hamza of أ.
 */
const HAMZA_ABOVE = 0xfffe
/** A high surrogate: the character above U+FFFF is folded through `supplementaryFold`. */
const SUPPLEMENTARY = 0xfffd
/**
 * Dots typed as marks (U+0307, the tone dots U+08EA…): on a dotless skeleton they draw the dotted
 * letter («ص» + dot above is «ض» on screen), so they make it (DOTTED_LETTERS); anywhere else they are
 * dropped like any mark. Values of U+FFF7–FFFB, which are themselves dropped as ignorable or format.
 */
const DOT_ABOVE = 0xfff7
const DOT_BELOW = 0xfff8
const TWO_DOTS_ABOVE = 0xfff9
const TWO_DOTS_BELOW = 0xfffa
const THREE_DOTS_ABOVE = 0xfffb
const DOT_MARKS: ReadonlyArray<readonly [number[], number]> = [
  [[0x0307, 0x0358, 0x06ec, 0x08ce, 0x08ea], DOT_ABOVE],
  [[0x0323, 0x065c, 0x08cf, 0x08ed], DOT_BELOW],
  [[0x0308, 0x08eb], TWO_DOTS_ABOVE],
  [[0x0324, 0x08ee], TWO_DOTS_BELOW],
  [[0x06db, 0x20db], THREE_DOTS_ABOVE],
]
/** `[dot, skeleton, letter]`: the skeletons are folded letters (ى is already ي). */
const DOTTED_LETTERS = new Map<number, number>(
  (
    [
      [DOT_ABOVE, 'ح', 'خ'], [DOT_ABOVE, 'ر', 'ز'], [DOT_ABOVE, 'د', 'ذ'], [DOT_ABOVE, 'ص', 'ض'], [DOT_ABOVE, 'ط', 'ظ'],
      [DOT_ABOVE, 'ع', 'غ'], [DOT_ABOVE, 'ٮ', 'ن'], [DOT_ABOVE, 'ڡ', 'ف'], [DOT_ABOVE, 'ٯ', 'ق'],
      [DOT_BELOW, 'ٮ', 'ب'], [DOT_BELOW, 'ح', 'ج'], [DOT_BELOW, 'ڡ', 'ف'],
      [TWO_DOTS_ABOVE, 'ٮ', 'ت'], [TWO_DOTS_ABOVE, 'ٯ', 'ق'], [TWO_DOTS_ABOVE, 'ڡ', 'ق'],
      [TWO_DOTS_BELOW, 'ٮ', 'ي'],
      [THREE_DOTS_ABOVE, 'س', 'ش'], [THREE_DOTS_ABOVE, 'ٮ', 'ث'],
    ] as const
  ).map(([dot, skeleton, letter]) => [dot * 0x10000 + skeleton.charCodeAt(0), letter.charCodeAt(0)]),
)
const isDotMark = (value: number): boolean => value >= DOT_ABOVE && value <= THREE_DOTS_ABOVE

const ALEF = 0x0627
const YEH = 0x064a
const WAW = 0x0648
const HEH = 0x0647
const YEH_WITH_HAMZA = 0x0626
const WAW_WITH_HAMZA = 0x0624

// Every nonspacing and enclosing mark (tashkeel, Quranic annotation, superscript alef, but also a
// Latin accent or a circle stacked on an Arabic letter), every format character (zero-width, bidi
// marks and controls, interlinear annotation) and every default-ignorable code point is dropped, so
// no mark or hidden character can split a word. These are dropped too: tatweel, the small high waw
// and yeh and the tail fragment, which lengthen or decorate a letter without changing it.
const DROPPED_BY_PROPERTY = /^[\p{Mn}\p{Me}\p{Cf}\p{Default_Ignorable_Code_Point}]$/u
const DROPPED = [0x0640, 0x06e5, 0x06e6, 0xfe73]

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
  // Alef maqsura reads as yeh; ta marbuta as heh (writers use them interchangeably).
  [[0x0649], YEH],
  [[0x0629], HEH],
  // Letters of other Arabic-script alphabets that read as an Arabic letter (lookAlikeLetters.ts).
  ...LOOK_ALIKE_LETTERS.map(([letters, target]): readonly [number[], number] => [Array.from(letters, (letter) => letter.charCodeAt(0)), target.charCodeAt(0)]),
  // Arabic punctuation onto the ASCII marks the tokeniser looks for.
  [[0x066a], 0x25], // ٪ → %
  [[0x066b], 0x2e], // ٫ decimal separator → .
  [[0x066c, 0x060c], 0x2c], // ٬ thousands separator, ، comma → ,
  [[0x061b], 0x3b], // ؛ → ;
  [[0x061f], 0x3f], // ؟ → ?
  [[0x06d4], 0x2e], // ۔ full stop → .
  [[0x00a0, 0x2007, 0x202f], 0x20], // no-break spaces
  // Noncharacters and the replacement character, so no input can pose as a sentinel above.
  [[0xfffe, 0xffff], DROP],
  [[SUPPLEMENTARY], 0xfffc],
]

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff
/** A table value that is a character to write, not DROP or a sentinel. */
const isCharacter = (value: number): boolean => value !== DROP && value < SUPPLEMENTARY && !isSurrogate(value)
const LETTER = /^\p{L}$/u
/** Blocks without compatibility or canonical decompositions that matter here (CJK ideographs, Hangul syllables). */
const hasNoFoldableDecomposition = (code: number): boolean => (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xac00 && code <= 0xd7a3) || isSurrogate(code)

/** The UTF-16 units `text` folds to through `table`, as normalizeToBuffer folds them (ۇ + ٴ is ؤ). */
const foldedUnits = (text: string, table: Uint16Array): number[] => {
  const units: number[] = []
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index)
    const mapped = table[unit]!
    if (mapped === DROP || isDotMark(mapped)) continue
    if (mapped === HAMZA_ABOVE) {
      const last = units.length - 1
      if (units[last] === YEH) units[last] = YEH_WITH_HAMZA
      else if (units[last] === WAW) units[last] = WAW_WITH_HAMZA
      continue
    }
    units.push(mapped === EXPAND || mapped === SUPPLEMENTARY || isSurrogate(unit) ? unit : mapped)
  }
  return units
}

/** The folded units of every EXPAND character, computed once instead of normalising at every occurrence. */
const EXPANSIONS = new Map<number, Uint16Array>()

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
    if (!isSurrogate(code) && table[code] === code && DROPPED_BY_PROPERTY.test(String.fromCharCode(code))) table[code] = DROP
  }
  table[0x0654] = HAMZA_ABOVE
  table[0x0674] = HAMZA_ABOVE
  for (let code = 0xd800; code <= 0xdbff; code++) table[code] = SUPPLEMENTARY
  // A letter with marks folds as its canonical decomposition does (é as e, ۓ as ے), so NFC and NFD
  // text read alike; ئ and ؤ keep their hamza, which NFD spells as a mark after yeh and waw. Only
  // letters: ≮ is < with a stroke, and the stroke is the whole point.
  for (let code = 0; code < 0x10000; code++) {
    if (table[code] !== code || hasNoFoldableDecomposition(code) || code === YEH_WITH_HAMZA || code === WAW_WITH_HAMZA) continue
    const decomposed = String.fromCharCode(code).normalize('NFD')
    if (decomposed.length < 2 || !LETTER.test(decomposed[0]!)) continue
    const marks = Array.from(decomposed.slice(1), (mark) => table[mark.charCodeAt(0)])
    if (marks.every((mark) => mark === DROP || mark === HAMZA_ABOVE)) table[code] = decomposed.charCodeAt(0)
  }
  // Compatibility characters: presentation forms, ligatures, full-width and half-width forms,
  // superscript and circled digits… whatever NFKC makes of them.
  for (let code = 0; code < 0x10000; code++) {
    if (table[code] !== code || hasNoFoldableDecomposition(code)) continue
    const character = String.fromCharCode(code)
    const folded = character.normalize('NFKC')
    if (folded === character) continue
    // Isolated and medial tashkeel forms (U+FE70–FE7F) become a space or tatweel plus a mark: drop.
    if (code >= 0xfe70 && code <= 0xfe7f) table[code] = DROP
    else if (folded.length === 1) table[code] = folded.charCodeAt(0)
    else table[code] = EXPAND
  }
  // A character folded onto one that folds further (ẛ → ṡ → s, ﮬ → ھ → ه) goes all the way.
  for (let code = 0; code < 0x10000; code++) {
    let target = table[code]!
    for (let step = 0; step < 4 && isCharacter(target) && table[target] !== target; step++) target = table[target]!
    table[code] = target
  }
  for (let code = 0; code < 0x10000; code++) {
    if (table[code] === EXPAND && code !== EXPAND) EXPANSIONS.set(code, Uint16Array.from(foldedUnits(String.fromCharCode(code).normalize('NFKC'), table)))
  }
  for (const [codes, dot] of DOT_MARKS) for (const code of codes) table[code] = dot
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

/** ي or و + a separate hamza above is ئ or ؤ (NFD); after any other letter the hamza is dropped. */
const composeHamza = (written: number): void => {
  if (written === 0) return
  const previous = outBuffer[written - 1]
  if (previous === YEH) outBuffer[written - 1] = YEH_WITH_HAMZA
  else if (previous === WAW) outBuffer[written - 1] = WAW_WITH_HAMZA
}

/**
 * An Arabic letter typed three times or more in a row is stretched for emphasis («مضموووونة»،
 * «تمااااما»), which no word is spelled with: the run is read as one letter. Two stay two («ممتاز»،
 * «للأبد» are spelled so). Only letters: «1000» is a number.
 */
const STRETCHED_RUN = 3
export const isArabicLetter = (code: number): boolean => code >= 0x0621 && code <= 0x064a

/**
 * Reads each stretched run in the folded text as its first letter (marks between are dropped
 * already), and returns the new length. A pass of its own after the fold: a check per character in
 * the fold's loop made the fold half as fast again, and runs are rare.
 */
const collapseStretchedLetters = (length: number): number => {
  const codes = outBuffer
  const sources = indexBuffer
  // A run of three holds a pair at an odd index: look at every other pair only.
  let read = 1
  for (; read < length; read += 2) {
    const code = codes[read]!
    if (code === codes[read - 1] && isArabicLetter(code) && (codes[read + 1] === code || (read >= 2 && codes[read - 2] === code))) break
  }
  if (read >= length) return length
  // Everything before the first run stays where it is; from its first letter on, the text is copied run by run.
  while (read > 0 && codes[read - 1] === codes[read]) read--
  let written = read
  while (read < length) {
    const code = codes[read]!
    let last = read
    while (last + 1 < length && codes[last + 1] === code) last++
    const keep = last - read + 1 >= STRETCHED_RUN && isArabicLetter(code) ? read : last
    for (let at = read; at <= keep; at++) {
      codes[written] = code
      sources[written++] = sources[at]!
    }
    read = last + 1
  }
  return written
}

const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff
const NOTHING = new Uint16Array(0)
/** Symbols above U+FFFF that ads write for words: «نتائج 💯» and «آمن 💯» say «100%». */
const READ_AS = new Map<number, string>([[0x1f4af, ' 100% ']])
/** Per code point above U+FFFF seen so far: its folded units (empty when dropped). */
const supplementaryFolds = new Map<number, Uint16Array>()

/**
 * The folded units of the character above U+FFFF at `index` (a high surrogate): marks, format
 * characters and default ignorables dropped, compatibility characters (mathematical bold digits,
 * Arabic mathematical letters) as NFKC makes them, anything else kept as is. Rare in Arabic text
 * (mostly emoji), so it is looked up in a map filled on first sight rather than a table.
 */
const supplementaryFold = (input: string, index: number): Uint16Array => {
  const codePoint = input.codePointAt(index)!
  if (codePoint < 0x10000) return Uint16Array.of(input.charCodeAt(index))
  let units = supplementaryFolds.get(codePoint)
  if (units) return units
  const character = String.fromCodePoint(codePoint)
  const readAs = READ_AS.get(codePoint)
  if (readAs !== undefined) units = Uint16Array.from(readAs, (unit) => unit.charCodeAt(0))
  else if (isSupplementaryIgnorable(codePoint) || DROPPED_BY_PROPERTY.test(character)) units = NOTHING
  else {
    const folded = character.normalize('NFKC')
    units = folded === character ? Uint16Array.of(character.charCodeAt(0), character.charCodeAt(1)) : Uint16Array.from(foldedUnits(folded, TABLE))
  }
  supplementaryFolds.set(codePoint, units)
  return units
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
    const mapped = TABLE[input.charCodeAt(index)]!
    if (mapped === DROP) continue
    if (isDotMark(mapped)) {
      const dotted = written > 0 ? DOTTED_LETTERS.get(mapped * 0x10000 + outBuffer[written - 1]!) : undefined
      if (dotted !== undefined) outBuffer[written - 1] = dotted
      continue
    }
    if (mapped >= SUPPLEMENTARY) {
      if (mapped === HAMZA_ABOVE) {
        composeHamza(written)
        continue
      }
      const units = mapped === EXPAND ? EXPANSIONS.get(input.charCodeAt(index))! : supplementaryFold(input, index)
      ensureCapacity(written + units.length + (length - index) + 8)
      for (let part = 0; part < units.length; part++) {
        outBuffer[written] = units[part]!
        indexBuffer[written++] = index
      }
      // A surrogate pair is one character: both units were read.
      if (mapped === SUPPLEMENTARY && index + 1 < length && isLowSurrogate(input.charCodeAt(index + 1))) index++
      continue
    }
    outBuffer[written] = mapped
    indexBuffer[written++] = index
  }
  written = collapseStretchedLetters(written)
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
