// A piece of the text the claim rules read, with the offset in the legacy file of each of its
// characters, so a finding is reported at the line and column where the writer typed it.
import {sourceOffsetsOf} from './sourceAlignment.ts'

export interface Part {
  text: string
  offsets: number[]
  /** Read for claims, but not body text an imported draft keeps (struck-through words, alt text). */
  outsideBody?: boolean
}

/** `value`, which a parser read from `source` at `at`, as a part: each character at its offset in the file. */
export const partOf = (value: string, source: string, at: number): Part => ({
  // A line break inside a paragraph is a space on the page, whichever of CRLF, CR or LF it is.
  text: value.replace(/\r\n?|\n/g, (lineBreak) => ' '.repeat(lineBreak.length)),
  offsets: sourceOffsetsOf(value, source, at),
})

/** The parts as one text unit; `bodyText` is `''` for a unit that is not body text at all (a title, a table cell). */
export const unitOf = (parts: readonly Part[], body = true): {text: string; sourceOffset: Int32Array; bodyText: string} => {
  const text = parts.map((part) => part.text).join('')
  const bodyText = !body ? '' : parts.some((part) => part.outsideBody) ? parts.map((part) => (part.outsideBody ? '' : part.text)).join('') : text
  return {text, sourceOffset: Int32Array.from(parts.flatMap((part) => part.offsets)), bodyText}
}
