// Finds the banned claims a text makes: normalise, tokenise, look every token up once in the
// phrasebook's lexicon, try only the patterns that can start at a known word, then drop the matches
// the sentence takes back. Pure; offsets refer to the original text.
//
// How a match is taken back (see docs/rules/banned-claim.md):
// - negation: a negator in the same clause, at most `negationReach` words before the match (a
//   privative such as "غير" or "بدون", at most `privativeReach`), with no clause joiner ("لكن",
//   "والنتائج") in between: "ليس علاجًا سحريًا", "لا نعد بنتائج مضمونة", "النتائج غير مضمونة".
//   A negation inside a "…" gap turns the phrase around, so the pattern does not match at all.
//   A negator that itself starts a claim ("ليس له أي آثار جانبية") is the claim, not a cancellation,
//   and cannot take back a following claim ("ليس له أي آثار جانبية ولا ألم"), only one inside it;
//   a negator right after a conditional ("إذا لم …") negates the condition, not its answer when the
//   answer opens with a future verb ("… ستفقدين شعرك كله"), nor a claim inside the condition when
//   its answer is negated too (doubleNegations): "لو لم يكن العلاج مضمونًا لما قدمناه" asserts it,
//   as does "… فإننا لن نقدمه" and the contrary-to-fact "… لاقترحنا بديلًا";
// - question: the sentence ends in "؟" and the match is in its last clause (unless it starts with a
//   presupposing word such as "لماذا"), or a question word ("هل") comes earlier in the sentence;
//   not a question answered yes ("… ؟ نعم", not "… ؟ طبعًا لا") or asking whether the reader knows
//   ("هل تعلمين أن …"); a question about a harm answered no ("هل الجلسة مؤلمة؟ لا.") is itself the
//   claim (answeredNoPatterns);
// - warning: a warning word ("احذري", "إعلانات", "خرافة") comes earlier in the sentence, not
//   after a privative ("بدون مبالغة"); a question or warning word does not reach past "لكن", "بل";
//   one with its object ("احذري التقليد"), the ads as a subject ("الإعلانات تعد بالكثير") or a
//   warning noun after a word pointing back ("هذه خرافة") warns only in its clause and what that
//   introduces with a colon or quotes or goes on with a relative pronoun ("، التي …");
// - hedge (categories or patterns with hedgesCancel only): a hedge ("غالبًا", "معظم") in the clause, not
//   across "لكن" or a new conjunct, nor one after the claim opened by و/ف ("ويمكنك") or past a
//   word that is no hedge link ("بدون ألم يستفيد منها كثير من المرضى"), nor one quantifying who
//   chooses ("كثير من المرضى يستفيدون من جلسات بدون ألم");
// - denial: a negator + a denial word shortly after the claim ("الشفاء التام … غير ممكن").
import {ARTICLE, CONJUNCTION, opensWithFutureMarker} from '../clitics.ts'
import {isFirstPersonVerb, isPastWeVerb} from '../firstPersonVerb.ts'
import {joinSpacedLetters} from '../joinSpacedLetters.ts'
import {normalizeToBuffer} from '../normalize.ts'
import {isWithinClause, tokenizeCodes, type TokenStream} from '../tokenize.ts'
import {
  AFFIRMING,
  ANSWER_LABEL,
  ANY_ARTICLE,
  DENYING,
  NEGATING_PHRASE,
  PHRASE_NEGATOR,
  NO_PROCLITIC,
  RELATIVE_MARKER,
  DENIAL,
  DENIAL_REFERENT,
  CLAUSE_JOINER,
  compilePhrasebook,
  CONDITIONAL,
  CONTRAST,
  GAP_BREAKER,
  IDIOM_OBJECT,
  HEDGE,
  HEDGE_BREAKER,
  GOVERNING_WARNING,
  WARNING_ADVERB,
  WARNING_NOUN,
  WARNING_SUBJECT,
  RELATIVE_PRONOUN,
  HEDGE_LINK,
  KNOWING,
  NEGATOR,
  NO_ARTICLE,
  PRESUPPOSING,
  PRIVATIVE,
  QUESTION_WORD,
  WARNING_WORD,
  type Alternative,
  type CompiledPattern,
  type CompiledDoubleNegation,
  type CompiledPhrasebook,
  type Element,
  type TermSpec,
  type WordSequence,
} from './compilePhrasebook.ts'
import type {ClaimSeverity, Phrasebook} from './phrasebook.ts'

export interface ClaimMatch {
  categoryId: string
  label: string
  message: string
  suggestion: string
  severity: Exclude<ClaimSeverity, 'off'>
  /** UTF-16 offsets in the original text, `[start, end)`. */
  start: number
  end: number
  /** The original text of the match, as written (with its diacritics). */
  excerpt: string
  /** The pattern that matched, for debugging the data. */
  pattern: string
}

/** Term matches of every token: token i's are `terms/flags[first[i] .. first[i + 1])`; `scope[i]` their scope bits. */
interface TokenTerms {
  first: Int32Array
  terms: Int32Array
  flags: Uint8Array
  scope: Uint32Array
}

// Scratch space reused by every call (the linter runs on every text of every article; allocating
// per text made the garbage collector the biggest cost). findClaims is synchronous, so no call can
// see another's buffers.
const scratch: TokenTerms & {tokens: TokenStream | undefined; size: number} = {
  first: new Int32Array(256),
  terms: new Int32Array(256),
  flags: new Uint8Array(256),
  scope: new Uint32Array(256),
  tokens: undefined,
  size: 0,
}

const pushTerm = (term: number, flags: number): void => {
  if (scratch.size === scratch.terms.length) {
    const terms = new Int32Array(scratch.terms.length * 2)
    terms.set(scratch.terms)
    scratch.terms = terms
    const grown = new Uint8Array(scratch.flags.length * 2)
    grown.set(scratch.flags)
    scratch.flags = grown
  }
  scratch.terms[scratch.size] = term
  scratch.flags[scratch.size++] = flags
}

/** Looks every token up once; returns whether any token can start a pattern. */
const lookupTokens = (codes: Uint16Array, tokens: TokenStream, book: CompiledPhrasebook): boolean => {
  if (scratch.first.length < tokens.count + 1) {
    scratch.first = new Int32Array((tokens.count + 1) * 2)
    scratch.scope = new Uint32Array((tokens.count + 1) * 2)
  }
  const {first, scope} = scratch
  scratch.size = 0
  let canStart = false
  for (let token = 0; token < tokens.count; token++) {
    first[token] = scratch.size
    book.lexicon.lookup(codes, tokens.start[token]!, tokens.end[token]!, pushTerm)
    let bits = 0
    for (let index = first[token]!; index < scratch.size; index++) {
      const term = scratch.terms[index]!
      bits |= book.scopeBits[term]!
      if (book.patternsByFirstTerm[term]) canStart = true
    }
    scope[token] = bits
  }
  first[tokens.count] = scratch.size
  return canStart
}

