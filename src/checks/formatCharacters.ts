// Finding the Unicode format characters that change or hide what a reader sees, by code point
// position. The character classes come from the JS engine's Unicode data (\p{Bidi_Control},
// \p{Default_Ignorable_Code_Point}, \p{Cf}, \p{Extended_Pictographic}) rather than a hand-kept list.
import {countOf} from '../locale/arabicCount.ts'
import {MORE_CHARACTERS} from '../locale/countedNouns.ts'

export interface CharacterHit {
  codePoint: number
  /** 1-based position counted in code points (a tashkeel mark counts as one), as a writer counts. */
  position: number
}

const bidiControl = /^\p{Bidi_Control}$/u
const defaultIgnorable = /^\p{Default_Ignorable_Code_Point}$/u
const formatCharacter = /^\p{Cf}$/u
const decimalDigit = /^\p{Nd}$/u
const pictographic = /^\p{Extended_Pictographic}$/u

const ZWNJ = 0x200c
const ZWJ = 0x200d
const BLACK_FLAG = 0x1f3f4

/**
 * The embedding, override and isolate controls (U+202A–U+202E, U+2066–U+2069) that reorder text
 * ("Trojan Source"). The implicit marks U+200E LRM, U+200F RLM and U+061C ALM are also
 * Bidi_Control, but they only nudge neutral characters and are how mixed Arabic/Latin text is
 * written correctly, so they are not reported.
 */
export const isBidiReorderingControl = (codePoint: number): boolean =>
  (codePoint >= 0x202a && codePoint <= 0x202e) || (codePoint >= 0x2066 && codePoint <= 0x2069)

/**
 * Invisible characters that split a number into runs the bidi algorithm lays out right to left: the
 * implicit marks LRM, RLM, ALM and the interlinear annotation characters U+FFF9–FFFB. Between the
 * digits of one number they reorder them: 0 + RLM + 1 shows as «10», 1 + RLM + «.5» as «5.1».
 */
const isNumberSplitter = (codePoint: number): boolean =>
  codePoint === 0x200e || codePoint === 0x200f || codePoint === 0x061c || (codePoint >= 0xfff9 && codePoint <= 0xfffb)

/**
 * The common number separators (Bidi_Class CS: , . / : ، NBSP ⁄ and their small and full-width
 * forms) and the Arabic decimal and thousands separators, which UAX #9 (W4) joins with the digits on
 * both sides into one number: «1.5», «1,000», «1:10», «1/2», «12:30». A mark next to one splits
 * the number, so «1»+RLM+«:10» shows as «10:1» and «1»+RLM+«/2» as «2/1».
 */
const NUMBER_SEPARATORS = new Set([0x2c, 0x2e, 0x2f, 0x3a, 0xa0, 0x060c, 0x066b, 0x066c, 0x202f, 0x2044, 0xfe50, 0xfe52, 0xfe55, 0xff0c, 0xff0e, 0xff0f, 0xff1a])
/**
 * What joins two numbers into one expression or range read in order: a space, and the signs
 * + - − × ÷ and the hyphens and dashes (‐ ‑ ‒ – —). Around them the bidi algorithm lays the numbers
 * out by the strong letters nearby, and a mark beside one changes that: «2»+LRM+«×3» shows as «3×2»
 * after an Arabic word, «5 »+RLM+«- 3» as «3 - 5» after a Latin one, «PRP 3»+RLM+«–6» as «6–PRP 3».
 */
const EXPRESSION_JOINERS = new Set([0x20, 0x2b, 0x2d, 0xd7, 0xf7, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212])
const SPACE = 0x20
const isDigit = (codePoint: number | undefined): boolean => codePoint !== undefined && decimalDigit.test(String.fromCodePoint(codePoint))
const isHidden = (codePoint: number): boolean => isNumberSplitter(codePoint) || defaultIgnorable.test(String.fromCodePoint(codePoint))

/**
 * Whether a number is next to `index` on the side of `step`, past hidden characters: a digit, a
 * separator after a digit (the «.» of «1.5»), or a digit past spaces and at most one sign or dash
 * (the «- 3» of «5 - 3»).
 */
