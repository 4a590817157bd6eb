// mdast-util-to-markdown's `text` handler with a shortcut for plain prose. Its escaping (`state.safe`)
// runs every one of its ~80 unsafe patterns over every text node, which made it the export's
// largest cost. A text in which no pattern can match is returned as is, which is what `safe` returns
// for it; anything else still goes through `safe`.
import type {Handle} from 'mdast-util-to-markdown'
import {defaultHandlers} from 'mdast-util-to-markdown'

// Characters some default pattern, or GFM strikethrough's (`~`, markdownExport.ts), escapes wherever
// it meets them in phrasing, in a link label or next to a line ending (`\` too: `safe` doubles a
// backslash before punctuation).
const SYNTAX_CHARACTER = /[\x00-\x1f\x7f!"#&'*<>[\\\]_`~]/
// What may be escaped at the start of a line (`- `, `1.`, `2)`, `+`, `=`, `~`, a leading space) when
// the text starts one, or may be only the start of a line a space, tab or line ending began.
const RISKY_AT_LINE_START = /^[\d ()+\-.=~]/

// Whether the text's first character could complete a pattern with what comes before it.
const riskyStart = (value: string, before: string): boolean => {
  const previous = before.charAt(before.length - 1)
  if (previous === '') return false
  if (previous === '\n' || previous === '\r' || previous === ' ' || previous === '\t') return RISKY_AT_LINE_START.test(value)
  // `1.` and `2)` list markers whose digits came before; `](` right after a label.
  if (previous >= '0' && previous <= '9') return /^[\d.)]/.test(value)
  return previous === ']' && value.charAt(0) === '('
}

// A space right before a line ending is escaped.
const riskyEnd = (value: string, after: string): boolean => value.endsWith(' ') && (after.startsWith('\n') || after.startsWith('\r'))

// Constructs in which no default pattern looks at other characters than those above. Elsewhere
// (autolinks, link destinations and titles, code fence info) spaces and parentheses matter too.
const PLAIN_CONSTRUCTS = new Set(['blockquote', 'emphasis', 'headingAtx', 'headingSetext', 'label', 'link', 'list', 'listItem', 'paragraph', 'phrasing', 'strong'])

/** True when `safe` would return `value` unchanged between `before` and `after`. */
export const isPlainMarkdownText = (value: string, stack: readonly string[], before = '', after = ''): boolean =>
  value !== '' &&
  !SYNTAX_CHARACTER.test(value) &&
  !riskyStart(value, before) &&
  !riskyEnd(value, after) &&
  // `safe` would look for a backslash in what follows the text too.
  !after.includes('\\') &&
  stack.every((construct) => PLAIN_CONSTRUCTS.has(construct))

/** For `toMarkdown`'s `handlers`; only valid with the default unsafe patterns and GFM strikethrough's (no other `unsafe` option or extension adding some). */
export const plainMarkdownText: Handle = (node, parent, state, info) =>
  isPlainMarkdownText(node.value, state.stack, info.before, info.after) ? node.value : defaultHandlers.text(node, parent, state, info)
