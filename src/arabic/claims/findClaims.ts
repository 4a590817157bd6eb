// Finds the banned claims a text makes: normalise, tokenise, look every token up once in the
// phrasebook's lexicon, try only the patterns that can start at a known word, then drop the matches
// the sentence takes back. Pure; offsets refer to the original text.
//
// How a match is taken back (see docs/rules/banned-claim.md):
// - negation: a negator in the same clause, at most `negationReach` words before the match, with no
//   clause joiner ("لكن", "والنتائج") in between: "ليس علاجًا سحريًا", "لا نعد بنتائج مضمونة".
//   A negator that itself starts a claim ("ليس له أي آثار جانبية") is the claim, not a cancellation,
//   and cannot take back a following claim ("ليس له أي آثار جانبية ولا ألم");
// - question: the sentence ends in "؟" (unless it starts with a presupposing word such as "لماذا"),
//   or a question word ("هل") comes earlier in the sentence;
// - warning: a warning word ("احذري", "إعلانات", "خرافة") comes earlier in the sentence;
// - hedge (categories with hedgesCancel only): a hedge ("غالبًا", "معظم") anywhere in the clause.
import {ARTICLE} from '../clitics.ts'
import {normalizeForMatching} from '../normalize.ts'
import {tokenize, type TokenStream} from '../tokenize.ts'
import {
  ANY_ARTICLE,
  CLAUSE_JOINER,
  compilePhrasebook,
  GAP_BREAKER,
  HEDGE,
  NEGATOR,
  NO_ARTICLE,
  PRESUPPOSING,
  PRIVATIVE,
  QUESTION_WORD,
  WARNING_WORD,
  type Alternative,
  type CompiledPattern,
  type CompiledPhrasebook,
  type Element,
  type TermSpec,
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

/** Term matches of every token: token i's are `terms/flags[first[i] .. first[i + 1])`. */
interface TokenTerms {
  first: Int32Array
  terms: Int32Array
  flags: Uint8Array
  scope: Uint8Array
}

let termPool = new Int32Array(256)
let flagPool = new Uint8Array(256)
let poolSize = 0

const pushTerm = (term: number, flags: number): void => {
  if (poolSize === termPool.length) {
    const terms = new Int32Array(termPool.length * 2)
    terms.set(termPool)
    termPool = terms
    const flagsGrown = new Uint8Array(flagPool.length * 2)
    flagsGrown.set(flagPool)
    flagPool = flagsGrown
  }
  termPool[poolSize] = term
  flagPool[poolSize++] = flags
}

const lookupTokens = (text: string, tokens: TokenStream, book: CompiledPhrasebook): TokenTerms => {
  poolSize = 0
  const first = new Int32Array(tokens.count + 1)
  const scope = new Uint8Array(tokens.count)
  for (let token = 0; token < tokens.count; token++) {
    first[token] = poolSize
    book.lexicon.lookup(text, tokens.start[token]!, tokens.end[token]!, pushTerm)
    let bits = 0
    for (let index = first[token]!; index < poolSize; index++) bits |= book.scopeBits[termPool[index]!]!
    scope[token] = bits
  }
  first[tokens.count] = poolSize
  return {first, terms: termPool.slice(0, poolSize), flags: flagPool.slice(0, poolSize), scope}
}

class TextMatcher {
  readonly text: string
  readonly tokens: TokenStream
  readonly terms: TokenTerms
  readonly book: CompiledPhrasebook
  clause = 0

  constructor(text: string, tokens: TokenStream, terms: TokenTerms, book: CompiledPhrasebook) {
    this.text = text
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
    }
    return false
  }

  alternativeEnd(alternative: Alternative, token: number): number {
    for (let offset = 0; offset < alternative.length; offset++) {
      const at = token + offset
      if (at >= this.tokens.count || this.tokens.clause[at] !== this.clause) return -1
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
          if (crossed >= this.tokens.count || this.tokens.clause[crossed] !== this.clause) return -1
          // A negation inside the gap turns the phrase around ("النتائج ليست دائمة").
          if (this.terms.scope[crossed]! & (GAP_BREAKER | NEGATOR | PRIVATIVE)) return -1
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
    this.clause = this.tokens.clause[token]!
    if (pattern.notAfter.length > 0 && token > 0 && this.tokens.clause[token - 1] === this.clause) {
      for (const alternative of pattern.notAfter) {
        if (alternative.length === 1 && this.tokenMatches(token - 1, alternative[0]!)) return -1
      }
    }
    return this.elementsEnd(pattern.elements, 0, token)
  }
}

interface RawMatch {
  pattern: CompiledPattern
  startToken: number
  endToken: number
}

const findRawMatches = (matcher: TextMatcher): RawMatch[] => {
  const {tokens, terms, book} = matcher
  const matches: RawMatch[] = []
  const lastTried = new Int32Array(book.patternCount).fill(-1)
  for (let token = 0; token < tokens.count; token++) {
    for (let index = terms.first[token]!; index < terms.first[token + 1]!; index++) {
      const candidates = book.patternsByFirstTerm[terms.terms[index]!]
      if (!candidates) continue
      for (const pattern of candidates) {
        if (lastTried[pattern.index] === token) continue
        lastTried[pattern.index] = token
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

/** "والنتائج", "فالعلاج": a conjunction + article starts a new conjunct that an earlier "لا" does not reach. */
const startsNewConjunct = (text: string, start: number): boolean => {
  const first = text.charCodeAt(start)
  return (first === WAW || first === FEH) && text.charCodeAt(start + 1) === ALEF && text.charCodeAt(start + 2) === LAM
}

const isTakenBack = (match: RawMatch, matcher: TextMatcher, claimingNegators: ReadonlySet<number>): boolean => {
  const {tokens, terms, book} = matcher
  const start = match.startToken
  const clause = tokens.clause[start]!
  const sentence = tokens.sentence[start]!
  const sentenceStart = tokens.sentenceFirstToken[sentence]!

  for (let token = start - 1, reach = 1; token >= sentenceStart && reach <= book.negationReach; token--, reach++) {
    if (tokens.clause[token] !== clause) break
    const scope = terms.scope[token]!
    if (!claimingNegators.has(token)) {
      if (scope & NEGATOR) return true
      if (scope & PRIVATIVE && reach <= book.privativeReach) return true
    }
    if (scope & CLAUSE_JOINER || startsNewConjunct(matcher.text, tokens.start[token]!)) break
  }
  if (tokens.sentenceIsQuestion[sentence] && !(terms.scope[sentenceStart]! & PRESUPPOSING)) return true
  for (let token = sentenceStart; token < start; token++) {
    if (terms.scope[token]! & (QUESTION_WORD | WARNING_WORD)) return true
  }
  if (book.categories[match.pattern.category]!.hedgesCancel) {
    for (let token = start - 1; token >= 0 && tokens.clause[token] === clause; token--) if (terms.scope[token]! & HEDGE) return true
    for (let token = start; token < tokens.count && tokens.clause[token] === clause; token++) if (terms.scope[token]! & HEDGE) return true
  }
  return false
}

export const findClaims = (text: string, phrasebook: Phrasebook): ClaimMatch[] => {
  const book = compilePhrasebook(phrasebook)
  const normalized = normalizeForMatching(text)
  const tokens = tokenize(normalized.text)
  const terms = lookupTokens(normalized.text, tokens, book)
  const matcher = new TextMatcher(normalized.text, tokens, terms, book)
  const raw = findRawMatches(matcher)
  if (raw.length === 0) return []

  const claimingNegators = new Set<number>()
  for (const match of raw) if (terms.scope[match.startToken]! & (NEGATOR | PRIVATIVE)) claimingNegators.add(match.startToken)

  const kept: RawMatch[] = []
  for (const match of raw) {
    if (isTakenBack(match, matcher, claimingNegators)) continue
    // One finding per claim: a match inside or overlapping an earlier one of its category adds nothing.
    const overlaps = kept.some(
      (other) => other.pattern.category === match.pattern.category && other.startToken < match.endToken && match.startToken < other.endToken,
    )
    if (!overlaps) kept.push(match)
  }
  return kept
    .sort((a, b) => a.startToken - b.startToken || a.pattern.category - b.pattern.category)
    .map((match): ClaimMatch => {
      const category = book.categories[match.pattern.category]!
      const start = normalized.sourceIndex[tokens.start[match.startToken]!]!
      const end = normalized.sourceIndex[tokens.end[match.endToken - 1]!]!
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
