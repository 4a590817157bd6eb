// /export/<slug>.md: the article for clinics whose sites are built from Markdown. YAML front matter
// (written by `yaml`) carries the metadata and attribution; the body is the page's article content
// turned into Markdown through mdast (contentTreeToMdast, whitespaceOutsideEmphasis, mdast-util-to-markdown).
import type {Element, ElementContent} from 'hast'
import type {Heading} from 'mdast'
import {gfmStrikethroughToMarkdown} from 'mdast-util-gfm-strikethrough'
import {toMarkdown, type Options} from 'mdast-util-to-markdown'
import {Schema, stringify, type ScalarTag} from 'yaml'
import type {ArticleDetail} from './apiShapes.ts'
import {digitsAsWrittenIn} from '../locale/localDigits.ts'
import {contentTreeToMdast} from './contentTreeToMdast.ts'
import {plainMarkdownText} from './plainMarkdownText.ts'
import {withoutTemplateDelimiters} from './templateDelimiters.ts'
import {whitespaceOutsideEmphasis} from './whitespaceOutsideEmphasis.ts'

// Readers with GFM strikethrough strike out text between two tildes: double ones in every such
// reader, single ones too in remark-gfm (micromark's default) and on github.com, where «٣~٦ كل ١~٤»
// lost «٦ كل ١» to a line through it. GFM strikethrough's own unsafe pattern escapes every `~` of
// text (`\~`, which Markdown shows as «~»). The page has no struck-out text.
const MARKDOWN_OPTIONS: Options = {bullet: '-', emphasis: '_', listItemIndent: 'one', handlers: {text: plainMarkdownText}, extensions: [gfmStrikethroughToMarkdown()]}

// Many generators read front matter as YAML 1.1 (Jekyll's Psych, PyYAML), where a plain `no`, `on`,
// `y`, `1_000`, `1:20` or `2026-10-01` is a boolean, number or date, not the slug or title typed.
// `compat` quotes every string that either YAML 1.1 or the 1.2 core schema would read as another type.
// No line folding: a long title stays on one line.
// YAML 1.1 has one more such type that `yaml` does not know, the value key (yaml.org/type/value.html):
// PyYAML resolves a plain `=` to it and its safe_load has no constructor for it, so a title «=» made
// the whole file unreadable. Named in `compat`, it is quoted like the others.
const YAML_1_1_VALUE_KEY: ScalarTag = {tag: 'tag:yaml.org,2002:value', default: true, test: /^=$/, resolve: (source) => source}
const FRONT_MATTER_OPTIONS = {lineWidth: 0, compat: [...new Schema({schema: 'yaml-1.1'}).tags, YAML_1_1_VALUE_KEY]}

export interface ExportMeta {
  /**
   * The date of what the export shows (articleContentUpdatedAt), not the API document's: the export
   * lists no related articles, so their edits leave it as it was.
   */
  updatedAt: string
  /**
   * The page's meta description as typed (articleDescription): the excerpt, else the start of the
   * first paragraph. A generator's templates give `description` to their own meta description, and
   * with the excerpt alone an article without one had none on the clinic's site.
   */
  description: string | undefined
}

const articleFrontMatter = ({article: detail}: ArticleDetail, {updatedAt, description}: ExportMeta): Record<string, unknown> => ({
  title: detail.title,
  slug: detail.slug,
  description: description ?? null,
  lang: detail.language,
  canonical: detail.url,
  updatedAt,
  lastReviewed: detail.lastReviewed,
  nextReviewDue: detail.nextReviewDue,
  author: detail.author?.name ?? null,
  medicalReviewer: detail.medicalReviewer,
  procedures: detail.procedures.map((procedure) => procedure.slug),
  disclaimer: {jurisdiction: detail.disclaimer.jurisdiction, version: detail.disclaimer.version},
  attribution: {notice: detail.attribution.notice, source: detail.attribution.source, validUntil: detail.attribution.validUntil},
  licence: {id: detail.attribution.licence.id, name: detail.attribution.licence.name, terms: detail.attribution.licence.terms},
})

const hasClass = (element: Element, name: string): boolean => {
  const classes = element.properties.className
  return Array.isArray(classes) && classes.includes(name)
}


/**
 * A claim's grade and note, in the parentheses the page puts them in (claimMark.ts), with its citation
 * marks after them: plain Markdown sets them apart only by that punctuation.
 */
const claimEvidence = (evidence: Element): ElementContent[] => forMarkdown(evidence.children)

/**
 * The content as a Markdown page can show it. The page's citation marks link to `#cite-N` anchors
 * that Markdown cannot carry (no anchor on a list item without raw HTML, which many Markdown sites
 * drop), so they stay as text («[١]»); and the reference list's own numbers («١.») go, since a
 * Markdown ordered list numbers its items itself. A copy: the tree is shared.
 */
const forMarkdown = (nodes: readonly ElementContent[]): ElementContent[] =>
  nodes.flatMap((node): ElementContent[] => {
    if (node.type !== 'element') return [node]
    if (hasClass(node, 'cite-number')) return []
    if (hasClass(node, 'cite-link')) return forMarkdown(node.children)
    if (hasClass(node, 'claim-evidence')) return [{...node, children: claimEvidence(node)}]
    return [{...node, children: forMarkdown(node.children)}]
  })

/** `contentTree` is the article's sanitised content, as `articleContentTree` returns it. */
export const articleMarkdown = (detail: ArticleDetail, contentTree: Element[], meta: ExportMeta): string => {
  const body = contentTreeToMdast(forMarkdown(contentTree) as Element[])
  whitespaceOutsideEmphasis(body)
  // The title is a heading node like the rest, so the serializer escapes it: a title is plain text,
  // and `<`, `*` or a trailing `#` in it must not become markup in the clinic's Markdown site.
  // Its digits follow the body's (articleContentParts.ts); the front matter keeps the title as typed.
  const title: Heading = {type: 'heading', depth: 1, children: [{type: 'text', value: digitsAsWrittenIn(detail.clinic.locale, detail.article.title)}]}
  // Over the whole body, after serialising: a delimiter may be split between two texts («{» + «{» in bold).
  const markdown = withoutTemplateDelimiters(toMarkdown({...body, children: [title, ...body.children]}, MARKDOWN_OPTIONS))
  // Front matter is data: generators print its values, never run them as templates; it keeps the title as typed.
  return `---\n${stringify(articleFrontMatter(detail, meta), FRONT_MATTER_OPTIONS)}---\n\n${markdown}`
}
