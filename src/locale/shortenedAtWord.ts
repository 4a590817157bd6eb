// Text cut short for showing (a finding's document name, a page's meta description) at a space, so no
// word is cut in two: a cut Arabic word often reads as another word («الأمان» → «الأم», the mother).
const graphemes = new Intl.Segmenter('ar', {granularity: 'grapheme'})

/**
 * `text` when it has at most `length` UTF-16 units; else its whole words within `length` units,
 * without the spaces and punctuation after the last one, and «…». A text with no space early enough
 * is cut between graphemes, so no letter loses its marks and no emoji is halved.
 */
export const shortenedAtWord = (text: string, length: number): string => {
  if (text.length <= length) return text
  let end = text.slice(0, length + 1).search(/\s\S*$/u)
  if (end <= 0) for (const {index} of graphemes.segment(text)) if (index <= length) end = index
  return `${text.slice(0, end).replace(/[\s\p{P}]+$/u, '')}…`
}
