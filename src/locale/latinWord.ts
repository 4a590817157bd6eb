// What a Latin word is, as latinRuns marks runs of them and localDigits keeps their numbers: one
// notion for both, so a run is never split where localDigits reads one Latin passage.

const ARABIC_LETTER = /(?=\p{Letter})\p{Script=Arabic}/u
const LATIN_LETTER = /(?=\p{Letter})\p{Script=Latin}/u
// An Arabic proclitic or word typed against a Latin one, with or without tatweel: «بـPRP»,
// «والـBotox», «بالـHA», «وPRP». Tashkeel may sit on its letters («بِـPRP»), and an opening bracket
// or quote before it («(بـPRP)»).
const ARABIC_PREFIX = /^[\p{P}\p{Cf}]*(?:(?=\p{Letter})\p{Script=Arabic}|\p{Mark}|\u0640)+/u

/** A word with a Latin letter and no Arabic one. */
export const isLatinWord = (word: string): boolean => LATIN_LETTER.test(word) && !ARABIC_LETTER.test(word)

/**
 * Where the Latin word of `word` starts: 0 when `word` is a Latin word, the length of its prefix when
 * it is a Latin word glued to an Arabic prefix («بـPRP» → 2), -1 when it is neither (an Arabic word,
 * or one ending in Arabic: «PRPـات», «بـPRPـات»). As quick as isLatinWord on a word without a Latin letter.
 */
export const latinWordStart = (word: string): number => {
  if (!LATIN_LETTER.test(word)) return -1
  if (!ARABIC_LETTER.test(word)) return 0
  const prefix = ARABIC_PREFIX.exec(word)?.[0].length ?? 0
  return prefix > 0 && prefix < word.length && isLatinWord(word.slice(prefix)) ? prefix : -1
}
