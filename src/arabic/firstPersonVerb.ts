// Whether a word reads as a verb of the writer (first person): the claim matcher trusts a negated
// answer about what the writer does ("فلن نقدمه", "لما قدمناه") as a fact the text shows. Works on
// normalised text (أ folded to ا). Read only where a verb is expected: right after a negation, or
// after the ل that opens the answer of لو ("لاقترحنا").
const NOON = 0x0646
const ALEF = 0x0627
const LAM = 0x0644

/** Past "we" ("قدمنا") and the object pronouns that may follow it ("قدمناه", "نصحناكِ"). */
const PAST_WE_ENDINGS = ['نا', 'ناه', 'ناها', 'ناهم', 'ناهن', 'ناك', 'ناكم', 'ناكي', 'ناكن'].map((ending) => Array.from(ending, (letter) => letter.charCodeAt(0)))

const endsWith = (codes: Uint16Array, start: number, end: number, ending: readonly number[]): boolean =>
  end - start > ending.length && ending.every((code, index) => codes[end - ending.length + index] === code)

/** `codes[start, end)` ends as a past verb of "we" ("قدمناه", "اقترحنا", "كنا"); "نا" alone is "us". */
export const isPastWeVerb = (codes: Uint16Array, start: number, end: number): boolean =>
  PAST_WE_ENDINGS.some((ending) => endsWith(codes, start, end, ending))

/**
 * `codes[start, end)` opens with the imperfect prefix of "we" (ن: "نقدمه") or "I" (أ: "أنصح", but
 * not the article: "الم" is "ألم", pain), or ends as a past verb of "we" ("قدمناه", "كنا").
 */
export const isFirstPersonVerb = (codes: Uint16Array, start: number, end: number): boolean => {
  if (end - start < 3) return false
  const first = codes[start]
  if (first === NOON || (first === ALEF && codes[start + 1] !== LAM)) return true
  return isPastWeVerb(codes, start, end)
}