class TextMatcher {
  readonly codes: Uint16Array
  readonly tokens: TokenStream
  readonly terms: TokenTerms
  readonly book: CompiledPhrasebook
  /** The phrase the pattern being tried started in: its words may not run past it. */
  phrase = 0
  /** The words a gap of the pattern being tried may not span. */
  notWithin: ReadonlySet<number> = new Set()
  /** The matches found in the text, before any is taken back: what a warning's clause says (ScopeReach.warnedBefore). */
  raw: readonly RawMatch[] = []
  /** Whether a sentence may answer a question no («… ؟ لا.»): else answeredNo patterns are not tried. */
  mayAnswerNo = false
  private reach: ScopeReach | undefined

  /** What takes back a claim at each token, computed once per text on first use. */
  scopes(): ScopeReach {
    return (this.reach ??= computeScopeReach(this))
  }

  constructor(codes: Uint16Array, tokens: TokenStream, terms: TokenTerms, book: CompiledPhrasebook) {
    this.codes = codes
    this.tokens = tokens
    this.terms = terms
    this.book = book
  }

  tokenMatches(token: number, spec: TermSpec): boolean {
    const {terms} = this
    for (let index = terms.first[token]!; index < terms.first[token + 1]!; index++) {
      if (terms.terms[index] !== spec.term) continue
      if (spec.article === ANY_ARTICLE) return true
      if (spec.article === NO_ARTICLE && !(terms.flags[index]! & ARTICLE)) return true
      if (spec.article === NO_PROCLITIC && !(terms.flags[index]! & ~CONJUNCTION)) return true
    }
    return false
  }

  isAnyOf(token: number, terms: ReadonlySet<number>): boolean {
    for (let index = this.terms.first[token]!; index < this.terms.first[token + 1]!; index++) if (terms.has(this.terms.terms[index]!)) return true
    return false
  }

  alternativeEnd(alternative: Alternative, token: number): number {
    for (let offset = 0; offset < alternative.length; offset++) {
      const at = token + offset
      if (at >= this.tokens.count || this.tokens.phrase[at] !== this.phrase) return -1
      if (!this.tokenMatches(at, alternative[offset]!)) return -1
    }
    return token + alternative.length
  }

  /** End token (exclusive) of the shortest match of `elements[from..]` at `token`, or -1. */
  elementsEnd(elements: readonly Element[], from: number, token: number): number {
    if (from === elements.length) return token
    const element = elements[from]!
    if (element.kind === 'gap') {
      for (let skipped = 0; skipped <= element.max; skipped++) {
        if (skipped > 0) {
          const crossed = token + skipped - 1
          if (crossed >= this.tokens.count || this.tokens.phrase[crossed] !== this.phrase) return -1
          // A negation inside the gap turns the phrase around ("النتائج ليست دائمة").
          if (this.terms.scope[crossed]! & (GAP_BREAKER | NEGATOR | PRIVATIVE)) return -1
          if (this.notWithin.size > 0 && this.isAnyOf(crossed, this.notWithin)) return -1
        }
        const end = this.elementsEnd(elements, from + 1, token + skipped)
        if (end !== -1) return end
      }
      return -1
    }
    for (const alternative of element.alternatives) {
      const after = this.alternativeEnd(alternative, token)
      if (after === -1) continue
      const end = this.elementsEnd(elements, from + 1, after)
      if (end !== -1) return end
    }
    return element.optional ? this.elementsEnd(elements, from + 1, token) : -1
  }

  matchAt(pattern: CompiledPattern, token: number): number {
    this.phrase = this.tokens.phrase[token]!
    this.notWithin = pattern.notWithin
    if (pattern.notAfter.length > 0 && token > 0 && this.tokens.phrase[token - 1] === this.phrase) {
      for (const alternative of pattern.notAfter) {
        if (alternative.length === 1 && this.tokenMatches(token - 1, alternative[0]!)) return -1
      }
    }
    const end = this.elementsEnd(pattern.elements, 0, token)
    if (end !== -1 && pattern.notBefore.some((alternative) => this.alternativeEnd(alternative, end) !== -1)) return -1
    return end
  }
}

interface RawMatch {
  pattern: CompiledPattern
  startToken: number
  endToken: number
}

/**
 * Per compiled phrasebook, stamped with a running number so nothing is cleared between texts or
 * tokens: the attempt at which each pattern was last tried (one per token), the text in which each
 * term was last seen, and the text for which each pattern was last found possible or not (2n + 1, 2n).
 */
interface TrialStamps {
  attempts: Float64Array
  attempt: number
  termSeen: Float64Array
  possible: Float64Array
  text: number
}
const trialStamps = new WeakMap<CompiledPhrasebook, TrialStamps>()

/** Whether the text (`stamps.text`) holds a word for each required word of the pattern after its first. */
const isPossibleInText = (pattern: CompiledPattern, stamps: TrialStamps): boolean => {
  const known = stamps.possible[pattern.index]!
  if (known >= 2 * stamps.text) return known === 2 * stamps.text + 1
  const possible = pattern.requiredTerms.every((terms) => terms.some((term) => stamps.termSeen[term] === stamps.text))
  stamps.possible[pattern.index] = 2 * stamps.text + (possible ? 1 : 0)
  return possible
}

const findRawMatches = (matcher: TextMatcher): RawMatch[] => {
  const {tokens, terms, book} = matcher
  const matches: RawMatch[] = []
  let stamps = trialStamps.get(book)
  if (!stamps) {
    stamps = {attempts: new Float64Array(book.patternCount), attempt: 0, termSeen: new Float64Array(book.termCount), possible: new Float64Array(book.patternCount), text: 0}
    trialStamps.set(book, stamps)
  }
  const {attempts, termSeen} = stamps
  const text = ++stamps.text
  for (let index = 0; index < terms.first[tokens.count]!; index++) termSeen[terms.terms[index]!] = text
  for (let token = 0; token < tokens.count; token++) {
    const attempt = ++stamps.attempt
    for (let index = terms.first[token]!; index < terms.first[token + 1]!; index++) {
      const candidates = book.patternsByFirstTerm[terms.terms[index]!]
      if (!candidates) continue
      for (const pattern of candidates) {
        if (attempts[pattern.index] === attempt) continue
        attempts[pattern.index] = attempt
        if (pattern.requiredTerms.length > 0 && !isPossibleInText(pattern, stamps)) continue
        if (pattern.answeredNo && !matcher.mayAnswerNo) continue
        const end = matcher.matchAt(pattern, token)
        if (end !== -1) matches.push({pattern, startToken: token, endToken: end})
      }
    }
  }
  return matches
}

