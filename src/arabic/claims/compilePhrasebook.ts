// Turns a phrasebook (data) into what the matcher runs: one lexicon of every word form the
// patterns and scopes use, patterns as element lists indexed by the words they can start with, and
// per-word scope bits. Compiled once per phrasebook object and cached.
import {inflectedForms, isShortParticle} from '../inflections.ts'
import type {KnowsWord} from '../joinSpacedLetters.ts'
import {compileLexicon, type Lexicon, type LexiconForm} from '../lexicon.ts'
import {normalizeWord} from '../normalize.ts'
import {tokenize, type OpensAside} from '../tokenize.ts'
import {oncePerObject} from '../../memo/oncePerObject.ts'
import type {ClaimSeverity, Phrasebook, PhrasePattern} from './phrasebook.ts'

export const ANY_ARTICLE = 0
export const NO_ARTICLE = 1
export const NO_PROCLITIC = 2

export interface TermSpec {
  term: number
  article: number
}
export type Alternative = readonly TermSpec[]
export type Element = {kind: 'slot'; alternatives: readonly Alternative[]; optional: boolean} | {kind: 'gap'; max: number}

export interface CompiledPattern {
  index: number
  category: number
  source: string
  elements: readonly Element[]
  notAfter: readonly Alternative[]
  notBefore: readonly Alternative[]
  /** Term ids a gap of the pattern may not span. */
  notWithin: ReadonlySet<number>
  /**
   * Per required word after the first: the terms any of its alternatives starts with. A text holding
   * none of one list cannot match the pattern, which is then not tried at every one of its first
   * word's occurrences («@look …2 @forEver» at each «بشرة» of a text with no «للأبد»).
   */
  requiredTerms: readonly Int32Array[]
  /** One of the category's answeredNoPatterns: a claim only in a question answered no. */
  answeredNo: boolean
  /** Whether a hedge takes it back: the category's `hedgesCancel`, or the pattern's own. */
  hedgesCancel: boolean
}

export interface CompiledCategory {
  id: string
  label: string
  message: string
  suggestion: string
  severity: ClaimSeverity
  hedgesCancel: boolean
}

export const NEGATOR = 1
export const CLAUSE_JOINER = 2
export const QUESTION_WORD = 4
export const PRESUPPOSING = 8
export const WARNING_WORD = 16
export const HEDGE = 32
export const GAP_BREAKER = 64
export const PRIVATIVE = 128
export const IDIOM_OBJECT = 256
export const CONDITIONAL = 512
export const AFFIRMING = 1024
export const KNOWING = 2048
export const DENIAL = 4096
export const CONTRAST = 8192
export const DENIAL_REFERENT = 16384
export const HEDGE_LINK = 32768
export const HEDGE_BREAKER = 65536
export const GOVERNING_WARNING = 131072
export const WARNING_ADVERB = 262144
export const WARNING_NOUN = 524288
export const ASIDE_OPENER = 1048576
export const ANSWER_LABEL = 2097152
export const DENYING = 4194304
export const NEGATING_PHRASE = 8388608
export const RELATIVE_MARKER = 16777216
/**
 * Set per text on the last word of a negating phrase («ما فيه»): it takes back a claim after it as a
 * negator does, while a pattern's gap may span it («ما فيه احتمال للفشل»).
 */
export const PHRASE_NEGATOR = 33554432
export const WARNING_SUBJECT = 67108864
export const RELATIVE_PRONOUN = 134217728

/** Consecutive words, each any of these term specs: a negated condition (its last word the negation) or an answer's opening. */
export type WordSequence = ReadonlyArray<readonly TermSpec[]>

export interface CompiledDoubleNegation {
  conditions: readonly WordSequence[]
  answers: readonly WordSequence[]
  /** Normalised particles written on a past verb of "we" that opens the answer ("ل"). */
  answerVerbPrefixes: ReadonlyArray<readonly number[]>
  writerOnly: boolean
}

