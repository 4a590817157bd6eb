// The YAML front matter a Markdown article may open with (Jekyll, Hugo, Sanad's own /export/*.md):
// metadata, not prose. Found here once, so the linter and the importer read the same body after it,
// and the one field a page shows, its title, at its place in the file. Pure.
import {parse} from 'yaml'

export interface FrontMatter {
  /** The offset just after its closing line: the body starts here. */
  end: number
  /** Its last line, counted from 1. */
  lastLine: number
  /** Its `title` when that is text, and the offset where the title's words start in the source. */
  title?: {text: string; offset: number}
}

const OPENING = /^\uFEFF?---[ \t]*\r?\n/
const CLOSING = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m

/**
 * The front matter `source` opens with: a `---` line, YAML that reads as a mapping, and a `---` (or
 * `...`) line. A `---` over a line of text is a rule and a heading in Markdown, not front matter.
 */
export const frontMatterOf = (source: string): FrontMatter | undefined => {
  const opening = OPENING.exec(source)
  if (!opening) return undefined
  const closing = CLOSING.exec(source.slice(opening[0].length))
  if (!closing) return undefined
  const yamlStart = opening[0].length
  const yamlText = source.slice(yamlStart, yamlStart + closing.index)
  let data: unknown
  try {
    data = parse(yamlText)
  } catch {
    return undefined
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined
  const end = yamlStart + closing.index + closing[0].length
  const lastLine = source.slice(0, end).replace(/\r?\n$/, '').split('\n').length
  const title = (data as Record<string, unknown>).title
  if (typeof title !== 'string' || !title.trim()) return {end, lastLine}
  // Where the words stand as written on the title line; a quoted or escaped title, at the line's start.
  const line = /^title[ \t]*:/m.exec(yamlText)
  const lineStart = yamlStart + (line?.index ?? 0)
  const written = source.indexOf(title.trim(), lineStart)
  const offset = written !== -1 && written < end ? written : lineStart
  return {end, lastLine, title: {text: title.trim(), offset}}
}

/** `source` with its front matter turned to spaces, line breaks kept: every offset and line stays where it was. */
export const withoutFrontMatter = (source: string, frontMatter: FrontMatter | undefined = frontMatterOf(source)): string =>
  frontMatter ? source.slice(0, frontMatter.end).replace(/[^\r\n]/g, ' ') + source.slice(frontMatter.end) : source