const WAW = 0x0648
const FEH = 0x0641
const ALEF = 0x0627
const LAM = 0x0644
const SAWFA = [0x0633, WAW, FEH] // سوف

/**
 * Whether the claim opens with a future verb, as the answer to a condition does: "ستفقدين" (س + an
 * imperfect verb) or "سوف تفقدين", either after the ف that may open an answer ("فستفقدين", "فسوف").
 */
const opensWithFutureVerb = (matcher: TextMatcher, startToken: number): boolean => {
  const {codes, tokens} = matcher
  const start = tokens.start[startToken]!
  const end = tokens.end[startToken]!
  if (opensWithFutureMarker(codes, start, end) || (codes[start] === FEH && opensWithFutureMarker(codes, start + 1, end))) return true
  if (startToken === 0) return false
  let before = tokens.start[startToken - 1]!
  const beforeEnd = tokens.end[startToken - 1]!
  if (codes[before] === FEH && beforeEnd - before === SAWFA.length + 1) before++
  return beforeEnd - before === SAWFA.length && SAWFA.every((code, index) => codes[before + index] === code)
}

/** Whether the words of `condition` end at `token` in its clause: "إن لم" with "لم" at `token`. */
const conditionEndsAt = (matcher: TextMatcher, condition: WordSequence, token: number): boolean =>
  sequenceAt(matcher, condition, token - condition.length + 1, matcher.tokens.clause)

/** Whether the words of `sequence` start at `first`, all in one clause or sentence (`within`: the tokens' clause or sentence ids). */
const sequenceAt = (matcher: TextMatcher, sequence: WordSequence, first: number, within: Int32Array): boolean => {
  const last = first + sequence.length - 1
  if (first < 0 || last >= matcher.tokens.count || within[first] !== within[last]) return false
  for (let offset = 0; offset < sequence.length; offset++) {
    if (!sequence[offset]!.some((spec) => matcher.tokenMatches(first + offset, spec))) return false
  }
  return true
}

/**
 * Whether the word is one of `specs`, bare or (with `fehMayOpen`) after ف ("فلن"); not after و,
 * which goes on negating the condition ("ولا فورية"), nor after a preposition ("كما", "بما").
 */
const isAnswerWord = (matcher: TextMatcher, token: number, specs: readonly TermSpec[], fehMayOpen: boolean): boolean => {
  const {terms, codes, tokens} = matcher
  const afterFeh = fehMayOpen && codes[tokens.start[token]!] === FEH
  for (let index = terms.first[token]!; index < terms.first[token + 1]!; index++) {
    const flags = terms.flags[index]!
    if ((flags === 0 || (flags === CONJUNCTION && afterFeh)) && specs.some((spec) => spec.term === terms.terms[index])) return true
  }
  return false
}

/** The token after one of `rule`'s answers opening at `token` in its sentence ("فلن" → +1, "فإننا لا" → +2), or -1. */
const answerEnd = (matcher: TextMatcher, rule: CompiledDoubleNegation, token: number): number => {
  const {tokens} = matcher
  const sentence = tokens.sentence[token]!
  for (const answer of rule.answers) {
    const end = token + answer.length
    if (end > tokens.count || tokens.sentence[end - 1] !== sentence) continue
    if (answer.every((specs, offset) => isAnswerWord(matcher, token + offset, specs, offset === 0))) return end
  }
  return -1
}

/** Whether the word is one of `rule`'s answer verb prefixes on a past verb of "we": "لاقترحنا", "لأخبرناكِ". */
const isPrefixedAnswerVerb = (matcher: TextMatcher, rule: CompiledDoubleNegation, token: number): boolean => {
  const {codes, tokens} = matcher
  const start = tokens.start[token]!
  const end = tokens.end[token]!
  return rule.answerVerbPrefixes.some(
    (prefix) => prefix.every((code, index) => codes[start + index] === code) && isPastWeVerb(codes, start + prefix.length, end),
  )
}

/**
 * Whether the negation at `negator` negates a condition holding the claim whose answer is negated
 * too, so the two assert the claim: "لو لم يكن العلاج مضمونًا لما قدمناه", "… لاقترحنا بديلًا". The
 * answer opens within `answerReach` words after the claim; an answer that opens otherwise
 * ("فسنقترح", "فإننا نقترح", "ستعرفين") is not negated, and a negation after it is its own.
 */
const isDoubleNegation = (match: RawMatch, matcher: TextMatcher, negator: number): boolean => {
  const {tokens, codes, book} = matcher
  const rules = book.doubleNegations.filter((rule) => rule.conditions.some((condition) => conditionEndsAt(matcher, condition, negator)))
  if (rules.length === 0) return false
  const sentence = tokens.sentence[match.startToken]!
  const last = Math.min(match.endToken + book.answerReach, tokens.count - 1)
  for (let token = match.endToken; token <= last && tokens.sentence[token] === sentence; token++) {
    let answered = false
    for (const rule of rules) {
      const verb = answerEnd(matcher, rule, token)
      if (verb === -1) continue
      answered = true
      const byWriter = verb < tokens.count && tokens.sentence[verb] === sentence && isFirstPersonVerb(codes, tokens.start[verb]!, tokens.end[verb]!)
      if (!rule.writerOnly || byWriter) return true
    }
    if (answered) return false
    if (rules.some((rule) => isPrefixedAnswerVerb(matcher, rule, token))) return true
    if (codes[tokens.start[token]!] === FEH || opensWithFutureVerb(matcher, token)) return false
  }
  return false
}

const startsWithConjunction = (codes: Uint16Array, start: number): boolean => {
  const first = codes[start]
  return first === WAW || first === FEH
}

/** "والنتائج", "فالعلاج": a conjunction + article starts a new conjunct that an earlier "لا" does not reach. */
const startsNewConjunct = (codes: Uint16Array, start: number): boolean => {
  const first = codes[start]
  return (first === WAW || first === FEH) && codes[start + 1] === ALEF && codes[start + 2] === LAM
}

