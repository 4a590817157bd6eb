// An `evidenceNote` block: a callout that says how strong the evidence is, with its GRADE label.
// An unnamed <aside> inside the article is not a landmark: an article may carry several notes, and
// landmarks with one repeated name would only clutter a screen reader's list of page regions.
import {h} from 'hastscript'
import type {Element} from 'hast'
import type {EvidenceNoteBlock} from '../../../content/portableText.ts'
import {lineBreaks} from '../lineBreaks.ts'
import {gradeClass, gradeLabel} from './claimMark.ts'

export const evidenceNoteToHast = (block: EvidenceNoteBlock): Element =>
  h('aside', {className: ['evidence-note', gradeClass(block.certainty)]}, [
    block.certainty ? h('p', {className: ['evidence-grade']}, gradeLabel(block.certainty)) : [],
    h('p', lineBreaks(block.text)),
  ])
