// Runs a reader's query against a clinic's search index; the same code runs in the browser (bundled
// into /assets/search.js) and in the tests. A query matches an article when every query word occurs
// inside one of its words (so "ميزوثيرابي" finds "الميزوثيرابي"), after folding both the same way;
// a query word carrying proclitics (و، ف، ب، ك، ل، ال، لل) also matches through its bare stem.
// Words shorter than three letters ("في", "ال", a digit) must match a whole word: inside other
// words they occur almost everywhere.
import {cliticReadings} from '../arabic/clitics.ts'
import type {SearchEntry, SearchIndex} from './searchIndex.ts'
import {searchTokens} from './searchTokens.ts'

/** Query words at least this long may match inside a longer word; shorter ones only whole words. */
export const MIN_INFIX_LENGTH = 3

export interface SearchHit {
  entry: SearchEntry
  score: number
}

/** Each query word as the alternatives that may match it: the word itself, then its stems. */
export const queryWords = (query: string): string[][] => {
  const seen = new Set<string>()
  const words: string[][] = []
  for (const token of searchTokens(query)) {
    if (seen.has(token)) continue
    seen.add(token)
    words.push([...new Set([token, ...cliticReadings(token).map(({stem}) => stem)])])
  }
  return words
}

const occursIn = (forms: readonly string[], tokens: readonly string[]): boolean =>
  tokens.some((token) => forms.some((form) => (form.length >= MIN_INFIX_LENGTH ? token.includes(form) : token === form)))

const TITLE_WEIGHT = 2
const BODY_WEIGHT = 1

/** Matching articles, best first (title hits before body hits, then the index order). */
export const searchArticles = (index: SearchIndex, query: string): SearchHit[] => {
  const words = queryWords(query)
  if (words.length === 0) return []
  const hits: SearchHit[] = []
  for (const entry of index.articles) {
    let score = 0
    for (const forms of words) {
      if (occursIn(forms, entry.titleTokens)) score += TITLE_WEIGHT
      else if (occursIn(forms, entry.tokens)) score += BODY_WEIGHT
      else {
        score = 0
        break
      }
    }
    if (score > 0) hits.push({entry, score})
  }
  // Array.prototype.sort is stable, so equal scores keep the index's newest-first order.
  return hits.sort((a, b) => b.score - a.score)
}
