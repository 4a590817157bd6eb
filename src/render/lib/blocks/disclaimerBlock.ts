// A `disclaimerBlock`: an article for several countries carries one per jurisdiction, and each
// clinic's page shows only the block whose disclaimer is its own jurisdiction's current one.
import {h} from 'hastscript'
import type {Element} from 'hast'
import type {Disclaimer} from '../../../content/documents/disclaimer.ts'
import type {DisclaimerBlock} from '../../../content/portableText.ts'
import {currentDisclaimer} from '../../../checks/currentDisclaimer.ts'
import {todayFor} from '../../../presets/index.ts'
import {paragraphs} from '../paragraphs.ts'
import type {BodyContext} from './bodyContext.ts'

const disclaimerToHast = (disclaimer: Disclaimer): Element =>
  h('aside', {className: ['disclaimer'], ariaLabel: disclaimer.title}, [
    h('h2', disclaimer.title),
    ...paragraphs(disclaimer.text),
    // The version stays as typed, in its left-to-right span: it is an identifier, not a number in
    // prose. It is the string the Studio asks for («مثل 2026.1»), the gate's messages quote and the
    // API and the Markdown front matter carry, so a reader who quotes it quotes what the clinic
    // files; and written as a number, «٢٠٢٦٫١٠» would be a decimal equal to «٢٠٢٦٫١».
    h('p', {className: ['disclaimer-version']}, ['الإصدار ', h('span', {dir: 'ltr'}, disclaimer.version)]),
  ])

export const disclaimerBlockToHast = (block: DisclaimerBlock, context: BodyContext): Element[] => {
  const disclaimer = context.graph.disclaimers.get(block.disclaimer._ref)
  if (!disclaimer || disclaimer.jurisdiction !== context.clinic.jurisdiction) return []
  // The same rule and calendar day as the gate's disclaimer-missing check, so a page never drops
  // the disclaimer the gate accepted.
  const today = todayFor(context.clinic.jurisdiction, context.now)
  if (currentDisclaimer(context.graph, disclaimer.jurisdiction, today)?._id !== disclaimer._id) return []
  return [disclaimerToHast(disclaimer)]
}
