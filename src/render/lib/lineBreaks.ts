// Plain text typed with line breaks (a span's soft break, a FAQ answer or a risk's "what to do"
// written as several lines) as phrasing content: the lines with a <br> between them, so the reader
// sees the lines the writer typed instead of one run-on line.
import {h} from 'hastscript'
import type {ElementContent} from 'hast'

export const lineBreaks = (text: string): ElementContent[] =>
  text.split('\n').flatMap((line, index) => [
    ...(index > 0 ? [h('br')] : []),
    ...(line ? [{type: 'text' as const, value: line}] : []),
  ])
