// zod shapes for an article body: Portable Text blocks plus Sanad's own block types.
import {z} from 'zod'
import {GRADE_CERTAINTY, SAFETY_EMBED_MODES, TEXT_DECORATORS, valuesOf} from './vocabulary.ts'
import {optionalText, reference, requiredText} from './fields.ts'

export const span = z.object({
  _type: z.literal('span'),
  _key: z.string(),
  text: z.string(),
  marks: z.array(z.string()).default([]),
})
export type Span = z.infer<typeof span>

export const claimRefMark = z.object({_type: z.literal('claimRef'), _key: z.string(), claim: reference})
const linkMark = z.object({_type: z.literal('link'), _key: z.string(), href: z.string()})
export const markDef = z.discriminatedUnion('_type', [claimRefMark, linkMark])
export type MarkDef = z.infer<typeof markDef>

const DECORATOR_VALUES: ReadonlySet<string> = new Set(TEXT_DECORATORS.map((decorator) => decorator.value))

export const textBlock = z
  .object({
    _type: z.literal('block'),
    _key: z.string(),
    style: z.enum(['normal', 'h2', 'h3', 'blockquote']).default('normal'),
    listItem: z.enum(['bullet', 'number']).optional(),
    level: z.number().int().min(1).optional(),
    children: z.array(span),
    markDefs: z.array(markDef).default([]),
  })
  .superRefine((block, context) => {
    // A mark whose annotation is gone (an import, or an edit outside the Studio) would render as
    // plain text: a claim's words would reach the page without the gate ever seeing the claim.
    // Read for every block of every article: no lookup is built, a block's few markDefs are scanned.
    block.children.forEach((child, spanIndex) =>
      child.marks.forEach((mark, markIndex) => {
        if (DECORATOR_VALUES.has(mark) || block.markDefs.some((definition) => definition._key === mark)) return
        context.addIssue({
          code: 'custom',
          path: ['children', spanIndex, 'marks', markIndex],
          message: `العلامة «${mark}» على «${child.text.slice(0, 40)}» لا يقابلها ربط في هذه الفقرة (ادعاء أو رابط حُذف تعريفه وبقيت علامته)، فلا يمكن التحقق مما تشير إليه. يُعاد ربط النص بالادعاء أو الرابط في Studio، أو تُزال العلامة.`,
        })
      }),
    )
  })
export type TextBlock = z.infer<typeof textBlock>

const evidenceNoteBlock = z.object({
  _type: z.literal('evidenceNote'),
  _key: z.string(),
  certainty: z.enum(valuesOf(GRADE_CERTAINTY)).optional(),
  text: requiredText,
})
export type EvidenceNoteBlock = z.infer<typeof evidenceNoteBlock>

export const faqItem = z.object({
  _type: z.literal('faqItem').optional(),
  _key: z.string(),
  question: requiredText,
  answer: requiredText,
})
const faqBlock = z.object({
  _type: z.literal('faq'),
  _key: z.string(),
  title: optionalText,
  items: z.array(faqItem).min(1),
})
export type FaqBlock = z.infer<typeof faqBlock>

const procedureSafetyBlock = z.object({
  _type: z.literal('procedureSafety'),
  _key: z.string(),
  procedure: reference,
  show: z.enum(valuesOf(SAFETY_EMBED_MODES)).default('both'),
})
export type ProcedureSafetyBlock = z.infer<typeof procedureSafetyBlock>

export const disclaimerBlock = z.object({
  _type: z.literal('disclaimerBlock'),
  _key: z.string(),
  disclaimer: reference,
})
export type DisclaimerBlock = z.infer<typeof disclaimerBlock>

export const bodyBlock = z.discriminatedUnion('_type', [
  textBlock,
  evidenceNoteBlock,
  faqBlock,
  procedureSafetyBlock,
  disclaimerBlock,
])
export type BodyBlock = z.infer<typeof bodyBlock>
