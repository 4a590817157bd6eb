// Every text a reader is shown with an article: the article's own (articleTexts) and, from each claim
// it links, the statement, the evidence note and the citation titles, which the page, the API and
// the feeds carry next to the article's text. The character rules (bidi-control, invisible-char)
// walk this, so a reordering control pasted into a claim's note cannot reach a page unchecked.
import {articleTexts} from '../content/articleTexts.ts'
import type {ContentGraph} from '../content/contentGraph.ts'
import type {Article} from '../content/documents/article.ts'
import {formatPath} from '../findings/finding.ts'
import {articleClaimReferences} from './articleReferences.ts'

export interface ShownText {
  /** The document to fix: the article, or the linked claim the text belongs to. */
  documentId: string
  path: string
  text: string
}

export function* textsShown(article: Article, graph: ContentGraph): Generator<ShownText> {
  for (const {path, text} of articleTexts(article)) yield {documentId: article._id, path, text}
  const seen = new Set<string>()
  for (const {claimId} of articleClaimReferences(article)) {
    const claim = graph.claims.get(claimId)
    if (!claim || seen.has(claimId)) continue
    seen.add(claimId)
    yield {documentId: claim._id, path: 'statement', text: claim.statement}
    if (claim.evidence?.note !== undefined) yield {documentId: claim._id, path: 'evidence.note', text: claim.evidence.note}
    for (const citation of claim.evidence?.citations ?? []) {
      yield {documentId: claim._id, path: formatPath(['evidence', 'citations', {_key: citation._key}, 'title']), text: citation.title}
    }
  }
}