export interface CompiledPhrasebook {
  lexicon: Lexicon
  termCount: number
  /** Scope bits (NEGATOR…) per term id. */
  scopeBits: Uint32Array
  /** Patterns by the term id their first element can match. */
  patternsByFirstTerm: ReadonlyArray<readonly CompiledPattern[] | undefined>
  patternCount: number
  categories: readonly CompiledCategory[]
  negationReach: number
  privativeReach: number
  doubleNegations: readonly CompiledDoubleNegation[]
  answerReach: number
  misconceptions: readonly WordSequence[]
  affirmingIdioms: readonly WordSequence[]
  notOnlyMarkers: readonly WordSequence[]
  /** Whether a word is a form of one the phrasebook uses: where words spelled out side by side part (joinSpacedLetters). */
  knowsWord: KnowsWord
  /** Whether a word is one of `asideOpeners`, for the tokenizer; absent when the phrasebook lists none (every pair of dashes brackets). */
  opensAside: OpensAside | undefined
  affirmingAnswers: readonly WordSequence[]
  denyingAnswers: readonly WordSequence[]
  negatingPhrases: readonly WordSequence[]
}

const DEFAULT_GAP = 3

class PhrasebookCompiler {
  readonly forms: LexiconForm[] = []
  readonly termIds = new Map<string, number>()
  readonly phrasebook: Phrasebook

  constructor(phrasebook: Phrasebook) {
    this.phrasebook = phrasebook
  }

  term(word: string, exact: boolean): number {
    const normalized = normalizeWord(word)
    const fixed = exact || isShortParticle(normalized)
    const key = `${fixed ? '=' : '~'}${normalized}`
    let id = this.termIds.get(key)
    if (id === undefined) {
      id = this.termIds.size
      this.termIds.set(key, id)
      const surfaces = fixed ? [normalized] : inflectedForms(normalized)
      // A word written with the article is also met after the preposition ل, which drops its
      // alef: "الأبد" → "للأبد" (looking up the stem "أبد" instead would also match "لابد").
      if (!fixed && normalized.startsWith('ال') && normalized.length >= 4) surfaces.push(...inflectedForms(`ل${normalized.slice(1)}`))
      // «نتايج»، «نهايي»، «مولم»: ئ and ؤ are often typed as a bare ي or و, and read the same.
      const bare = surfaces.map((surface) => surface.replaceAll('ئ', 'ي').replaceAll('ؤ', 'و'))
      for (const surface of new Set([...surfaces, ...bare])) this.forms.push({surface, termId: id})
    }
    return id
  }

  /** One written word or phrase (with markers) to a sequence of term specs. */
  literal(written: string, where: string): Alternative {
    let text = written
    let exact = false
    let article = ANY_ARTICLE
    for (;;) {
      if (text.startsWith('=')) exact = true
      else if (text.startsWith('!')) article = NO_ARTICLE
      else if (text.startsWith('^')) article = NO_PROCLITIC
      else break
      text = text.slice(1)
    }
    const normalized = normalizeWord(text)
    const tokens = tokenize(normalized)
    if (tokens.count === 0) throw new Error(`Empty word "${written}" in ${where}`)
    const specs: TermSpec[] = []
    for (let index = 0; index < tokens.count; index++) {
      const word = normalized.slice(tokens.start[index], tokens.end[index])
      specs.push({term: this.term(word, exact), article: index === 0 ? article : ANY_ARTICLE})
    }
    return specs
  }

  alternatives(element: string, where: string): Alternative[] {
    const inner = element.startsWith('(') && element.endsWith(')') ? element.slice(1, -1) : element
    return inner.split('|').flatMap((choice) => {
      if (!choice.startsWith('@')) return [this.literal(choice, where)]
      const entries = this.phrasebook.classes[choice.slice(1)]
      if (!entries) throw new Error(`Unknown word class ${choice} in ${where}`)
      return entries.map((entry) => entry.split(/\s+/).filter(Boolean).flatMap((word) => this.literal(word, `${choice} in ${where}`)))
    })
  }

