// The edit the incremental benchmark applies: a writer retitles an article and rewrites the first
// sentence of its first paragraph, and saves it. Pure; `revision` makes each edit differ from the previous one.
import type {RawDocument} from './generateCorpus.ts'

type RawSpan = {_type: string; text: string}
type RawBlock = {_type: string; style?: string; listItem?: string; children?: RawSpan[]}

export const editArticle = (article: RawDocument, revision: number): RawDocument => {
  const body = (article.body as RawBlock[]).map((block) => ({...block}))
  const first = body.findIndex((block) => block._type === 'block' && (block.style ?? 'normal') === 'normal' && !block.listItem)
  const paragraph = body[first]
  if (paragraph?.children?.[0]) {
    const [lead, ...rest] = paragraph.children
    // Neutral words: «رقم 1» is a banned self-superlative, and the edit would take the page down instead.
    paragraph.children = [{...lead, text: `تحديث تحريري ${revision}: راجع الفريق الطبي هذه الفقرة. ${lead.text}`}, ...rest]
  }
  // Saved later than anything in the corpus, as a real edit is: the article moves to the top of the
  // feeds and its sitemap date changes, which a build has to redo too.
  const updatedAt = new Date(Date.UTC(2026, 10, 20, 0, 0, revision)).toISOString()
  return {...article, _updatedAt: updatedAt, title: `${String(article.title)} (محدَّث ${revision})`, body}
}
