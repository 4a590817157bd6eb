// The search index of one clinic site, built at build time from its published articles only: per
// article its URL, title, a short description to show, and the distinct folded words of everything
// a reader sees of it (title, excerpt, body text, evidence notes, FAQ). Pure. It is published in
// shards (searchIndexFiles.ts) and merged back into this shape in the browser (searchManifest.ts).
import type {Article} from '../content/documents/article.ts'
import {articleTexts, type ArticleTextKind} from '../content/articleTexts.ts'
import {oncePerObject} from '../memo/oncePerObject.ts'
import {articleDescription} from '../render/lib/pages/articlePage.ts'
import {publishedArticles} from '../render/lib/siteContents.ts'
import {articleUrl} from '../render/lib/sitePaths.ts'
import type {RenderSiteInput} from '../render/index.ts'
import {searchTokens} from './searchTokens.ts'

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
  /** Newest review first, like the home page. */
  articles: SearchEntry[]
}

// Link targets and image descriptions are not text a reader searches the page for.
const INDEXED_KINDS: ReadonlySet<ArticleTextKind> = new Set(['title', 'excerpt', 'span', 'evidenceNote', 'faqTitle', 'faqQuestion', 'faqAnswer'])

// An entry depends on the article alone, and parsed articles are immutable: built once per article,
// it serves every clinic that publishes it and every rebuild in a running process. It is kept as
// its JSON in UTF-8, which is what shards are made of (joined as bytes, not encoded again for the
// shard's hash and its write) and a fraction of the memory of the entry's objects.
/** The article's entry as UTF-8 JSON, as it appears in a shard file. */
export const searchEntryJson = oncePerObject((article: Article): Uint8Array => Buffer.from(JSON.stringify(searchEntry(article))))

export const searchEntry = (article: Article): SearchEntry => {
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
  articles: publishedArticles(site).map((article) => JSON.parse(Buffer.from(searchEntryJson(article)).toString('utf8')) as SearchEntry),
})