const isTakenBack = (match: RawMatch, matcher: TextMatcher, claimingNegators: ReadonlyMap<number, number>): boolean => {
  const {tokens, terms, book} = matcher
  const start = match.startToken
  const clause = tokens.clause[start]!
  const sentence = tokens.sentence[start]!
  const sentenceStart = tokens.sentenceFirstToken[sentence]!

  // A match that itself opens a conjunct ("والنتائج مضمونة") is out of reach of an earlier negator.
  // So is a claim opened by "و" + negator ("بدون جراحة وبدون ألم"): a second negation, not a double one.
  const opensConjunct =
    startsNewConjunct(matcher.codes, tokens.start[start]!) || (claimingNegators.has(start) && startsWithConjunction(matcher.codes, tokens.start[start]!))
  const reachable = opensConjunct ? 0 : book.negationReach
  const {inIdiom, notOnlyAhead} = matcher.scopes()
  for (let token = start - 1, reach = 1; token >= sentenceStart && reach <= reachable; token--, reach++) {
    if (tokens.clause[token] !== clause) {
      // «لا يوجد (حتى الآن) علاج نهائي»: the negation reads on past brackets in its clause.
      if (isWithinClause(tokens, tokens.clause[token]!, clause)) continue
      break
    }
    const scope = terms.scope[token]!
    // "لا شك", "بلا شك", "غير جراحي": the negator has its object, and negates nothing after it.
    const negatesItsIdiom = token + 1 < start && (terms.scope[token + 1]! & IDIOM_OBJECT) !== 0
    // A negator that starts a claim still takes back a match inside that claim («لن تندمي أبدًا» is
    // one promise, not also the warning «تندمي»): the claim it starts reports those words.
    const claimEnd = claimingNegators.get(token)
    const claimsInstead = claimEnd !== undefined && match.endToken > claimEnd
    // "إذا لم تعالجي التساقط الآن ستفقدين شعرك كله": the negation belongs to the condition.
    const negatesTheCondition = token > sentenceStart && (terms.scope[token - 1]! & CONDITIONAL) !== 0 && opensWithFutureVerb(matcher, start)
    // «صدقي أو لا تصدقي»، «لا يختلف اثنان»: the negator is part of an idiom that asserts.
    // «لا نقول إن النتائج مضمونة فقط بل دائمة»: "not only … but", which asserts both.
    const isNegator = (scope & (NEGATOR | PHRASE_NEGATOR)) !== 0
    const saysNotOnly = isNegator && notOnlyAhead[start] === 1
    if (!claimsInstead && !negatesItsIdiom && !negatesTheCondition && !inIdiom[token] && !saysNotOnly) {
      const negates = isNegator || ((scope & PRIVATIVE) !== 0 && reach <= book.privativeReach)
      // "لو لم يكن مضمونًا لما قدمناه": with a negated answer, the negated condition asserts the claim.
      if (negates && !isDoubleNegation(match, matcher, token)) return true
    }
    if (scope & CLAUSE_JOINER || startsNewConjunct(matcher.codes, tokens.start[token]!)) break
  }
  const scopes = matcher.scopes()
  const last = match.endToken - 1
  // A question mark asks about the clause it closes: «نتائج مضمونة، هل تحتاجين أكثر؟» asserts its first clause.
  const asks = tokens.sentenceIsQuestion[sentence] && !scopes.asserted[sentence]
  if (asks && !match.pattern.answeredNo && !(terms.scope[sentenceStart]! & PRESUPPOSING) && scopes.lastClause[tokens.sentence[last]!] === tokens.clause[last]) return true
  // «هل» reaches the claim as a warning word does; a question answered no (answeredNo) claims what «لا» says.
  if (scopes.warnedBefore[start] && !match.pattern.answeredNo) return true
  if (match.pattern.hedgesCancel) {
    if (scopes.hedgedBefore[start]) return true
    for (let token = start; token < match.endToken; token++) if (terms.scope[token]! & HEDGE) return true
    if (match.endToken < tokens.count && readOnInClause(tokens, match.endToken - 1) && scopes.hedgedAfter[match.endToken]) return true
  }
  return isDeniedAfter(matcher, match) || isDeniedInNextClause(matcher, match)
}

/** Whether the clause goes on from `token` to the next token: the same clause, or into or out of brackets in it («بدون ألم (غالبًا)»). */
const readOnInClause = (tokens: TokenStream, token: number): boolean => {
  const here = tokens.clause[token]!
  const next = tokens.clause[token + 1]!
  return isWithinClause(tokens, next, here) || isWithinClause(tokens, here, next)
}

/** How many words after a claim a denial may start: «العلاج النهائي للبهاق غير متوفر». */
const DENIAL_REACH = 4

/**
 * Whether a negator or privative without و/ف, followed by a denial («غير ممكن»، «ليس صحيحًا»),
 * comes within DENIAL_REACH words after the claim in its clause, before «لكن» or a new conjunct:
 * «الشفاء التام من الصدفية غير ممكن حاليًا» names the claim to deny it; «… وغير ممكن أن تندمي» does not.
 */
const isDeniedAfter = (matcher: TextMatcher, match: RawMatch): boolean => {
  const {tokens, terms} = matcher
  const clause = tokens.clause[match.endToken - 1]!
  const last = Math.min(match.endToken + DENIAL_REACH, tokens.count - 1)
  for (let token = match.endToken; token < last && tokens.clause[token + 1] === clause; token++) {
    if (opensNewPart(matcher, token)) return false
    if (terms.scope[token + 1]! & DENIAL && isScopeWordWithoutConjunction(matcher, token, NEGATOR | PRIVATIVE)) return true
  }
  return false
}

/** How many words may follow the claim in its clause, and the denial in its own, for a denial in the next clause to take it back. */
const REFERENT_SLACK = 2

/**
 * Whether the clause right after the claim's denies it, referring back to it: a referent
 * («وهذا»، «لكن هذا»), a negator or privative within two words, then a denial closing the clause
 * (at most REFERENT_SLACK words after it): «يعتقد البعض أن النتائج مضمونة، وهذا غير صحيح». The
 * claim must close its own clause too, so the referent is about it.
 */
