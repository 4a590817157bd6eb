// The words of a text as search compares them: folded by the project's Arabic normaliser (hamza and
// alef forms, ta marbuta, alef maqsura, tashkeel, tatweel, Arabic-Indic digits) and split at
// anything that is not a letter or digit; then the seat of a hamza folded (searchHamza below). The
// index builder and the query matcher both use this, in Node at build time and in the browser, so an
// article and a query always fold the same way.
import {normalizeWord} from '../arabic/normalize.ts'

// The claim tokeniser (src/arabic/tokenize.ts) also tracks clauses and sentences; search needs only
// word boundaries, and a regex keeps the browser bundle from building its 64K class table.
const WORD = /[\p{L}\p{M}\p{N}]+/gu

// The normaliser keeps ؤ, ئ and ء apart: the claim rules read them as written. Readers and writers
// seat a hamza inside a word either way («مسؤول» and «مسئول», «شؤون» and «شئون», «قراءة» and
// «قرائة»), and write a final one on a yeh seat as ئ or as ى + ء («شاطئ» and «شاطىء», «شئ» and
// «شيء»): search reads every seat as ء, and a final yeh + ء as ء, so «شاطىء» is «شاطء» like «شاطئ»
// and is still found inside «شاطئها» («شاطءها»).
const HAMZA_SEATS = /[ؤئ]/gu
const FINAL_YEH_HAMZA = /يء$/u
const searchHamza = (word: string): string => word.replace(HAMZA_SEATS, 'ء').replace(FINAL_YEH_HAMZA, 'ء')

export const searchTokens = (text: string): string[] => (normalizeWord(text).match(WORD) ?? []).map(searchHamza)
