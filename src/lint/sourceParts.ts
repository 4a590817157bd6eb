// A piece of the text the claim rules read, with the offset in the legacy file of each of its
// characters, so a finding is reported at the line and column where the writer typed it.

export interface Part {
  text: string
  offsets: number[]
}

/**
 * `value` as a part, each character at its offset in the file when the source holds it as written
 * at `at`; else (escapes, entities) every character at `fallback`, the node's start.
 */
export const partOf = (value: string, source: string, at: number, fallback: number): Part => {
  const exact = source.startsWith(value, at)
  return {
    text: value.replace(/\r?\n/g, (lineBreak) => ' '.repeat(lineBreak.length)),
    offsets: Array.from({length: value.length}, (_, index) => (exact ? at + index : fallback)),
  }
}

/** The parts as one text unit. */
export const unitOf = (parts: readonly Part[]): {text: string; sourceOffset: Int32Array} => ({
  text: parts.map((part) => part.text).join(''),
  sourceOffset: Int32Array.from(parts.flatMap((part) => part.offsets)),
})