const isDeniedInNextClause = (matcher: TextMatcher, match: RawMatch): boolean => {
  const {tokens, terms} = matcher
  const last = match.endToken - 1
  let token = match.endToken
  while (token < tokens.count && tokens.clause[token] === tokens.clause[last]) {
    if (token - last > REFERENT_SLACK) return false
    token++
  }
  if (token >= tokens.count || tokens.sentence[token] !== tokens.sentence[last]) return false
  const clause = tokens.clause[token]!
  if (terms.scope[token]! & CLAUSE_JOINER && tokens.clause[token + 1] === clause) token++
  if (!(terms.scope[token]! & DENIAL_REFERENT)) return false
  for (let at = token + 1; at <= token + 2 && at + 1 < tokens.count && tokens.clause[at + 1] === clause; at++) {
    if (!(terms.scope[at + 1]! & DENIAL) || !isScopeWordWithoutConjunction(matcher, at, NEGATOR | PRIVATIVE)) continue
    let rest = 0
    for (let after = at + 2; after < tokens.count && tokens.clause[after] === clause; after++) rest++
    return rest <= REFERENT_SLACK
  }
  return false
}

/** Whether one of the phrasebook's misconception phrases ends at `token`, not after a negator («ليس من الخطأ»). */
const endsMisconception = (matcher: TextMatcher, token: number): boolean =>
  matcher.book.misconceptions.some((phrase) => {
    if (!conditionEndsAt(matcher, phrase, token)) return false
    const before = token - phrase.length
    return before < 0 || matcher.tokens.clause[before] !== matcher.tokens.clause[token] || !(matcher.terms.scope[before]! & (NEGATOR | PRIVATIVE))
  })

/**
 * Per token, what takes back a claim starting (or ending) there. Each is one pass over the text, so
 * a match costs O(1) to check instead of a walk over its sentence or clause (quadratic on a long
 * text full of claims).
 */
interface ScopeReach {
  /** Per token: 1 inside an affirming idiom («صدقي أو لا تصدقي»), whose words take nothing back. */
  inIdiom: Uint8Array
  /** Per sentence: its last clause, the one a final «؟» closes. */
  lastClause: Int32Array
  /**
   * Per sentence: a question that asserts what it asks, answered yes by the next sentence («هل
   * النتائج مضمونة؟ نعم!») or asking whether the reader knows it («هل تعلمين أن نتائجنا مضمونة؟»).
   */
  asserted: Uint8Array
  /**
   * A question or warning word earlier in the sentence that reaches this token: not turned around
   * by «لكن», «بل»… after it («إعلانات كثيرة تعدك بالكثير لكن نتائجنا مضمونة»), and not the object
   * of a privative, which warns of nothing («بدون مبالغة، نتائجنا مضمونة»).
   */
  warnedBefore: Uint8Array
  /**
   * A hedge earlier in the clause, with no «لكن», new conjunct or hedge breaker after it: not «قد
   * تخافين من الحقن لكن جلساتنا بدون ألم», nor «كثير من المرضى يستفيدون من جلسات بدون ألم».
   */
  hedgedBefore: Uint8Array
  /**
   * From this token on, a hedge that goes on the clause («بدون ألم غالبًا»), past hedge links only
   * («في معظم الحالات»); not one that opens a clause of its own with و/ف («بدون ألم ويمكنك العودة
   * لعملك») nor one with a predicate of its own («بدون ألم يستفيد منها كثير من المرضى»).
   */
  hedgedAfter: Uint8Array
  /**
   * From this token on in its clause, before any «لكن», «بل»…, a "not only" marker («فقط بل»): a
   * negator before the token says "not only", and takes back nothing there.
   */
  notOnlyAhead: Uint8Array
}

/** Whether the token turns the clause to something new: «لكن», «بل», or a new conjunct («والنتائج»). */
const opensNewPart = (matcher: TextMatcher, token: number): boolean =>
  (matcher.terms.scope[token]! & CLAUSE_JOINER) !== 0 || startsNewConjunct(matcher.codes, matcher.tokens.start[token]!)

const NOON = 0x0646

/** «أن» (أنّ, إن folded alike): what follows it is what the reader is asked to know. */
const isAnna = (matcher: TextMatcher, token: number): boolean => {
  const start = matcher.tokens.start[token]!
  return matcher.tokens.end[token]! - start === 2 && matcher.codes[start] === ALEF && matcher.codes[start + 1] === NOON
}

/**
 * Whether a negator follows the word in its clause, and negates (not «لا تقلقي»): «طبعًا لا»، «أكيد
 * مش مضمونة»، «بالطبع ليس نهائيًا» answer no, the more firmly for "of course".
 */
const isNegatedRightAfter = (matcher: TextMatcher, token: number): boolean => {
  const {tokens, terms} = matcher
  const next = token + 1
  const inClause = (at: number) => at < tokens.count && tokens.clause[at] === tokens.clause[token]
  return inClause(next) && (terms.scope[next]! & NEGATOR) !== 0 && !(inClause(next + 1) && terms.scope[next + 1]! & IDIOM_OBJECT)
}

/** Whether one of the phrasebook's affirming answers opens at `token` in its sentence, and no negator follows it («طبعًا لا»). */
const answersYes = (matcher: TextMatcher, token: number): boolean =>
  token < matcher.tokens.count &&
  (matcher.terms.scope[token]! & AFFIRMING) !== 0 &&
  matcher.book.affirmingAnswers.some((answer) => sequenceAt(matcher, answer, token, matcher.tokens.sentence) && !isNegatedRightAfter(matcher, token + answer.length - 1))

/** The token an answer opening the sentence at `token` starts at: after its label («ج: نعم»). */
const answerStart = (matcher: TextMatcher, token: number): number => (matcher.terms.scope[token]! & ANSWER_LABEL ? token + 1 : token)

/** Whether one of the phrasebook's denying answers opens at `token` and closes its clause: «لا.»، «لا، أبدًا»، «أبدًا.». */
const answersNo = (matcher: TextMatcher, token: number): boolean => {
  const {tokens, terms} = matcher
  if (token >= tokens.count || !(terms.scope[token]! & DENYING)) return false
  return matcher.book.denyingAnswers.some((answer) => {
    const last = token + answer.length - 1
    return sequenceAt(matcher, answer, token, tokens.sentence) && (last + 1 >= tokens.count || tokens.clause[last + 1] !== tokens.clause[last])
  })
}

