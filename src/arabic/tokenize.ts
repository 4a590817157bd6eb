// Splits normalised Arabic text into word, number and percent tokens, and records which clause,
// sentence and phrase each token is in: the claim rules scope negation to a clause and questions and
// warnings to a sentence, and read a claim's words within one phrase. Works on the output of
// normalizeForMatching, so offsets are normalised offsets.

export const WORD = 1
export const NUMBER = 2
export const PERCENT = 3

export interface TokenStream {
  count: number
  /** Normalised offsets, `[start, end)`. */
  start: Int32Array
  end: Int32Array
  kind: Uint8Array
  clause: Int32Array
  /**
   * Per clause: the clause a bracket sits in, for a clause inside brackets or between a pair of
   * dashes around an aside (see tokenizeCodes), else -1. «لا يوجد (حتى الآن) علاج نهائي» reads on past the brackets in the clause they
   * sit in; «لا تؤجلي (علاج نهائي)» keeps the negation outside them from what is inside.
   */
  clauseParent: Int32Array
  sentence: Int32Array
  /**
   * Runs of words between punctuation marks. A line break ends a sentence and a clause (a negation or
   * a question on one line does not reach the next) but not a phrase: «علاج» + line break + «نهائي»
   * is read as one claim, as the reader reads it, and a page shows some line breaks as spaces.
   */
  phrase: Int32Array
  /** Per sentence: 1 when it ends with a question mark. */
  sentenceIsQuestion: Uint8Array
  /** Per sentence: index of its first token (or of the next sentence's, if it has none). */
  sentenceFirstToken: Int32Array
}

const OTHER = 0
const LETTER = 1
const DIGIT = 2
const PERCENT_SIGN = 3
const SENTENCE_END = 4
const CLAUSE_END = 5
const QUESTION = 6
const FULL_STOP = 7
const LINE_BREAK = 8
const DASH = 9
const OPEN_BRACKET = 10
const CLOSE_BRACKET = 11
const HYPHEN = 12
const SPACE = 13

const buildClasses = (): Uint8Array => {
  const classes = new Uint8Array(0x10000)
  const letter = /^[\p{L}\p{M}]$/u
  for (let code = 0; code < 0x10000; code++) {
    if (code >= 0xd800 && code <= 0xdfff) continue
    if (letter.test(String.fromCharCode(code))) classes[code] = LETTER
  }
  for (let code = 0x30; code <= 0x39; code++) classes[code] = DIGIT
  classes[0x25] = PERCENT_SIGN
  for (const mark of '!;\u2026') classes[mark.charCodeAt(0)] = SENTENCE_END
  for (const mark of '\n\r\u2028\u2029') classes[mark.charCodeAt(0)] = LINE_BREAK
  classes[0x2e] = FULL_STOP
  classes[0x3f] = QUESTION
  classes[0x2c] = CLAUSE_END
  // A colon opens a new clause, as a comma does: «لا داعي للقلق: نتائج مضمونة» (the time 12:30 and
  // the ratio 1:10 stay one number, as 1,000 does).
  classes[0x3a] = CLAUSE_END
  // A dash sets off what follows as a clause or, with a second dash, a bracket («لا تنتظري - علاج
  // نهائي»), unless `opensAside` reads the pair as a list; the hyphen-minus only with a space beside
  // it («ما-قبل» is one word, «5-10» a range).
  for (const mark of '\u2012\u2013\u2014\u2015\u2e3a\u2e3b\ufe58') classes[mark.charCodeAt(0)] = DASH
  classes[0x2d] = HYPHEN
  for (const mark of '([{\ufd3f') classes[mark.charCodeAt(0)] = OPEN_BRACKET
  for (const mark of ')]}\ufd3e') classes[mark.charCodeAt(0)] = CLOSE_BRACKET
  for (let code = 0; code < 0x10000; code++) {
    if (classes[code] === OTHER && /^\s$/u.test(String.fromCharCode(code))) classes[code] = SPACE
  }
  return classes
}

const CLASSES = buildClasses()

/** The class of the nearest character on the side of `step` that is not a space, or OTHER at the text's edge. */
const classBeside = (codes: Uint16Array, length: number, index: number, step: 1 | -1): number => {
  let at = index + step
  while (at >= 0 && at < length && CLASSES[codes[at]!] === SPACE) at += step
  return at >= 0 && at < length ? CLASSES[codes[at]!]! : OTHER
}

/**
 * Whether the character at `index` is a dash that sets words apart: a dash, or a hyphen-minus with a
 * space beside it; not one between two numbers, which joins a range («5 - 10»، «5–10»).
 */
