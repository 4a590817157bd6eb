// A `claimRef` annotation: the claim's words, followed by its GRADE certainty label, the reviewer's
// evidence note and links to its entries in the citation list. Unknown claims stay plain text.
import {h} from 'hastscript'
import type {ElementContent} from 'hast'
import {GRADE_CERTAINTY, labelOf} from '../../../content/vocabulary.ts'
import {citationAnchor, GRADE_TERM} from '../citations.ts'
import {lineBreaks} from '../lineBreaks.ts'
import {formatNumber} from '../../../locale/localeFormat.ts'
import type {BodyContext} from './bodyContext.ts'

export const gradeLabel = (certainty: string | undefined): string =>
  `${GRADE_TERM}: ${certainty ? labelOf(GRADE_CERTAINTY, certainty) : 'غير محدّدة'}`

export const gradeClass = (certainty: string | undefined): string => `grade-${certainty ?? 'unknown'}`

/** The note without its closing full stop: the article's sentence goes on after it («…صغيرة[١]، لكن…»). */
const inlineNote = (note: string): string => note.trim().replace(/[.۔]+$/u, '')

export const claimToHast = (claimId: string, children: ElementContent[], context: BodyContext): ElementContent[] => {
  const claim = context.graph.claims.get(claimId)
  if (!claim) return children
  const {certainty, note} = claim.evidence ?? {}
  const locale = context.clinic.locale
  const numbers = context.citations.numbersByClaim.get(claimId) ?? []
  return [
    h('span', {className: ['claim', gradeClass(certainty)]}, [
      h('span', {className: ['claim-text']}, children),
      ' ',
      // In parentheses: the reviewer's note sits inside the writer's sentence, which goes on after it.
      h('small', {className: ['claim-evidence']}, [
        '(',
        h('span', {className: ['claim-grade']}, gradeLabel(certainty)),
        note ? [' — ', h('span', {className: ['claim-note']}, lineBreaks(inlineNote(note)))] : [],
        ')',
        numbers.map((number) =>
          h('sup', [
            h('a', {className: ['cite-link'], href: `#${citationAnchor(number)}`, ariaLabel: `المرجع ${formatNumber(locale, number)}`}, `[${formatNumber(locale, number)}]`),
          ]),
        ),
      ]),
    ]),
  ]
}
