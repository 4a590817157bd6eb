// The words of a text as search compares them: folded by the project's Arabic normaliser (hamza and
// alef forms, ta marbuta, alef maqsura, tashkeel, tatweel, Arabic-Indic digits) and split at
// anything that is not a letter or digit. The index builder and the query matcher both use this,
// in Node at build time and in the browser, so an article and a query always fold the same way.
import {normalizeWord} from '../arabic/normalize.ts'

// The claim tokeniser (src/arabic/tokenize.ts) also tracks clauses and sentences; search needs only
// word boundaries, and a regex keeps the browser bundle from building its 64K class table.
const WORD = /[\p{L}\p{M}\p{N}]+/gu

export const searchTokens = (text: string): string[] => normalizeWord(text).match(WORD) ?? []