const isDashAt = (codes: Uint16Array, length: number, index: number): boolean => {
  const type = CLASSES[codes[index]!]
  if (type !== DASH && type !== HYPHEN) return false
  if (classBeside(codes, length, index, -1) === DIGIT && classBeside(codes, length, index, 1) === DIGIT) return false
  return type === DASH || CLASSES[codes[index - 1]!] === SPACE || CLASSES[codes[index + 1]!] === SPACE
}

const endsSentence = (type: number): boolean => type === SENTENCE_END || type === FULL_STOP || type === QUESTION || type === LINE_BREAK

/** Whether another dash comes after the one at `index` before the sentence ends: the two bracket what is between. */
const dashFollows = (codes: Uint16Array, length: number, index: number): boolean => {
  for (let at = index + 1; at < length; at++) {
    const type = CLASSES[codes[at]!]!
    if (endsSentence(type)) return false
    if (isDashAt(codes, length, at)) return true
  }
  return false
}

/**
 * The open brackets of the sentence being read, innermost last: whether a dash opened it, the clause
 * it sits in, and its first clause and token.
 */
const openBrackets: Array<{dash: boolean; outer: number; firstClause: number; firstToken: number}> = []

/**
 * Whether the words that open a pair of dashes open an aside («حتى الآن»، «كما ترين»، «في رأيي»):
 * the first `codes[start, end)`, the second `codes[nextStart, nextEnd)` (-1 when the aside has one word).
 */
export type OpensAside = (codes: Uint16Array, start: number, end: number, nextStart: number, nextEnd: number) => boolean

/**
 * Brackets nested deeper than this only part clauses: prose nests two or three, and a claim's
 * scope walks the clauses a bracket sits in, which must stay short on any text.
 */
const MAX_BRACKET_DEPTH = 4

const createTokenStream = (capacity: number): TokenStream => ({
  count: 0,
  start: new Int32Array(capacity),
  end: new Int32Array(capacity),
  kind: new Uint8Array(capacity),
  clause: new Int32Array(capacity),
  clauseParent: new Int32Array(capacity),
  sentence: new Int32Array(capacity),
  phrase: new Int32Array(capacity),
  sentenceIsQuestion: new Uint8Array(capacity),
  sentenceFirstToken: new Int32Array(capacity),
})

/**
 * Tokenises `codes[0, length)` into `into` (reused when large enough, else replaced by a bigger
 * stream, which is returned): the linter tokenises every text of every article and must not
 * allocate per text. With `opensAside`, a pair of dashes brackets what is between only when its
 * first word opens an aside; otherwise the dashes part a list of clauses (see the dash case below).
 */
