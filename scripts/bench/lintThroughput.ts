// Banned-claim linter throughput in words per second on one core: `measureLintThroughput(texts)`
// for scripts/bench.ts, and a standalone mode over the synthetic corpus:
//   node scripts/bench/lintThroughput.ts [--articles 4000]
// Words are counted as the rest of the benchmark counts them (Intl.Segmenter), before timing.
import {fileURLToPath} from 'node:url'
import {findClaims} from '../../src/arabic/claims/findClaims.ts'
import type {Phrasebook} from '../../src/arabic/claims/phrasebook.ts'
import {articleTextUnits} from '../../src/checks/banned-claim.ts'
import type {Article} from '../../src/content/documents/article.ts'
import {aeBannedClaims} from '../../src/presets/bannedClaims/index.ts'
import {countWords} from './countArticleWords.ts'
import {generateCorpus} from './generateCorpus.ts'
import {readExportDocuments} from './writeCorpusDataset.ts'

export interface LintThroughput {
  words: number
  /** Seconds for one pass over all the texts. */
  seconds: number
  wordsPerSecond: number
}

export interface LintThroughputOptions {
  /** Defaults to the UAE phrasebook, where every category is enabled. */
  phrasebook?: Phrasebook
  /** Repeat passes until at least this long was measured, for a stable figure. */
  minSeconds?: number
}

/** The texts the gate lints in these articles, spans of one block joined as the gate joins them. */
export const articleLintTexts = (articles: readonly Article[]): string[] =>
  articles.flatMap((article) => articleTextUnits(article).map((unit) => unit.text))

export const measureLintThroughput = (texts: readonly string[], {phrasebook = aeBannedClaims, minSeconds = 1}: LintThroughputOptions = {}): LintThroughput => {
  let words = 0
  for (const text of texts) words += countWords(text)
  // Warm-up pass: compiles the phrasebook and lets V8 optimise the hot loops.
  let sink = 0
  for (const text of texts) sink += findClaims(text, phrasebook).length
  let passes = 0
  const started = performance.now()
  let elapsed = 0
  do {
    for (const text of texts) sink += findClaims(text, phrasebook).length
    passes++
    elapsed = (performance.now() - started) / 1000
  } while (elapsed < minSeconds)
  if (sink < 0) throw new Error('unreachable')
  const seconds = elapsed / passes
  return {words, seconds, wordsPerSecond: Math.round(words / seconds)}
}

/** Texts of back-to-back claims: each reaches a different scope walk of findClaims (hedge; warning and question; sentences). */
export const LONG_CLAIM_TEXT_UNITS = ['بدون ألم ', 'نتائج مضمونة ', 'نتائج مضمونة. '] as const

export interface LongTextTiming {
  unit: string
  characters: number
  claims: number
  ms: number
}

/**
 * findClaims on one text of `characters` made of a claim repeated: the cost of a pasted document full
 * of claims, which a walk per match over its sentence made quadratic (400,000 characters took 8–47 s).
 */
export const measureLongClaimTexts = (characters = 400_000, phrasebook: Phrasebook = aeBannedClaims): LongTextTiming[] =>
  LONG_CLAIM_TEXT_UNITS.map((unit) => {
    const text = unit.repeat(Math.ceil(characters / unit.length))
    findClaims(unit, phrasebook)
    const started = performance.now()
    const claims = findClaims(text, phrasebook).length
    return {unit: unit.trim(), characters: text.length, claims, ms: performance.now() - started}
  })

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const index = process.argv.indexOf('--articles')
  const articleCount = index === -1 ? 4000 : Number(process.argv[index + 1])
  const base = await readExportDocuments(fileURLToPath(new URL('../../dataset/', import.meta.url)))
  const corpus = generateCorpus(base, {articleCount, today: '2026-11-21'})
  const result = measureLintThroughput(articleLintTexts(corpus.articles))
  process.stdout.write(
    `banned-claim lint: ${articleCount} articles, ${result.words.toLocaleString('en')} words, ` +
      `${(result.seconds * 1000).toFixed(0)} ms per pass, ${(result.wordsPerSecond / 1e6).toFixed(2)}M words/s on one core\n`,
  )
}
