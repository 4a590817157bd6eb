// An article's own content for one clinic, as unsanitised hast in page order: the body blocks and
// the safety sections they lack, the numbered citation list, the FAQ and the clinic's disclaimer.
// The article page wraps these in its header, body <div> and related-articles list; delivery (API,
// feeds, Markdown export) sanitises them as they are, so both say the same thing and the body is
// turned into hast once for both. Their Arabic prose takes the digits the clinic's locale writes
// (localDigitsInTree.ts) here, once, so every one of them shows the same numbers, and its Latin words
// are marked English (latinRunsInTree.ts).
import type {Element} from 'hast'
import type {Article} from '../../content/documents/article.ts'
import {articleLanguage} from './articleLanguage.ts'
import {citationListToHast, collectArticleCitations, type ArticleCitations} from './citations.ts'
import {latinRunsInTree, latinRunsMarked} from './latinRunsInTree.ts'
import {isArabicLanguage, localDigitsInTree} from './localDigitsInTree.ts'
import {missingSafetyBlocks} from './missingSafetyBlocks.ts'
import {portableTextToHast, type BodyContext} from './portableTextToHast.ts'
import {bodyWithoutTrailingBlocks} from './trailingBlocks.ts'
import type {RenderSiteInput} from './types.ts'

export interface ArticleContentParts {
  citations: ArticleCitations
  /**
   * Everything but the FAQ and disclaimer blocks, which have fixed places at the end
   * (trailingBlocks.ts), then the safety sections no block of the writer's shows (missingSafetyBlocks.ts).
   */
  body: readonly Element[]
  citationList: readonly Element[]
  faq: readonly Element[]
  /** Only the block whose disclaimer is the clinic jurisdiction's current one (see disclaimerBlock.ts). */
  disclaimers: readonly Element[]
}

type ContentInput = Pick<RenderSiteInput, 'clinic' | 'graph' | 'now'>

const buildParts = ({clinic, graph, now}: ContentInput, article: Article): ArticleContentParts => {
  const citations = collectArticleCitations(article.body, graph)
  const context: BodyContext = {clinic, graph, now, citations}
  // An article in another language (its <article> says so) keeps the digits its writer typed.
  const arabic = isArabicLanguage(articleLanguage(article, clinic))
  // Runs first: the digits of a run are a Latin passage's (localDigits keeps them so too), and the
  // trees localDigitsInTree returns are the ones the page's own walks (digits, then runs) know to skip.
  const local = (nodes: Element[]): Element[] => (arabic ? latinRunsMarked(localDigitsInTree(clinic.locale, latinRunsInTree(nodes))) : nodes)
  return {
    citations,
    body: local(portableTextToHast(bodyWithoutTrailingBlocks(article.body), context, missingSafetyBlocks(article))),
    citationList: local(citationListToHast(clinic.locale, citations)),
    faq: local(portableTextToHast(article.body.filter((block) => block._type === 'faq'), context)),
    disclaimers: local(portableTextToHast(article.body.filter((block) => block._type === 'disclaimerBlock'), context)),
  }
}

// A build renders an article's page and then its delivery files for the same clinic, so the last
// parts are kept for the second caller. One entry, not a cache per article: a whole site's trees
// would stay in memory for the whole build. Callers only read the parts (sanitising and
// serialising copy), and documents in a graph never change, so sharing them is safe.
let last: {article: Article; clinic: ContentInput['clinic']; graph: ContentInput['graph']; now: number; parts: ArticleContentParts} | undefined

export const articleContentParts = (input: ContentInput, article: Article): ArticleContentParts => {
  const now = input.now.getTime()
  if (last && last.article === article && last.clinic === input.clinic && last.graph === input.graph && last.now === now) return last.parts
  const parts = buildParts(input, article)
  last = {article, clinic: input.clinic, graph: input.graph, now, parts}
  return parts
}
