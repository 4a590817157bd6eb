// The search index of one clinic site, built at build time from its published articles only: per
// article its URL, title, a short description to show, and the distinct folded words of everything
// a reader sees of it (title, excerpt, body text, evidence notes, FAQ). Pure.
import type {Article} from '../content/documents/article.ts'
import {articleTexts, type ArticleTextKind} from '../content/articleTexts.ts'
import {articleDescription} from '../render/lib/pages/articlePage.ts'
import {publishedArticles} from '../render/lib/siteContents.ts'
import {articleUrl} from '../render/lib/sitePaths.ts'
import type {RenderSiteInput} from '../render/index.ts'
import {searchTokens} from './searchTokens.ts'

export const SEARCH_INDEX_VERSION = 1

export interface SearchEntry {
  url: string
  title: string
  description: string
  /** Folded words of the title, in order: a title hit ranks first. */
  titleTokens: string[]
  /** Distinct folded words of the whole article (title included), in first-seen order. */
  tokens: string[]
}

export interface SearchIndex {
  version: typeof SEARCH_INDEX_VERSION
  /** Newest review first, like the home page. */
  articles: SearchEntry[]
}

// Link targets and image descriptions are not text a reader searches the page for.
const INDEXED_KINDS: ReadonlySet<ArticleTextKind> = new Set(['title', 'excerpt', 'span', 'evidenceNote', 'faqTitle', 'faqQuestion', 'faqAnswer'])

// An entry depends on the article alone, and parsed articles are immutable: built once per article,
// it serves every clinic that publishes it and every rebuild in a running process.
const entries = new WeakMap<Article, SearchEntry>()

const searchEntry = (article: Article): SearchEntry => {
  let entry = entries.get(article)
  if (!entry) entries.set(article, (entry = buildSearchEntry(article)))
  return entry
}

const buildSearchEntry = (article: Article): SearchEntry => {
  const tokens = new Set<string>()
  for (const {kind, text} of articleTexts(article)) if (INDEXED_KINDS.has(kind)) for (const token of searchTokens(text)) tokens.add(token)
  return {
    url: articleUrl(article.slug.current),
    title: article.title,
    description: articleDescription(article) ?? '',
    titleTokens: searchTokens(article.title),
    tokens: [...tokens],
  }
}

export const buildSearchIndex = (site: Pick<RenderSiteInput, 'clinic' | 'graph' | 'publishedArticleIds'>): SearchIndex => ({
  version: SEARCH_INDEX_VERSION,
  articles: publishedArticles(site).map(searchEntry),
})
