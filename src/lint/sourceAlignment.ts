// Where each character of a parsed text stands in the file it was parsed from. A parser gives a text
// node's value without its escapes («\*»), with its character references decoded («&nbsp;»), and
// without the quote markers and indentation that start its continuation lines («> », «  ») or the
// spaces that end them: the value is the source with such constructs left out or made shorter, so
// one walk over both, stepping over each construct, puts every character back on its line and column.
import {decodeString} from 'micromark-util-decode-string'

/** A character escape or reference where `lastIndex` points, as CommonMark (micromark) reads one. */
const ESCAPE_OR_REFERENCE = /\\[!-/:-@[-`{-~]|&(?:#(?:\d{1,7}|x[\da-f]{1,6})|[\da-z]{1,31});/iy

const SPACE = 0x20
const TAB = 0x09
const LF = 0x0a
const CR = 0x0d
const QUOTE_MARKER = 0x3e

/**
 * The offset in `source` of each character of `value`, which a parser read from `source` at `at`.
 * What the walk cannot step over (a construct of another kind) and everything after it stays at the
 * offset where the walk stopped: where the writer's text stops reading as written.
 */
export const sourceOffsetsOf = (value: string, source: string, at: number): number[] => {
  const offsets = new Array<number>(value.length)
  let index = 0
  let offset = at
  while (index < value.length && offset < source.length) {
    const code = value.charCodeAt(index)
    const written = source.charCodeAt(offset)
    if (written === 0x5c || written === 0x26) {
      ESCAPE_OR_REFERENCE.lastIndex = offset
      const construct = ESCAPE_OR_REFERENCE.exec(source)?.[0]
      const decoded = construct === undefined ? undefined : decodeString(construct)
      if (construct !== undefined && decoded !== construct && value.startsWith(decoded!, index)) {
        for (const end = index + decoded!.length; index < end; ) offsets[index++] = offset
        offset += construct.length
        continue
      }
    }
    // A line break read as a space (inline code) or as LF (HTML reads CR and CRLF as LF) is the break.
    if (code === written || ((code === SPACE || code === LF) && (written === CR || written === LF))) {
      offsets[index++] = offset++
      continue
    }
    if (written === SPACE || written === TAB || written === CR || written === LF || written === QUOTE_MARKER) {
      offset++
      continue
    }
    break
  }
  const stop = Math.min(offset, source.length)
  while (index < value.length) offsets[index++] = stop
  return offsets
}
