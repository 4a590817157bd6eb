// One legacy article file to one Sanad draft article (`drafts.article.import-<name>`): the body,
// Markdown or plain text, converted to Portable Text, a title and excerpt taken from the text, and
// the linter's findings for the import report. The draft has no author, reviewer, claims or
// disclaimer yet, so it can never publish until an editor completes it in the Studio. Pure: the
// caller reads the file.
import type {Paragraph, RootContent} from 'mdast'
import {createHash} from 'node:crypto'
import {asciiDigits} from '../locale/asciiDigits.ts'
import type {Jurisdiction} from '../presets/preset.ts'
import {lintLegacyText, type LegacyFormat, type LintFinding} from '../lint/lintLegacyText.ts'
import {frontMatterOf} from '../lint/frontMatter.ts'
import {parseMarkdown} from '../lint/textUnits.ts'
import {isTextlessParagraph, markdownToPortableText, paragraphProse} from './markdownToPortableText.ts'
import {plainTextTree} from './plainTextTree.ts'

export interface LegacyDraftInput {
  /** The file name the text came from; names the draft. */
  path: string
  source: string
  format: LegacyFormat
  jurisdiction: Jurisdiction
}

export interface ImportedDraft {
  path: string
  document: {_id: string; _type: 'article'; [field: string]: unknown}
  title: string
  blocks: number
  faqItems: number
  skipped: string[]
  findings: LintFinding[]
}

const MAX_TITLE = 120
const MAX_EXCERPT = 300

/**
 * Latin, digits and dashes: Sanity ids allow no more, and the page slug follows the id. A name with
 * letters beyond a–z (Arabic, accented Latin) keeps its Latin part and adds a short hash of the whole
 * name: «PRP الشعر» and «PRP الوجه» stay two drafts, and a file imported again after its text changed
 * still replaces its draft (the hash is of the name, never of the content).
 */
export const importName = (path: string): string => {
  // «PRP ٢.md» and «PRP 2.md» are one name: digits are kept, as ASCII like the rest of the id.
  const base = asciiDigits(path.split(/[\\/]/).at(-1)!.replace(/\.[^.]+$/, '')).normalize('NFC').toLowerCase()
  const latin = base.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
  if (!/[^\P{L}a-z]/u.test(base) && latin) return latin
  const hash = createHash('sha256').update(base).digest('hex').slice(0, 12)
  return latin ? `${latin}-${hash}` : hash
}

/** The first paragraph with text of its own; a paragraph of nothing but an image is no lead or excerpt. */
const firstTextParagraph = (nodes: readonly RootContent[]): Paragraph | undefined =>
  nodes.find((node): node is Paragraph => node.type === 'paragraph' && !isTextlessParagraph(node))

export const legacyArticleDraft = ({path, source, format, jurisdiction}: LegacyDraftInput): ImportedDraft => {
  const tree = format === 'markdown' ? parseMarkdown(source) : plainTextTree(source)
  const converted = markdownToPortableText(tree)
  // Front matter is metadata the draft leaves out (and lists), but for the title it names; plain text has none.
  const frontMatter = format === 'markdown' ? frontMatterOf(source) : undefined
  const name = importName(path)
  const lead = firstTextParagraph(tree.children)
  const leadText = lead ? paragraphProse(lead) : ''
  // Without a heading, a short first line that is not a sentence reads as the title (as in seed 004);
  // only images may stand before it, as they leave no block in the body.
  const leadIsTitle =
    !converted.title &&
    !frontMatter?.title &&
    lead !== undefined &&
    tree.children.slice(0, tree.children.indexOf(lead)).every(isTextlessParagraph) &&
    leadText.length <= MAX_TITLE &&
    // A bidi mark typed after the question mark («؟\u200F») still ends a sentence.
    !/[.!؟?]\p{Cf}*$/u.test(leadText)
  const title = converted.title ?? frontMatter?.title?.text ?? (leadIsTitle ? leadText : `مسودة مستوردة: ${name}`)
  const body = leadIsTitle ? converted.body.slice(1) : converted.body
  const excerptSource = leadIsTitle ? firstTextParagraph(tree.children.filter((node) => node !== lead)) : lead
  const excerptText = excerptSource ? paragraphProse(excerptSource) : ''
  const document = {
    _id: `drafts.article.import-${name}`,
    _type: 'article' as const,
    title,
    slug: {_type: 'slug', current: `import-${name}`},
    ...(excerptText && excerptText.length <= MAX_EXCERPT ? {excerpt: excerptText} : {}),
    language: 'ar',
    body,
  }
  return {
    path,
    document,
    title,
    blocks: body.length,
    faqItems: body.reduce((count, block) => count + (block._type === 'faq' ? block.items.length : 0), 0),
    skipped: frontMatter ? [`front matter at lines 1–${frontMatter.lastLine}`, ...converted.skipped] : converted.skipped,
    findings: lintLegacyText({source, format, jurisdiction}),
  }
}