/** Whether some sentence after the first opens with a denying answer word, so answeredNo patterns are worth trying. */
const mayAnswerNo = (matcher: TextMatcher): boolean => {
  const {tokens, terms} = matcher
  for (let token = 1; token < tokens.count; token++) {
    const sentence = tokens.sentence[token]!
    if (sentence === tokens.sentence[token - 1] || !tokens.sentenceIsQuestion[sentence - 1]) continue
    const answer = answerStart(matcher, token)
    if (answer < tokens.count && terms.scope[answer]! & DENYING) return true
  }
  return false
}

/**
 * Whether a yes-no question asks about the words at `token` in its sentence, with no gap breaker
 * between, for a harm that is the reason for advice or that grows is not what is asked about («هل
 * أتناول مسكنًا للألم؟»، «هل تزيد الجلسات من خطر العدوى؟»). «هل» before them asks; without it, the
 * question mark alone does for its last clause («الجلسة بتوجع؟»، «فيه آثار جانبية؟»), unless the
 * sentence opens with a question word that asks something else («كيف نتعامل مع الألم؟»).
 */
const isAskedWhether = (matcher: TextMatcher, token: number): boolean => {
  const {tokens, terms} = matcher
  const sentence = tokens.sentence[token]!
  const first = tokens.sentenceFirstToken[sentence]!
  for (let at = token - 1; at >= first; at--) {
    if (terms.scope[at]! & GAP_BREAKER) return false
    if (terms.scope[at]! & QUESTION_WORD) return true
  }
  return !(terms.scope[first]! & PRESUPPOSING) && matcher.scopes().lastClause[sentence] === tokens.clause[token]
}

/**
 * Whether the question holding an answeredNo match («هل الجلسة مؤلمة؟») is answered no by the
 * sentence after it, so it claims the opposite: not when the answer names the same thing again
 * («لا، الألم خفيف»; `namedInAnswer`, per sentence and category) or, for a pattern that hedges
 * cancel (its own or its category's), holds a hedge («لا، وقد تشعرين بوخز بسيط»).
 */
const isAnsweredNo = (matcher: TextMatcher, match: RawMatch, namedInAnswer: ReadonlySet<number>): boolean => {
  const {tokens, terms, book} = matcher
  const sentence = tokens.sentence[match.startToken]!
  if (!tokens.sentenceIsQuestion[sentence] || !isAskedWhether(matcher, match.startToken)) return false
  const first = tokens.sentenceFirstToken[sentence + 1]!
  if (first >= tokens.count || !answersNo(matcher, answerStart(matcher, first))) return false
  if (namedInAnswer.has((sentence + 1) * book.categories.length + match.pattern.category)) return false
  if (!match.pattern.hedgesCancel) return true
  for (let token = first; token < tokens.count && tokens.sentence[token] === sentence + 1; token++) if (terms.scope[token]! & HEDGE) return false
  return true
}

/** Per sentence, whether it is a question that asserts what it asks (ScopeReach.asserted). */
const assertedQuestions = (matcher: TextMatcher): Uint8Array => {
  const {tokens, terms} = matcher
  const asserted = new Uint8Array(tokens.count + 1)
  for (let token = 0; token < tokens.count; token++) {
    const sentence = tokens.sentence[token]!
    const opensSentence = token === tokens.sentenceFirstToken[sentence]
    if (opensSentence && sentence > 0 && answersYes(matcher, answerStart(matcher, token))) asserted[sentence - 1] = 1
    const rhetorical =
      terms.scope[token]! & QUESTION_WORD &&
      token + 2 < tokens.count &&
      tokens.sentence[token + 2] === sentence &&
      terms.scope[token + 1]! & KNOWING &&
      isAnna(matcher, token + 2)
    if (rhetorical) asserted[sentence] = 1
  }
  return asserted
}

/** Per token, whether a "not only" marker follows in its clause before a clause joiner (ScopeReach.notOnlyAhead). */
const notOnlyAheadTokens = (matcher: TextMatcher): Uint8Array => {
  const {tokens, terms, book} = matcher
  const ahead = new Uint8Array(tokens.count)
  if (book.notOnlyMarkers.length === 0) return ahead
  for (let token = tokens.count - 1; token >= 0; token--) {
    // In its sentence, across a comma: «مضمونة فقط، بل دائمة».
    if (book.notOnlyMarkers.some((marker) => sequenceAt(matcher, marker, token, tokens.sentence))) ahead[token] = 1
    else if (token + 1 < tokens.count && !opensNewPart(matcher, token) && !(terms.scope[token]! & CLAUSE_JOINER) && readOnInClause(tokens, token)) ahead[token] = ahead[token + 1]!
  }
  return ahead
}

/** Per token, whether it is inside one of the phrasebook's affirming idioms (ScopeReach.inIdiom). */
const affirmingIdiomTokens = (matcher: TextMatcher): Uint8Array => {
  const {count} = matcher.tokens
  const inIdiom = new Uint8Array(count)
  for (const idiom of matcher.book.affirmingIdioms) {
    for (let token = idiom.length - 1; token < count; token++) {
      if (conditionEndsAt(matcher, idiom, token)) inIdiom.fill(1, token - idiom.length + 1, token + 1)
    }
  }
  return inIdiom
}

const COLON = 0x3a
const QUOTES = new Set([0x22, 0xab, 0x201c, 0x201e, 0x2039])

/** Whether the word opens with the conjunction و: «والعلاج»، «وعلاج» (a word of the phrasebook, so «وجه» is not read as و + «جه»). */
const opensWithWaw = (matcher: TextMatcher, token: number): boolean => {
  const {codes, tokens, terms} = matcher
  const start = tokens.start[token]!
  if (codes[start] !== WAW) return false
  if (startsNewConjunct(codes, start)) return true
  for (let index = terms.first[token]!; index < terms.first[token + 1]!; index++) if (terms.flags[index]! & CONJUNCTION) return true
  return false
}

/** Whether the marks between two words introduce or quote what follows: a colon or an opening quote. */
const introducesOrQuotes = (codes: Uint16Array, from: number, to: number): boolean => {
  for (let index = from; index < to; index++) if (codes[index] === COLON || QUOTES.has(codes[index]!)) return true
  return false
}

