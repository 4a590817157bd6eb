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
 * Where the Latin word glued to an Arabic prefix starts in `word` («بـPRP» → 2), or 0 when `word` is
 * not an Arabic prefix and a Latin word: a word ending in Arabic («PRPـات», «بـPRPـات») is neither.
 */
export const gluedLatinStart = (word: string): number => {
  const prefix = ARABIC_PREFIX.exec(word)?.[0].length ?? 0
  return prefix > 0 && prefix < word.length && isLatinWord(word.slice(prefix)) ? prefix : 0
}
