// claim-text-mismatch: the words an article marks as a claim are what the reader takes the evidence
// badge to vouch for, so they must be the words the medical reviewer approved. A paraphrase («قد يفيد
// بعض الحالات» for «بعض الدراسات تشير إلى تحسّن…») carries the badge without the approval, as an
// approved-claims library in regulated health content requires verbatim use.
import {normalizeWord} from '../arabic/normalize.ts'
import {markDefsInUse} from '../content/markDefsInUse.ts'
import type {TextBlock} from '../content/portableText.ts'
import {formatPath} from '../findings/finding.ts'
import {defineCheck} from './check.ts'

/**
 * Words as they compare: spelling variants folded (tashkeel, tatweel, hamza and alef forms, ة/ه, ى/ي,
 * both digit sets) and punctuation, spacing and bidi marks ignored, which change no claim.
 */
export const claimWording = (text: string): string =>
  normalizeWord(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()

/** The text under one annotation in a block, its spans joined in order. */
const markedText = (block: TextBlock, markKey: string): string =>
  block.children
    .filter((child) => child.marks.includes(markKey))
    .map((child) => child.text)
    .join('')

const quote = (text: string, limit = 80): string => {
  const characters = [...text.trim()]
  return characters.length > limit ? `${characters.slice(0, limit).join('')}…` : characters.join('')
}

export const claimTextMismatch = defineCheck({
  ruleId: 'claim-text-mismatch',
  description: 'The words a claimRef marks differ from the approved statement of the claim it links (after folding spelling variants and punctuation).',
  defaultOptions: {},
  run({article, graph}) {
    return article.body.flatMap((block) => {
      if (block._type !== 'block') return []
      return markDefsInUse(block).flatMap((mark) => {
        if (mark._type !== 'claimRef') return []
        const claim = graph.claims.get(mark.claim._ref)
        const shown = markedText(block, mark._key)
        // No claim: reference-broken says so. No marked words: the annotation shows nothing.
        if (!claim || shown.trim() === '' || claimWording(shown) === claimWording(claim.statement)) return []
        return [{
          documentId: article._id,
          path: formatPath(['body', {_key: block._key}, 'markDefs', {_key: mark._key}]),
          message: `النص المربوط بالادعاء ${claim._id} لا يطابق صياغته المعتمدة، فلا يغطيه اعتماد المراجع. في المقال: «${quote(shown)}»؛ المعتمد: «${quote(claim.statement, 160)}». انسخ الصياغة المعتمدة كما هي، أو عدّل نص الادعاء وأرسله للمراجعة ليُعتمد بصياغتك.`,
        }]
      })
    })
  },
})