const computeScopeReach = (matcher: TextMatcher): ScopeReach => {
  const {tokens, terms} = matcher
  const {count} = tokens
  const reach: ScopeReach = {
    inIdiom: affirmingIdiomTokens(matcher),
    lastClause: new Int32Array(count + 1),
    asserted: assertedQuestions(matcher),
    warnedBefore: new Uint8Array(count),
    hedgedBefore: new Uint8Array(count),
    hedgedAfter: new Uint8Array(count),
    notOnlyAhead: notOnlyAheadTokens(matcher),
  }
  let warned = 0
  // The clause a contrast word opened («على عكس الإعلانات»), and the clause a warning word warns in
  // only (one after a contrast word, or a misconception phrase).
  let contrastClause = -1
  let warnedClause = -1
  // The clause of a warning with its object («احذري التقليد، …»): it reaches on only into what it
  // introduces or quotes («احذري من عبارة: نتائج مضمونة»، «احذري من العبارات التالية، «نتائج مضمونة»»).
  let objectWarnedClause = -1
  // The clause of the last word referring back («هذه»): a warning noun after it is a verdict on what came before.
  let referentClause = -1
  // The clause of a warning with its object, a warning noun or a misconception (not a contrast), and
  // whether a claim follows the warning in it: what it warns against is then a list of claims, which a
  // clause opened by و goes on («… تقول إن النتائج مضمونة، والعلاج نهائي»).
  let listClause = -1
  let warnedClaims = false
  const claimStarts = new Uint8Array(count)
  for (const match of matcher.raw) claimStarts[match.startToken] = 1
  let hedged = 0
  for (let token = 0; token < count; token++) {
    const scope = reach.inIdiom[token] ? 0 : terms.scope[token]!
    const clause = tokens.clause[token]!
    const sentenceGoesOn = token > 0 && tokens.sentence[token] === tokens.sentence[token - 1]
    if (!sentenceGoesOn) warned = 0
    if (token === 0 || !readOnInClause(tokens, token - 1)) hedged = 0
    reach.lastClause[tokens.sentence[token]!] = clause
    const previous = tokens.clause[token - 1]
    if (sentenceGoesOn && clause !== previous && warnedClause === previous) {
      // «احذري من المراكز التي تقول إن النتائج مضمونة، والعلاج نهائي»، «من الخطأ الاعتقاد أن النتائج
      // مضمونة، والعلاج نهائي»: coordinated with و, the next claim is still what those centres say or
      // the belief; not without و («احذري التقليد، نتائجنا مضمونة»), nor after a warning that warned
      // of no claim («احذري التقليد، ونتائجنا مضمونة»).
      // «احذري الإعلانات، التي تعد بنتائج مضمونة»: a relative clause goes on describing what is warned of.
      const describesObject = objectWarnedClause === previous && (terms.scope[token]! & RELATIVE_PRONOUN) !== 0
      if (objectWarnedClause !== -1 && (describesObject || introducesOrQuotes(matcher.codes, tokens.end[token - 1]!, tokens.start[token]!))) {
        warnedClause = objectWarnedClause = listClause = clause
      } else if (listClause === previous && warnedClaims && opensWithWaw(matcher, token)) {
        warnedClause = listClause = clause
        if (objectWarnedClause !== -1) objectWarnedClause = clause
      }
    }
    reach.warnedBefore[token] = warned || warnedClause === clause ? 1 : 0
    if (claimStarts[token] && warnedClause === clause) warnedClaims = true
    reach.hedgedBefore[token] = hedged
    const afterPrivative = sentenceGoesOn && (terms.scope[token - 1]! & PRIVATIVE) !== 0
    const asks = scope & QUESTION_WORD && !reach.asserted[tokens.sentence[token]!]
    if (scope & CONTRAST) {
      contrastClause = clause
      warned = 0
    }
    if ((asks || scope & WARNING_WORD) && !afterPrivative) {
      // «احذري التقليد، نتائجنا مضمونة»: a warning with its object in its clause warns in that clause only.
      let object = token + 1
      while (object < count && tokens.clause[object] === clause && terms.scope[object]! & WARNING_ADVERB) object++
      // «الإعلانات تعد بالكثير، نتائجنا مضمونة»: the ads as the subject of their clause are what it says, no further.
      const governs = scope & GOVERNING_WARNING || (scope & WARNING_SUBJECT && objectWarnedClause !== clause)
      const hasObject = !asks && governs && object < count && tokens.clause[object] === clause
      // «هذه خرافة شائعة، الليزر علاج نهائي»: the myth is what «هذه» points back to, not the next clause.
      const judgesWhatCameBefore = !asks && scope & WARNING_NOUN && referentClause === clause
      if (sentenceGoesOn && contrastClause === clause) warnedClause = clause
      else if (hasObject || judgesWhatCameBefore) {
        warnedClause = objectWarnedClause = listClause = clause
        warnedClaims = false
        // «احذري الإعلانات، نتائجنا مضمونة»، «لا تصدقي الخرافات، …»: a warning word that is the object
        // of a warning with its object is what that warns of, and warns no further than it.
      } else if (objectWarnedClause !== clause) warned = 1
    }
    if (scope & DENIAL_REFERENT) referentClause = clause
    // «من الخطأ الاعتقاد أن …» calls the rest of its clause a misconception.
    if (matcher.book.misconceptions.length > 0 && endsMisconception(matcher, token)) {
      warnedClause = listClause = clause
      objectWarnedClause = -1
      warnedClaims = false
    }
    if (scope & CLAUSE_JOINER) {
      warned = 0
      warnedClause = -1
      objectWarnedClause = -1
      listClause = -1
    }
    // «يختار كثير من المرضى جلساتنا الآمنة تمامًا»: the hedge is the subject of the verb of choosing.
    if (scope & HEDGE) hedged = sentenceGoesOn && terms.scope[token - 1]! & HEDGE_BREAKER ? 0 : 1
    else if (scope & HEDGE_BREAKER || opensNewPart(matcher, token)) hedged = 0
  }
  for (let token = count - 1; token >= 0; token--) {
    const clauseGoesOn = token + 1 < count && readOnInClause(tokens, token)
    if (opensNewPart(matcher, token)) reach.hedgedAfter[token] = 0
    else if (terms.scope[token]! & HEDGE) reach.hedgedAfter[token] = isScopeWordWithoutConjunction(matcher, token, HEDGE) ? 1 : 0
    else reach.hedgedAfter[token] = clauseGoesOn && terms.scope[token]! & HEDGE_LINK ? reach.hedgedAfter[token + 1]! : 0
  }
  return reach
}

/**
 * Gives the last word of each negating phrase («ما فيه»، «ما له») the PHRASE_NEGATOR bit, not before a
 * relative marker («ما فيه من مخاطر»), and returns each such phrase's first token with that word:
 * a claim the phrase starts («ما فيه أي ألم») is the claim, as one a negator starts is.
 */
