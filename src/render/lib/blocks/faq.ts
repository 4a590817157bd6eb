// A `faq` block: a section with its heading and a description list. A <dl> keeps every answer
// visible and readable in order, which screen readers and search engines both handle well.
import {h} from 'hastscript'
import type {Element} from 'hast'
import type {FaqBlock} from '../../../content/portableText.ts'
import {lineBreaks} from '../lineBreaks.ts'

export const DEFAULT_FAQ_TITLE = 'أسئلة شائعة'

export const faqToHast = (block: FaqBlock): Element =>
  h('section', {className: ['faq']}, [
    h('h2', block.title ?? DEFAULT_FAQ_TITLE),
    h(
      'dl',
      block.items.flatMap((item) => [h('dt', item.question), h('dd', lineBreaks(item.answer))]),
    ),
  ])
