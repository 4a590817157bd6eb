// Word count of an article as a reader meets it: title, excerpt, body text, evidence notes and FAQ
// (not image alt text or link targets), split with Intl.Segmenter so Arabic clitics and punctuation
// are handled by ICU rather than by a whitespace split.
import {articleTexts} from '../../src/content/articleTexts.ts'
import type {Article} from '../../src/content/documents/article.ts'

const COUNTED_KINDS = new Set(['title', 'excerpt', 'span', 'evidenceNote', 'faqTitle', 'faqQuestion', 'faqAnswer'])
const segmenter = new Intl.Segmenter('ar', {granularity: 'word'})

export const countWords = (text: string): number => {
  let words = 0
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words++
  return words
}

export const countArticleWords = (article: Article): number => {
  let words = 0
  for (const {kind, text} of articleTexts(article)) if (COUNTED_KINDS.has(kind)) words += countWords(text)
  return words
}