const markNegatingPhrases = (matcher: TextMatcher): Map<number, number> | undefined => {
  const {tokens, terms, book} = matcher
  if (book.negatingPhrases.length === 0) return undefined
  let negators: Map<number, number> | undefined
  for (let token = 0; token < tokens.count; token++) {
    if (!(terms.scope[token]! & NEGATING_PHRASE)) continue
    for (const phrase of book.negatingPhrases) {
      const last = token + phrase.length - 1
      if (!sequenceAt(matcher, phrase, token, tokens.clause)) continue
      if (last + 1 < tokens.count && tokens.clause[last + 1] === tokens.clause[last] && terms.scope[last + 1]! & RELATIVE_MARKER) continue
      terms.scope[last]! |= PHRASE_NEGATOR
      ;(negators ??= new Map()).set(token, last)
      break
    }
  }
  return negators
}

/** Whether the word is one of the `bits` scope words read without و/ف: «ويمكنك» after a claim opens a clause of its own. */
const isScopeWordWithoutConjunction = (matcher: TextMatcher, token: number, bits: number): boolean => {
  const {terms, book} = matcher
  for (let index = terms.first[token]!; index < terms.first[token + 1]!; index++) {
    if (book.scopeBits[terms.terms[index]!]! & bits && !(terms.flags[index]! & CONJUNCTION)) return true
  }
  return false
}

/**
 * The original range of the folded range `[from, to)`: the fold moves a percent sign typed first
 * («%100», «٪١٠٠») after its number, so the range runs from the first original character any of its
 * folded characters came from to the last, and past the marks dropped after it. A character above
 * U+FFFF that folds to several («💯» to «100%») points every one at its first unit: the range takes
 * its second too.
 */
const sourceRange = (text: string, sourceIndex: Int32Array, from: number, to: number): {start: number; end: number} => {
  let start = sourceIndex[from]!
  let last = start
  for (let index = from + 1; index < to; index++) {
    start = Math.min(start, sourceIndex[index]!)
    last = Math.max(last, sourceIndex[index]!)
  }
  const end = Math.max(sourceIndex[to]!, last + 1)
  return {start, end: isHighSurrogate(text.charCodeAt(end - 1)) ? end + 1 : end}
}

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff

export const findClaims = (text: string, phrasebook: Phrasebook): ClaimMatch[] => {
  // Compile first: compiling normalises the phrasebook's words through the same shared buffers.
  const book = compilePhrasebook(phrasebook)
  const normalized = joinSpacedLetters(normalizeToBuffer(text), book.knowsWord)
  const tokens = tokenizeCodes(normalized.codes, normalized.length, scratch.tokens, book.opensAside)
  scratch.tokens = tokens
  if (!lookupTokens(normalized.codes, tokens, book)) return []
  const terms: TokenTerms = scratch
  const matcher = new TextMatcher(normalized.codes, tokens, terms, book)
  const phraseNegators = markNegatingPhrases(matcher)
  matcher.mayAnswerNo = book.denyingAnswers.length > 0 && mayAnswerNo(matcher)
  const raw = (matcher.raw = findRawMatches(matcher))
  if (raw.length === 0) return []
  // Per sentence and category, an answeredNo match: an answer that names what the question asked («لا، الألم خفيف»).
  const namedInAnswer = new Set<number>()
  if (matcher.mayAnswerNo) for (const match of raw) if (match.pattern.answeredNo) namedInAnswer.add(tokens.sentence[match.startToken]! * book.categories.length + match.pattern.category)

  // Each negator that starts a claim, with the end of the longest claim it starts («ما فيه أي ألم»: «فيه»).
  const claimingNegators = new Map<number, number>()
  for (const match of raw) {
    const negator = terms.scope[match.startToken]! & (NEGATOR | PRIVATIVE) ? match.startToken : phraseNegators?.get(match.startToken)
    if (negator !== undefined) claimingNegators.set(negator, Math.max(claimingNegators.get(negator) ?? 0, match.endToken))
  }

  const kept: RawMatch[] = []
  // Raw matches come in start order, so a match overlaps an earlier kept one of its category exactly
  // when it starts before the furthest end kept for that category (one lookup, not a scan of `kept`),
  // and then overlaps the last one kept for it.
  const keptEnd = new Int32Array(book.categories.length)
  const lastKept: Array<RawMatch | undefined> = []
  // Likewise a match lies inside an earlier one taken back when it ends by the furthest end taken
  // back for its category: «لا يستطيع أي طبيب أن يعدك بنتائج مضمونة» takes back «مضمونة» with
  // «بنتائج مضمونة», though the negation is too far from «مضمونة» alone.
  const takenBackEnd = new Int32Array(book.categories.length)
  for (const match of raw) {
    if (match.endToken <= takenBackEnd[match.pattern.category]!) continue
    if (match.pattern.answeredNo && !isAnsweredNo(matcher, match, namedInAnswer)) continue
    if (isTakenBack(match, matcher, claimingNegators)) {
      takenBackEnd[match.pattern.category] = Math.max(takenBackEnd[match.pattern.category]!, match.endToken)
      continue
    }
    // One finding per claim: a match inside or overlapping an earlier one of its category is the same
    // claim. One running past it widens it to their union, so the finding quotes the whole promise
    // and a match starting where the earlier one ended falls inside it: in «نعدك بنتائج مضمونة»,
    // «بنتائج مضمونة» widens «نعدك بنتائج», and «مضمونة» is not a second finding. The earlier
    // match's pattern is the one reported.
    const category = match.pattern.category
    if (match.startToken < keptEnd[category]!) {
      if (match.endToken > keptEnd[category]!) lastKept[category]!.endToken = keptEnd[category] = match.endToken
      continue
    }
    keptEnd[category] = match.endToken
    kept.push((lastKept[category] = match))
  }
  return kept
    .sort((a, b) => a.startToken - b.startToken || a.pattern.category - b.pattern.category)
    .map((match): ClaimMatch => {
      const category = book.categories[match.pattern.category]!
      const {start, end} = sourceRange(text, normalized.sourceIndex, tokens.start[match.startToken]!, tokens.end[match.endToken - 1]!)
      return {
        categoryId: category.id,
        label: category.label,
        message: category.message,
        suggestion: category.suggestion,
        severity: category.severity as Exclude<ClaimSeverity, 'off'>,
        start,
        end,
        excerpt: text.slice(start, end),
        pattern: match.pattern.source,
      }
    })
}
