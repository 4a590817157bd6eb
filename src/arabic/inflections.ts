// The surface forms a phrasebook word is matched in: the word with the common inflectional and
// pronoun suffixes, so a compliance lead writes "مضمون" once and "مضمونة", "مضمونًا", "مضمونين"
// match too. Over-generation is harmless (a form nobody writes is never met); broken plurals
// (نتائج، آثار) are not derivable and are listed in the data. Works on normalised words.

const HEH = 'ه'

/**
 * Gender, number, accusative-alef, nisba and attached-pronoun endings, also after the imperative's
 * feminine ي and plural و («ودّعيها»، «ودّعوه»).
 */
const SUFFIXES = ['', 'ه', 'ا', 'ات', 'ين', 'ون', 'ان', 'ي', 'يه', 'يا', 'يين', 'يات', 'ها', 'هم', 'هن', 'ك', 'كم', 'كي', 'نا', 'وا', 'لك', 'لكم', 'لكي', 'يها', 'يهم', 'وه', 'وها', 'وهم']
/** Endings of a word ending in ta marbuta (folded to ه): the ه becomes ت before a suffix. */
const TA_MARBUTA_SUFFIXES = ['ات', 'ان', 'ين', 'تان', 'تين', 'ته', 'تها', 'تهم', 'تك', 'تكم', 'تي', 'تنا', 'يه', 'يا']

/** Words of one or two letters are particles (لا، لن، من): matched exactly, or "لن" would match "لنا". */
export const isShortParticle = (word: string): boolean => word.length <= 2

export const inflectedForms = (word: string): string[] => {
  if (isShortParticle(word)) return [word]
  const forms = new Set(SUFFIXES.map((suffix) => word + suffix))
  if (word.endsWith(HEH)) {
    const stem = word.slice(0, -1)
    for (const suffix of TA_MARBUTA_SUFFIXES) forms.add(stem + suffix)
  }
  return [...forms]
}
