// Decides the direction of one Studio field's header (its title, description and validation marker):
// Arabic headers read right-to-left, whatever the input under them holds.
// Pure and free of Sanity imports so the rule is unit-tested without a browser.

/** Letters only: a Latin title such as «PMID» may still carry Arabic-Indic digits or punctuation. */
const ARABIC_LETTER = /(?=\p{Letter})\p{Script=Arabic}/u

export type FieldHeaderDirection = 'rtl' | 'unchanged'

/** A field's header text as Sanity hands it to a field component; a description may be a React node. */
export interface FieldHeaderText {
  title?: unknown
  description?: unknown
}

const hasArabicLetter = (text: unknown): boolean => typeof text === 'string' && ARABIC_LETTER.test(text)

// Latin-valued fields (PMID, DOI, رابط) get a right-to-left header too: writers scan one right-aligned column of Arabic labels.
export const fieldHeaderDirection = ({title, description}: FieldHeaderText): FieldHeaderDirection =>
  hasArabicLetter(title) || hasArabicLetter(description) ? 'rtl' : 'unchanged'
