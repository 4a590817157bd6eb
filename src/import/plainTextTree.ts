// A plain-text legacy article as the mdast tree the importer converts: one paragraph per line, its
// characters as typed. Never parsed as Markdown, where «[1]: https://…» would vanish as a link
// definition, «2*3*4» turn italic and «&amp;» into «&»: sanad lint reads the file as plain text, and
// the draft keeps what the lint read. Pure.
import type {Heading, Paragraph, Root, Text} from 'mdast'
import {isFaqHeading} from './markdownToPortableText.ts'

/** A line no longer than this that names a FAQ section is its heading, so its questions become a FAQ block. */
const MAX_FAQ_HEADING = 40

export const plainTextTree = (source: string): Root => ({
  type: 'root',
  children: source.split(/\r\n?|\n/).flatMap((typed, index): Array<Paragraph | Heading> => {
    const value = typed.trim()
    if (!value) return []
    const column = typed.length - typed.trimStart().length + 1
    const position = {start: {line: index + 1, column}, end: {line: index + 1, column: column + value.length}}
    const text: Text = {type: 'text', value, position}
    return [value.length <= MAX_FAQ_HEADING && isFaqHeading(value) ? {type: 'heading', depth: 2, children: [text], position} : {type: 'paragraph', children: [text], position}]
  }),
})
