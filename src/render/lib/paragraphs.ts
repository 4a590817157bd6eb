// Plain multi-line text (disclaimers, how a procedure is performed) as one <p> per line.
import {h} from 'hastscript'
import type {Element} from 'hast'

export const paragraphs = (text: string): Element[] =>
  text
    .split('\n')
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => h('p', paragraph))
