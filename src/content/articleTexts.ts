// Every piece of text an article carries, with its exact Sanity path, in reading order; the text
// rules (bidi-control, invisible-char, banned claims) walk this instead of the document shape. The
// slug is text too: the address bar and search results show it, «/articles/علاج-نهائي/» as words.
import {formatPath, type PathSegment} from '../findings/finding.ts'
import type {Article} from './documents/article.ts'

export type ArticleTextKind =
  | 'title'
  | 'slug'
  | 'excerpt'
  | 'imageAlt'
  | 'span'
  | 'linkHref'
  | 'evidenceNote'
  | 'faqTitle'
  | 'faqQuestion'
  | 'faqAnswer'

export interface ArticleText {
  /** e.g. `body[_key=="b1"].children[_key=="s2"].text`. */
  path: string
  text: string
  kind: ArticleTextKind
}

export function* articleTexts(article: Article): Generator<ArticleText> {
  const at = (segments: PathSegment[], text: string, kind: ArticleTextKind): ArticleText => ({
    path: formatPath(segments),
    text,
    kind,
  })
  yield at(['title'], article.title, 'title')
  yield at(['slug', 'current'], article.slug.current, 'slug')
  if (article.excerpt !== undefined) yield at(['excerpt'], article.excerpt, 'excerpt')
  if (article.heroImage?.alt !== undefined) yield at(['heroImage', 'alt'], article.heroImage.alt, 'imageAlt')
  for (const block of article.body) {
    const blockPath: PathSegment[] = ['body', {_key: block._key}]
    switch (block._type) {
      case 'block':
        for (const span of block.children) yield at([...blockPath, 'children', {_key: span._key}, 'text'], span.text, 'span')
        for (const mark of block.markDefs) {
          if (mark._type === 'link') yield at([...blockPath, 'markDefs', {_key: mark._key}, 'href'], mark.href, 'linkHref')
        }
        break
      case 'evidenceNote':
        yield at([...blockPath, 'text'], block.text, 'evidenceNote')
        break
      case 'faq':
        if (block.title !== undefined) yield at([...blockPath, 'title'], block.title, 'faqTitle')
        for (const item of block.items) {
          const itemPath: PathSegment[] = [...blockPath, 'items', {_key: item._key}]
          yield at([...itemPath, 'question'], item.question, 'faqQuestion')
          yield at([...itemPath, 'answer'], item.answer, 'faqAnswer')
        }
        break
      case 'procedureSafety':
      case 'disclaimerBlock':
        break
    }
  }
}
