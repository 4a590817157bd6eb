// An `evidenceNote` block: a callout that says how strong the evidence is, with its GRADE label.
import {h} from 'hastscript'
import type {Element} from 'hast'
import type {EvidenceNoteBlock} from '../../../content/portableText.ts'
import {gradeClass, gradeLabel} from './claimMark.ts'

export const evidenceNoteToHast = (block: EvidenceNoteBlock): Element =>
  h('aside', {className: ['evidence-note', gradeClass(block.certainty)], ariaLabel: 'ملاحظة عن قوة الدليل'}, [
    block.certainty ? h('p', {className: ['evidence-grade']}, gradeLabel(block.certainty)) : [],
    h('p', block.text),
  ])