  elements(source: string, where: string): Element[] {
    return source
      .split(/\s+/)
      .filter(Boolean)
      .map((raw): Element => {
        const gap = /^(?:…|\.\.\.)(\d*)$/.exec(raw)
        if (gap) return {kind: 'gap', max: gap[1] ? Number(gap[1]) : DEFAULT_GAP}
        const optional = raw.endsWith('?') && raw.length > 1
        return {kind: 'slot', alternatives: this.alternatives(optional ? raw.slice(0, -1) : raw, where), optional}
      })
  }
}

// The two lookups the compiled phrasebook keeps are made here, not inside compile: V8 keeps one
// context per function for all the closures made in it, so closures made beside compile's own
// (wordSequence, neighbours) held its compiler, ~115,000 word forms per phrasebook and three
// phrasebooks, for the life of the process.
const lexiconLookups = (lexicon: Lexicon, scopeBits: Uint32Array, asidePairs: ReadonlyMap<number, ReadonlySet<number>>): {knowsWord: KnowsWord; opensAside: OpensAside} => {
  let opens = false
  // The second words that would make the first word being looked up open an aside.
  const seconds: ReadonlySet<number>[] = []
  const noteAside = (term: number): void => {
    if (scopeBits[term]! & ASIDE_OPENER) opens = true
    const pair = asidePairs.get(term)
    if (pair) seconds.push(pair)
  }
  const noteSecond = (term: number): void => {
    if (seconds.some((pair) => pair.has(term))) opens = true
  }
  const opensAside: OpensAside = (codes, start, end, nextStart, nextEnd) => {
    opens = false
    seconds.length = 0
    lexicon.lookup(codes, start, end, noteAside)
    if (!opens && seconds.length > 0 && nextStart !== -1) lexicon.lookup(codes, nextStart, nextEnd, noteSecond)
    return opens
  }
  const ignoreTerm = (): void => {}
  const knowsWord: KnowsWord = (codes, start, end) => lexicon.lookup(codes, start, end, ignoreTerm) > 0
  return {knowsWord, opensAside}
}