const numberOnSide = (codePoints: readonly number[], index: number, step: 1 | -1): boolean => {
  let at = index + step
  while (at >= 0 && at < codePoints.length && isHidden(codePoints[at]!)) at += step
  const next = codePoints[at]
  if (isDigit(next)) return true
  if (next !== undefined && NUMBER_SEPARATORS.has(next)) return isDigit(codePoints[at + step])
  let signs = 0
  for (; at >= 0 && at < codePoints.length; at += step) {
    const codePoint = codePoints[at]!
    if (isHidden(codePoint)) continue
    if (!EXPRESSION_JOINERS.has(codePoint)) return isDigit(codePoint)
    if (codePoint !== SPACE && ++signs > 1) return false
  }
  return false
}

/** A number splitter with a number on both sides: it reorders the number's digits, or two numbers of one expression, on screen. */
const isInsideNumber = (codePoints: readonly number[], index: number): boolean =>
  isNumberSplitter(codePoints[index]!) && numberOnSide(codePoints, index, -1) && numberOnSide(codePoints, index, 1)

const isVariationSelector = (codePoint: number): boolean =>
  (codePoint >= 0xfe00 && codePoint <= 0xfe0f) || (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
const isSkinToneModifier = (codePoint: number): boolean => codePoint >= 0x1f3fb && codePoint <= 0x1f3ff
const isTag = (codePoint: number): boolean => codePoint >= 0xe0020 && codePoint <= 0xe007f
const isPictographic = (codePoint: number | undefined): boolean =>
  codePoint !== undefined && pictographic.test(String.fromCodePoint(codePoint))

/** A ZWJ that glues two emoji into one (e.g. 👨‍⚕️ health worker) is part of the emoji, not hidden text. */
const isEmojiJoiner = (codePoints: readonly number[], index: number): boolean => {
  let before = index - 1
  while (before >= 0 && (isVariationSelector(codePoints[before]!) || isSkinToneModifier(codePoints[before]!))) before--
  return isPictographic(codePoints[before]) && isPictographic(codePoints[index + 1])
}

/**
 * Format characters that are visible: they draw a sign over the digits that follow (U+0600 ARABIC
 * NUMBER SIGN, U+06DD END OF AYAH …; Unicode's Prepended_Concatenation_Mark, which JS regexes lack).
 */
const isPrependedConcatenationMark = (codePoint: number): boolean =>
  (codePoint >= 0x0600 && codePoint <= 0x0605) ||
  codePoint === 0x06dd ||
  codePoint === 0x070f ||
  codePoint === 0x0890 ||
  codePoint === 0x0891 ||
  codePoint === 0x08e2 ||
  codePoint === 0x110bd ||
  codePoint === 0x110cd

const TAB = 0x09
const LINE_FEED = 0x0a
const CARRIAGE_RETURN = 0x0d
const control = /^\p{Cc}$/u
const noncharacter = /^\p{Noncharacter_Code_Point}$/u

/**
 * A control character other than tab and line breaks (Word's vertical tab and form feed, a NUL from a
 * broken export, C1 controls from a mis-decoded file), or a noncharacter (U+FFFE, U+FDD0…): pasted
 * in, drawn as nothing, they are parse errors on an HTML page and make a feed invalid XML.
 */
const isStrayControl = (character: string, codePoint: number): boolean =>
  (control.test(character) && codePoint !== TAB && codePoint !== LINE_FEED && codePoint !== CARRIAGE_RETURN) || noncharacter.test(character)

/**
 * Default ignorable, or a format character with no glyph that Unicode does not list as ignorable
 * (U+FFF9–FFFB interlinear annotation, U+13430–1343F hieroglyph format controls), or a stray
 * control character: browsers draw none of them.
 */
const isInvisible = (character: string, codePoint: number): boolean =>
  defaultIgnorable.test(character) || (formatCharacter.test(character) && !isPrependedConcatenationMark(codePoint)) || isStrayControl(character, codePoint)

/** Tag characters are invisible except inside a flag sequence such as 🏴 + tags (England's flag). */
const isFlagTag = (codePoints: readonly number[], index: number): boolean => {
  let before = index - 1
  while (before >= 0 && isTag(codePoints[before]!)) before--
  return codePoints[before] === BLACK_FLAG
}

const ideographic = /^\p{Ideographic}$/u
const KEYCAP_BASES = new Set([...'0123456789#*'].map((character) => character.codePointAt(0)!))

/**
 * A variation selector chooses how the character before it looks: emoji or text style (❤️, 1️⃣),
 * or a CJK ideograph's variant. After an Arabic letter it selects nothing and only hides inside
 * the word, splitting it for search and the phrase rules.
 */
const isVariantOfPrevious = (codePoints: readonly number[], index: number): boolean => {
  const previous = codePoints[index - 1]
  if (previous === undefined) return false
  return isPictographic(previous) || KEYCAP_BASES.has(previous) || ideographic.test(String.fromCodePoint(previous))
}

export interface InvisibleOptions {
  /**
   * Allow U+200C ZWNJ and U+200D ZWJ anywhere. Off by default: Arabic orthography does not use
   * them, so in Arabic text they are paste residue (Persian keyboards, word processors) that
   * silently splits words for search and phrase rules. Turn on where articles quote Persian or
   * Urdu, whose spelling needs ZWNJ. A ZWJ inside an emoji sequence is always allowed.
   */
  allowJoiners: boolean
}

const isReportedInvisible = (codePoints: readonly number[], index: number, options: InvisibleOptions): boolean => {
  const codePoint = codePoints[index]!
  const character = String.fromCodePoint(codePoint)
  if (!isInvisible(character, codePoint)) return false
  if (bidiControl.test(character)) return false
  if (isVariationSelector(codePoint)) return !isVariantOfPrevious(codePoints, index)
  if (codePoint === ZWNJ || codePoint === ZWJ) {
    if (options.allowJoiners) return false
    return !(codePoint === ZWJ && isEmojiJoiner(codePoints, index))
  }
  if (isTag(codePoint)) return !isFlagTag(codePoints, index)
  return true
}

const findHits = (text: string, test: (codePoints: readonly number[], index: number) => boolean): CharacterHit[] => {
  const codePoints = Array.from(text, (character) => character.codePointAt(0)!)
  const hits: CharacterHit[] = []
  codePoints.forEach((codePoint, index) => {
    if (test(codePoints, index)) hits.push({codePoint, position: index + 1})
  })
  return hits
}

// Almost every text is clean: one whole-string scan rules it out before the per-code-point walk
// (which profiles showed costing ~60× more on a 1,200-word article).
const anyBidiReorderingControl = /[\u202A-\u202E\u2066-\u2069]/
const everyBidiReorderingControl = new RegExp(anyBidiReorderingControl.source, 'g')
// A reordering control anywhere, or a hidden character right after a digit, a separator, a sign or a space: the
// implicit marks that mixed Arabic/Latin text is full of («PRP» + LRM) need no walk.
const separatorClass = Array.from([...NUMBER_SEPARATORS, ...EXPRESSION_JOINERS], (codePoint) => `\\u${codePoint.toString(16).padStart(4, '0')}`).join('')
const anyReorderingOrSplitter = new RegExp(`[\\u202A-\\u202E\\u2066-\\u2069]|[\\p{Nd}${separatorClass}][\\p{Default_Ignorable_Code_Point}\\uFFF9-\\uFFFB]`, 'u')
const anyInvisible = /[\p{Default_Ignorable_Code_Point}\p{Cf}\p{Noncharacter_Code_Point}\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]/u

/** Embedding, override and isolate controls anywhere, and marks that split a number (isInsideNumber). */
export const findBidiControls = (text: string): CharacterHit[] =>
  anyReorderingOrSplitter.test(text)
    ? findHits(text, (codePoints, index) => isBidiReorderingControl(codePoints[index]!) || isInsideNumber(codePoints, index))
    : []

export const findInvisibleCharacters = (text: string, options: InvisibleOptions): CharacterHit[] =>
  anyInvisible.test(text) ? findHits(text, (codePoints, index) => isReportedInvisible(codePoints, index, options)) : []

const NAMES: Record<number, string> = {
  0x0000: 'NULL',
  0x000b: 'LINE TABULATION (vertical tab)',
  0x000c: 'FORM FEED',
  0x007f: 'DELETE',
  0x0085: 'NEXT LINE',
  0xfffe: 'NONCHARACTER',
  0xffff: 'NONCHARACTER',
  0x00ad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
  0x17b4: 'KHMER VOWEL INHERENT AQ',
  0x17b5: 'KHMER VOWEL INHERENT AA',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x206c: 'INHIBIT ARABIC FORM SHAPING',
  0x206d: 'ACTIVATE ARABIC FORM SHAPING',
  0x206e: 'NATIONAL DIGIT SHAPES',
  0x206f: 'NOMINAL DIGIT SHAPES',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE (BOM)',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
  0xfff9: 'INTERLINEAR ANNOTATION ANCHOR',
  0xfffa: 'INTERLINEAR ANNOTATION SEPARATOR',
  0xfffb: 'INTERLINEAR ANNOTATION TERMINATOR',
  0x061c: 'ARABIC LETTER MARK',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
}

const codePointHex = (codePoint: number): string => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`

/** How a quote shows a character it must neither carry nor hide: ⟦U+202E⟧. */
const spelledOut = (codePoint: number): string => `⟦${codePointHex(codePoint)}⟧`

const codePointLabel = (codePoint: number): string => {
  const hex = codePointHex(codePoint)
  const name = NAMES[codePoint]
  return name ? `${hex} ${name}` : hex
}

const MAX_LISTED = 5

/** Arabic list of which characters sit where, e.g. `U+200B ZERO WIDTH SPACE عند المحرف رقم 7`. */
export const describeHits = (hits: readonly CharacterHit[]): string => {
  const listed = hits.slice(0, MAX_LISTED).map((hit) => `${codePointLabel(hit.codePoint)} عند المحرف رقم ${hit.position}`)
  const rest = hits.length - listed.length
  return rest > 0 ? `${listed.join('، ')}، و${countOf(rest, MORE_CHARACTERS)}` : listed.join('، ')
}

const CONTEXT = 12

/**
 * `text` with every embedding, override and isolate control spelled out as ⟦U+202E⟧: reports show
 * titles and messages that may carry one, and must not be reordered by the very characters they
 * report. Implicit marks (LRM, RLM, ALM) stay: they only place neutral characters.
 */
export const revealReorderingControls = (text: string): string =>
  text.replace(everyBidiReorderingControl, (control) => spelledOut(control.codePointAt(0)!))

// C0 controls but tab, DEL and C1 controls: ESC starts a terminal's escape sequences (a title that
// sets the window's title or colours), CR and LF forge whole lines, C1's CSI (U+009B) is ESC [ to
// some terminals.
const everyTerminalControl = /[\u0000-\u0008\u000A-\u001F\u007F-\u009F]/g

/**
 * A line of a report printed to a terminal or a CI log: reordering controls (revealReorderingControls)
 * and control characters spelled out as ⟦U+001B⟧, so content cannot move the text around it, forge a
 * line, or drive the terminal. Each line on its own: a line break inside one came from content.
 */
export const revealTerminalControls = (line: string): string =>
  revealReorderingControls(line).replace(everyTerminalControl, (control) => spelledOut(control.codePointAt(0)!))

/**
 * `text` without embedding, override and isolate controls: for values Sanad wraps in isolates of its
 * own (attribution.notice), where a stray PDI in a name would close them early. Implicit marks stay.
 */
export const withoutReorderingControls = (text: string): string => text.replace(everyBidiReorderingControl, '')

/**
 * The text around `position` with every hidden or reordering character spelled out as ⟦U+XXXX⟧,
 * so the quote in a message can neither hide nor reorder anything itself.
 */
export const revealAround = (text: string, position: number): string => {
  const characters = Array.from(text)
  const start = Math.max(0, position - 1 - CONTEXT)
  const end = Math.min(characters.length, position + CONTEXT)
  const shown = characters
    .slice(start, end)
    .map((character) => {
      const codePoint = character.codePointAt(0)!
      return bidiControl.test(character) || isInvisible(character, codePoint) ? spelledOut(codePoint) : character
    })
    .join('')
  return `${start > 0 ? '…' : ''}${shown}${end < characters.length ? '…' : ''}`
}
