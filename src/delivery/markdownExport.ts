// /export/<slug>.md: the article for clinics whose sites are built from Markdown. YAML front matter
// (written by `yaml`) carries the metadata and attribution; the body is the page's article content
// turned into Markdown through mdast (hast-util-to-mdast, mdast-util-to-markdown).
import type {Element, Root} from 'hast'
import {toMdast} from 'hast-util-to-mdast'
import {toMarkdown} from 'mdast-util-to-markdown'
import {stringify} from 'yaml'
import type {ArticleDetail} from './apiShapes.ts'

export const articleFrontMatter = ({article: detail}: ArticleDetail): Record<string, unknown> => ({
  title: detail.title,
  slug: detail.slug,
  description: detail.excerpt,
  lang: detail.language,
  canonical: detail.url,
  updatedAt: detail.updatedAt,
  lastReviewed: detail.lastReviewed,
  nextReviewDue: detail.nextReviewDue,
  author: detail.author?.name ?? null,
  medicalReviewer: detail.medicalReviewer,
  procedures: detail.procedures.map((procedure) => procedure.slug),
  disclaimer: {jurisdiction: detail.disclaimer.jurisdiction, version: detail.disclaimer.version},
  attribution: {notice: detail.attribution.notice, source: detail.attribution.source, validUntil: detail.attribution.validUntil},
  licence: {id: detail.attribution.licence.id, name: detail.attribution.licence.name, terms: detail.attribution.licence.terms},
})

/** `contentTree` is the article's sanitised content, as `articleContentTree` returns it. */
export const articleMarkdown = (detail: ArticleDetail, contentTree: Element[]): string => {
  const tree: Root = {type: 'root', children: contentTree}
  const body = toMarkdown(toMdast(tree), {bullet: '-', emphasis: '_', listItemIndent: 'one'})
  return `---\n${stringify(articleFrontMatter(detail), {lineWidth: 0})}---\n\n# ${detail.article.title}\n\n${body}`
}