const compile = (phrasebook: Phrasebook): CompiledPhrasebook => {
  const compiler = new PhrasebookCompiler(phrasebook)
  const patterns: CompiledPattern[] = []
  const categories = phrasebook.categories.map((category): CompiledCategory => ({
    id: category.id,
    label: category.label,
    message: category.message,
    suggestion: category.suggestion,
    severity: phrasebook.severities[category.id] ?? 'error',
    hedgesCancel: category.hedgesCancel ?? false,
  }))
  phrasebook.categories.forEach((category, categoryIndex) => {
    if (categories[categoryIndex]!.severity === 'off') return
    const written = [...category.patterns.map((pattern) => ({pattern, answeredNo: false})), ...(category.answeredNoPatterns ?? []).map((pattern) => ({pattern, answeredNo: true}))]
    written.forEach(({pattern, answeredNo}) => {
      const source = typeof pattern === 'string' ? pattern : pattern.match
      const where = `${category.id} pattern "${source}"`
      const elements = compiler.elements(source, where)
      const first = elements[0]
      if (!first || first.kind !== 'slot' || first.optional) throw new Error(`${where} must start with a required word`)
      const neighbours = (words: string | undefined) => (typeof pattern === 'string' || !words ? [] : compiler.alternatives(words, where))
      const notAfter = neighbours(typeof pattern === 'string' ? undefined : pattern.notAfter)
      const notBefore = neighbours(typeof pattern === 'string' ? undefined : pattern.notBefore)
      const notWithin = new Set(
        neighbours(typeof pattern === 'string' ? undefined : pattern.notWithin).map((words) => {
          if (words.length !== 1) throw new Error(`${where}: notWithin must list single words`)
          return words[0]!.term
        }),
      )
      const requiredTerms = elements
        .slice(1)
        .flatMap((element) => (element.kind === 'slot' && !element.optional ? [Int32Array.from(new Set(element.alternatives.map((alternative) => alternative[0]!.term)))] : []))
      const hedgesCancel = categories[categoryIndex]!.hedgesCancel || (typeof pattern !== 'string' && pattern.hedgesCancel === true)
      patterns.push({index: patterns.length, category: categoryIndex, source, elements, notAfter, notBefore, notWithin, requiredTerms, answeredNo, hedgesCancel})
    })
  })

  const scopeEntries: ReadonlyArray<readonly [readonly string[], number]> = [
    [phrasebook.scopes.negators, NEGATOR],
    [phrasebook.scopes.privatives, PRIVATIVE],
    [phrasebook.scopes.clauseJoiners, CLAUSE_JOINER],
    [phrasebook.scopes.questionWords, QUESTION_WORD],
    [phrasebook.scopes.presupposingQuestionWords, PRESUPPOSING],
    [phrasebook.scopes.warningWords, WARNING_WORD],
    [phrasebook.scopes.hedges, HEDGE],
    [phrasebook.scopes.gapBreakers, GAP_BREAKER],
    [phrasebook.scopes.idiomObjects, IDIOM_OBJECT],
    [phrasebook.scopes.conditionals, CONDITIONAL],
    [phrasebook.scopes.answerLabels ?? [], ANSWER_LABEL],
    [phrasebook.scopes.relativeMarkers ?? [], RELATIVE_MARKER],
    [phrasebook.scopes.knowingVerbs ?? [], KNOWING],
    [phrasebook.scopes.denials ?? [], DENIAL],
    [phrasebook.scopes.contrasts ?? [], CONTRAST],
    [phrasebook.scopes.denialReferents ?? [], DENIAL_REFERENT],
    [phrasebook.scopes.hedgeLinks ?? [], HEDGE_LINK],
    [phrasebook.scopes.hedgeBreakers ?? [], HEDGE_BREAKER],
    [phrasebook.scopes.governingWarnings ?? [], GOVERNING_WARNING],
    [phrasebook.scopes.warningAdverbs ?? [], WARNING_ADVERB],
    [phrasebook.scopes.warningNouns ?? [], WARNING_NOUN],
    [phrasebook.scopes.warningSubjects ?? [], WARNING_SUBJECT],
    [phrasebook.scopes.relativePronouns ?? [], RELATIVE_PRONOUN],
  ]
  const scoped: Array<[number, number]> = []
  // An aside opener of two words («في رأيي»): its first word opens an aside only before its second.
  const asidePairs = new Map<number, Set<number>>()
  for (const opener of phrasebook.scopes.asideOpeners ?? []) {
    const specs = compiler.literal(opener, 'asideOpeners')
    if (specs.length > 2) throw new Error(`Aside opener "${opener}" must be one or two words`)
    if (specs.length === 1) scoped.push([specs[0]!.term, ASIDE_OPENER])
    else asidePairs.set(specs[0]!.term, (asidePairs.get(specs[0]!.term) ?? new Set()).add(specs[1]!.term))
  }
  for (const [words, bit] of scopeEntries) {
    for (const word of words) {
      const specs = compiler.literal(word, 'scopes')
      if (specs.length !== 1) throw new Error(`Scope word "${word}" must be a single word`)
      scoped.push([specs[0]!.term, bit])
    }
  }

  const wordSequence = (source: string, where: string): WordSequence =>
    compiler.elements(source, where).map((element) => {
      if (element.kind !== 'slot' || element.optional || element.alternatives.some((words) => words.length !== 1)) {
        throw new Error(`${where} must be single words, without gaps or optional words`)
      }
      return element.alternatives.map((words) => words[0]!)
    })
  const doubleNegations = phrasebook.scopes.doubleNegations.map((rule): CompiledDoubleNegation => ({
    conditions: rule.conditions.map((condition) => wordSequence(condition, `doubleNegations condition "${condition}"`)),
    answers: rule.answers.map((answer) => wordSequence(answer, `doubleNegations answer "${answer}"`)),
    answerVerbPrefixes: (rule.answerVerbPrefixes ?? []).map((prefix) => {
      const normalized = normalizeWord(prefix)
      if (normalized.length === 0 || /\s/.test(normalized)) throw new Error(`Answer verb prefix "${prefix}" must be letters of one word`)
      return Array.from(normalized, (letter) => letter.charCodeAt(0))
    }),
    writerOnly: rule.writerOnly,
  }))

  const misconceptions = (phrasebook.scopes.misconceptions ?? []).map((phrase) => wordSequence(phrase, `misconception "${phrase}"`))
  const affirmingIdioms = (phrasebook.scopes.affirmingIdioms ?? []).map((phrase) => wordSequence(phrase, `affirming idiom "${phrase}"`))
  const notOnlyMarkers = (phrasebook.scopes.notOnlyMarkers ?? []).map((phrase) => wordSequence(phrase, `not-only marker "${phrase}"`))
  const affirmingAnswers = (phrasebook.scopes.affirmingAnswers ?? []).map((phrase) => wordSequence(phrase, `affirming answer "${phrase}"`))
  const denyingAnswers = (phrasebook.scopes.denyingAnswers ?? []).map((phrase) => wordSequence(phrase, `denying answer "${phrase}"`))
  // The first words of the answers carry AFFIRMING or DENYING, so only a sentence opening with one is tried.
  for (const answer of affirmingAnswers) for (const spec of answer[0]!) scoped.push([spec.term, AFFIRMING])
  for (const answer of denyingAnswers) for (const spec of answer[0]!) scoped.push([spec.term, DENYING])
  const negatingPhrases = (phrasebook.scopes.negatingPhrases ?? []).map((phrase) => wordSequence(phrase, `negating phrase "${phrase}"`))
  for (const phrase of negatingPhrases) for (const spec of phrase[0]!) scoped.push([spec.term, NEGATING_PHRASE])

  // Every term is known by now: the lexicon and the scope bits are built from them.
  const termCount = compiler.termIds.size
  const scopeBits = new Uint32Array(termCount)
  for (const [term, bit] of scoped) scopeBits[term]! |= bit
  const patternsByFirstTerm: CompiledPattern[][] = Array.from({length: termCount}, () => [])
  for (const pattern of patterns) {
    const first = pattern.elements[0] as Extract<Element, {kind: 'slot'}>
    const starts = new Set(first.alternatives.map((alternative) => alternative[0]!.term))
    for (const term of starts) patternsByFirstTerm[term]!.push(pattern)
  }
  const lexicon = compileLexicon(compiler.forms)
  const {knowsWord, opensAside} = lexiconLookups(lexicon, scopeBits, asidePairs)
  return {
    lexicon,
    knowsWord,
    termCount,
    scopeBits,
    patternsByFirstTerm: patternsByFirstTerm.map((list) => (list.length ? list : undefined)),
    patternCount: patterns.length,
    categories,
    negationReach: phrasebook.scopes.negationReach,
    privativeReach: phrasebook.scopes.privativeReach,
    doubleNegations,
    answerReach: phrasebook.scopes.answerReach,
    misconceptions,
    affirmingIdioms,
    notOnlyMarkers,
    opensAside: (phrasebook.scopes.asideOpeners ?? []).length > 0 ? opensAside : undefined,
    affirmingAnswers,
    denyingAnswers,
    negatingPhrases,
  }
}

export const compilePhrasebook: (phrasebook: Phrasebook) => CompiledPhrasebook = oncePerObject(compile)
