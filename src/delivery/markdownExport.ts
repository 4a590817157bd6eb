// /export/<slug>.md: the article for clinics whose sites are built from Markdown. YAML front matter
// (written by `yaml`) carries the metadata and attribution; the body is the page's article content
// turned into Markdown through mdast (contentTreeToMdast, mdast-util-to-markdown).
import type {Element} from 'hast'
import type {Heading} from 'mdast'
import {toMarkdown, type Options} from 'mdast-util-to-markdown'
import {stringify} from 'yaml'
import type {ArticleDetail} from './apiShapes.ts'
import {contentTreeToMdast} from './contentTreeToMdast.ts'
import {plainMarkdownText} from './plainMarkdownText.ts'

const MARKDOWN_OPTIONS: Options = {bullet: '-', emphasis: '_', listItemIndent: 'one', handlers: {text: plainMarkdownText}}

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
  const body = contentTreeToMdast(contentTree)
  // The title is a heading node like the rest, so the serializer escapes it: a title is plain text,
  // and `<`, `*` or a trailing `#` in it must not become markup in the clinic's Markdown site.
  const title: Heading = {type: 'heading', depth: 1, children: [{type: 'text', value: detail.article.title}]}
  const markdown = toMarkdown({...body, children: [title, ...body.children]}, MARKDOWN_OPTIONS)
  return `---\n${stringify(articleFrontMatter(detail), {lineWidth: 0})}---\n\n${markdown}`
}
