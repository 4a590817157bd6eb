// Offsets to 1-based line:column, as an editor shows them. Columns count code points, so a tashkeel
// mark counts as one character, as it does for the writer moving the cursor.

export interface LineColumn {
  line: number
  column: number
}

export const createPositionLookup = (source: string): ((offset: number) => LineColumn) => {
  const lineStarts = [0]
  // CRLF, a lone CR (old Mac files) and LF each end a line, as for CommonMark, whose line numbers
  // the import report gives, and the importer's plain text. U+2028 and U+2029 end a sentence for the
  // tokenizer, not a line: neither mdast nor editors start a line there.
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (code === 0x0a || (code === 0x0d && source.charCodeAt(index + 1) !== 0x0a)) lineStarts.push(index + 1)
  }
  return (offset) => {
    let low = 0
    let high = lineStarts.length - 1
    while (low < high) {
      const middle = (low + high + 1) >> 1
      if (lineStarts[middle]! <= offset) low = middle
      else high = middle - 1
    }
    let column = 1
    for (let index = lineStarts[low]!; index < offset; index++) {
      const code = source.charCodeAt(index)
      // The low half of a surrogate pair belongs to the character already counted.
      if (code < 0xdc00 || code > 0xdfff) column++
    }
    return {line: low + 1, column}
  }
}