export const tokenizeCodes = (codes: Uint16Array, length: number, into?: TokenStream, opensAside?: OpensAside): TokenStream => {
  // Every code unit can start a token (`5%5%` is four), so a text of n units holds at most n.
  const capacity = length + 2
  const stream = into && into.start.length >= capacity ? into : createTokenStream(Math.max(capacity, (into?.start.length ?? 0) * 2))
  const {start, end, kind, clause, clauseParent, sentence, phrase, sentenceIsQuestion, sentenceFirstToken} = stream
  let count = 0
  let clauseId = 0
  let nextClauseId = 1
  clauseParent[0] = -1
  openBrackets.length = 0
  /** Brackets opened past MAX_BRACKET_DEPTH and not closed yet. */
  let unnested = 0
  /** Starts a new clause in the bracket being read (or outside any), or, with `outer`, inside a new bracket. */
  const startClause = (outer = openBrackets.at(-1)?.outer ?? -1): void => {
    clauseId = nextClauseId++
    clauseParent[clauseId] = outer
  }
  let sentenceId = 0
  let phraseId = 0
  sentenceIsQuestion[0] = 0
  // A boundary only counts once a token has been seen since the last one, so ". ." or a blank line
  // do not create empty sentences.
  let tokensInSentence = 0
  let tokensInClause = 0
  let tokensInPhrase = 0
  // Where a run of end marks that closed a sentence stops: a «؟» right there («مضمونة!؟») still
  // makes the sentence it closed a question, as «مضمونة؟!» does.
  let endMarksUntil = -1
  let index = 0
  while (index < length) {
    const type = CLASSES[codes[index]!]!
    if (type === LETTER || type === DIGIT) {
      const tokenStart = index
      const isNumber = type === DIGIT
      index++
      while (index < length) {
        const next = CLASSES[codes[index]!]!
        // A letter run and a digit run are two tokens, as the reader sees them: «آمن١٠٠٪» is «آمن» + «١٠٠٪».
        if (next === (isNumber ? DIGIT : LETTER)) {
          index++
        } else if (isNumber && (next === FULL_STOP || next === CLAUSE_END) && index + 1 < length && CLASSES[codes[index + 1]!] === DIGIT) {
          // 2.5 and 1,000 are one number, not a sentence or clause end.
          index += 2
        } else break
      }
      start[count] = tokenStart
      end[count] = index
      kind[count] = isNumber ? NUMBER : WORD
      clause[count] = clauseId
      sentence[count] = sentenceId
      phrase[count] = phraseId
      if (tokensInSentence === 0) sentenceFirstToken[sentenceId] = count
      count++
      tokensInSentence++
      tokensInClause++
      tokensInPhrase++
      continue
    }
    if (type === PERCENT_SIGN) {
      start[count] = index
      end[count] = index + 1
      kind[count] = PERCENT
      clause[count] = clauseId
      sentence[count] = sentenceId
      phrase[count] = phraseId
      if (tokensInSentence === 0) sentenceFirstToken[sentenceId] = count
      count++
      tokensInSentence++
      tokensInClause++
      tokensInPhrase++
    } else if (endsSentence(type)) {
      if (type === QUESTION && tokensInSentence > 0) sentenceIsQuestion[sentenceId] = 1
      else if (type === QUESTION && index === endMarksUntil) sentenceIsQuestion[sentenceId - 1] = 1
      if (type !== LINE_BREAK && (tokensInSentence > 0 || index === endMarksUntil)) endMarksUntil = index + 1
      if (tokensInSentence > 0) {
        sentenceId++
        sentenceIsQuestion[sentenceId] = 0
        openBrackets.length = 0
        unnested = 0
        startClause()
        tokensInSentence = 0
        tokensInClause = 0
      }
      if (type !== LINE_BREAK && tokensInPhrase > 0) {
        phraseId++
        tokensInPhrase = 0
      }
    } else if (type === CLAUSE_END) {
      if (tokensInClause > 0) {
        startClause()
        tokensInClause = 0
      }
      if (tokensInPhrase > 0) {
        phraseId++
        tokensInPhrase = 0
      }
    } else if (type === OPEN_BRACKET || isDashAt(codes, length, index)) {
      // Brackets and dashes part clauses, not phrases: «علاج - نهائي» and «علاج (نهائي)» still read as one claim.
      const dash = type !== OPEN_BRACKET
      const nests = openBrackets.length < MAX_BRACKET_DEPTH
      const bracket = dash ? openBrackets.at(-1) : undefined
      if (bracket?.dash) {
        openBrackets.pop()
        // «لا يوجد – حتى الآن – علاج نهائي» is one clause with an aside in it, but «لا حاجة للجراحة -
        // جلسة واحدة - نتائج مضمونة» a list: each part is a clause of its own, and a negation or
        // warning in the first reaches neither the second nor the third. Only a first word that opens
        // an aside tells the two apart; an aside not known as one is read as a list, which takes
        // nothing back.
        const first = bracket.firstToken
        const second = first + 1 < count ? first + 1 : -1
        const aside =
          !opensAside || first === count || opensAside(codes, start[first]!, end[first]!, second === -1 ? -1 : start[second]!, second === -1 ? -1 : end[second]!)
        if (aside) {
          clauseId = bracket.outer
          tokensInClause = 1
        } else {
          const parent = clauseParent[bracket.outer]!
          for (let inside = bracket.firstClause; inside < nextClauseId; inside++) if (clauseParent[inside] === bracket.outer) clauseParent[inside] = parent
          startClause(parent)
          tokensInClause = 0
        }
      } else if (nests && (!dash || dashFollows(codes, length, index))) {
        const outer = clauseId
        startClause(outer)
        openBrackets.push({dash, outer, firstClause: clauseId, firstToken: count})
        tokensInClause = 0
      } else {
        if (!dash) unnested++
        if (tokensInClause > 0) {
          startClause()
          tokensInClause = 0
        }
      }
    } else if (type === CLOSE_BRACKET && unnested > 0) {
      unnested--
      if (tokensInClause > 0) {
        startClause()
        tokensInClause = 0
      }
    } else if (type === CLOSE_BRACKET && openBrackets.length > 0 && !openBrackets.at(-1)!.dash) {
      clauseId = openBrackets.pop()!.outer
      tokensInClause = 1
    }
    index++
  }
  if (tokensInSentence === 0) sentenceFirstToken[sentenceId] = count
  stream.count = count
  return stream
}

/** Whether clause `inner` is `outer` or inside brackets in it, however deep. */
export const isWithinClause = (tokens: TokenStream, inner: number, outer: number): boolean => {
  let clause = inner
  while (clause !== -1 && clause !== outer) clause = tokens.clauseParent[clause]!
  return clause === outer
}

export const codesOf = (text: string): Uint16Array => {
  const codes = new Uint16Array(text.length)
  for (let index = 0; index < text.length; index++) codes[index] = text.charCodeAt(index)
  return codes
}

export const tokenize = (text: string): TokenStream => tokenizeCodes(codesOf(text), text.length)
