// claim-text-mismatch: the words an article marks as a claim are what the reader takes the evidence
// badge to vouch for, so they must be the words the medical reviewer approved. A paraphrase («قد يفيد
// بعض الحالات» for «بعض الدراسات تشير إلى تحسّن…») carries the badge without the approval, as an
// approved-claims library in regulated health content requires verbatim use.
import {normalizeWord} from '../arabic/normalize.ts'
import {markDefsInUse} from '../content/markDefsInUse.ts'
import type {TextBlock} from '../content/portableText.ts'
import {formatPath} from '../findings/finding.ts'
import {defineCheck} from './check.ts'

const NUMBER = String.raw`\p{N}+(?:[.,]\p{N}+)*`
const DASH = String.raw`[-‐‑‒–—―−]`
// A number keeps its sign, separators and range («−20», «1.5», «3–6»); a word its letters; and the
// signs that change what a claim says stay («%», «‰», «<», «≥», «±», «+», «×», «≈», «~», and «؟»,
// folded to «?»).
const DASHES = new RegExp(DASH, 'gu')
const TOKEN = new RegExp(String.raw`${DASH}?${NUMBER}(?:\s*${DASH}\s*${NUMBER})?|\p{L}+|[%‰<>≤≥±+?×≈~^]`, 'gu')
// The folding reads «10³» as «103»: a power is kept as «10^3».
const SUPERSCRIPT_DIGITS = /[⁰¹²³⁴-⁹]/gu
const SUPERSCRIPT_VALUE: Readonly<Record<string, string>> = {'⁰': '0', '¹': '1', '²': '2', '³': '3', '⁴': '4', '⁵': '5', '⁶': '6', '⁷': '7', '⁸': '8', '⁹': '9'}

/**
 * Words as they compare: spelling variants folded (tashkeel, tatweel, hamza and alef forms, ة/ه, ى/ي,
 * both digit sets); spacing, quotation marks, commas, full stops, dashes between words and bidi marks
 * ignored, which change no claim. «>70%» and «<70%», «1.5» and «15», «10³» and «103», «5‰» and «5», a
 * question and a statement differ.
 */
export const claimWording = (text: string): string =>
  (normalizeWord(text.replace(SUPERSCRIPT_DIGITS, (digit) => `^${SUPERSCRIPT_VALUE[digit]}`)).match(TOKEN) ?? [])
    .map((token) => token.replace(/\s+/gu, '').replace(DASHES, '-'))
    .join(' ')

/**
 * The runs of consecutive spans under one annotation, each joined: the page draws the evidence badge
 * after each run, so a mark split by unmarked words («بعض الدراسات» + «لا» + «تشير…») is two claims.
 */
const markedRuns = (block: TextBlock, markKey: string): string[] => {
  const runs: string[] = []
  let inRun = false
  for (const child of block.children) {
    const marked = child.marks.includes(markKey)
    if (marked && inRun) runs[runs.length - 1] += child.text
    else if (marked) runs.push(child.text)
    inRun = marked
  }
  return runs
}

const quote = (text: string, limit = 80): string => {
  const characters = [...text.trim()]
  return characters.length > limit ? `${characters.slice(0, limit).join('').trimEnd()}…` : characters.join('')
}

// The claim's statement, whatever its review state: approval has rules of its own (claim-unapproved,
// claim-changed-since-approval), and a statement changed since approval is no «approved wording».
const FIX = 'انسخ نص الادعاء كما هو، أو عدّل نص الادعاء وأرسله للمراجعة ليُعتمد بصياغتك.'

/** What is wrong with the marked runs for this statement, in Arabic, or undefined when they quote it. */
const mismatch = (runs: readonly string[], statement: string, claimId: string): string | undefined => {
  const approved = `نص الادعاء: «${quote(statement, 160)}»`
  if (runs.length > 1) {
    return `الادعاء ${claimId} مربوط بأجزاء متفرقة من الجملة («${runs.map((run) => quote(run, 40)).join('» … «')}»)، فتظهر شارة الدليل بعد كل جزء وتقع بينها كلمات ليست من نص الادعاء. اربطه بنص متصل واحد. ${approved}. ${FIX}`
  }
  const shown = runs[0] ?? ''
  const wording = claimWording(shown)
  if (wording === '') {
    return `الادعاء ${claimId} مربوط بنص بلا كلمات، فتظهر شارة الدليل بجانب كلام لم يُربط به. حدّد نص الادعاء نفسه واربطه، أو احذف الربط. ${approved}.`
  }
  if (wording === claimWording(statement)) return undefined
  return `النص المربوط بالادعاء ${claimId} لا يطابق نص الادعاء، والشارة تشهد لنص الادعاء وحده. في المقال: «${quote(shown)}»؛ ${approved}. ${FIX}`
}

export const claimTextMismatch = defineCheck({
  ruleId: 'claim-text-mismatch',
  description: 'The words a claimRef marks differ from the approved statement of the claim it links (after folding spelling variants and punctuation), mark no words, or are split by unmarked words.',
  defaultOptions: {},
  run({article, graph}) {
    return article.body.flatMap((block) => {
      if (block._type !== 'block') return []
      return markDefsInUse(block).flatMap((mark) => {
        if (mark._type !== 'claimRef') return []
        const claim = graph.claims.get(mark.claim._ref)
        // No claim: reference-broken says so.
        if (!claim) return []
        const runs = markedRuns(block, mark._key)
        const problem = mismatch(runs, claim.statement, claim._id)
        return problem ? [{documentId: article._id, path: formatPath(['body', {_key: block._key}, 'markDefs', {_key: mark._key}]), message: problem}] : []
      })
    })
  },
})
