// zod shapes for the small Sanity value types every document uses (references, slugs, dates, images).
import {z} from 'zod'
import {formatMismatch, type FieldFormat} from './fieldFormats.ts'
import {CLINIC_SLUG_MESSAGE, isClinicSlug, isPageSlug, PAGE_SLUG_MESSAGE} from './slugRules.ts'

export const reference = z.object({
  _type: z.literal('reference').optional(),
  _ref: z.string().min(1),
  _key: z.string().optional(),
  _weak: z.boolean().optional(),
})
export type Reference = z.infer<typeof reference>

export const slug = z.object({
  _type: z.literal('slug').optional(),
  current: z.string().refine(isPageSlug, PAGE_SLUG_MESSAGE),
})

export const clinicSlug = z.object({
  _type: z.literal('slug').optional(),
  current: z.string().refine(isClinicSlug, CLINIC_SLUG_MESSAGE),
})

// Spaces, line breaks, control characters and invisible format characters (ZWSP, bidi marks):
// a text of nothing else shows as empty on the page. The Hangul fillers (U+115F, U+1160, U+3164,
// U+FFA0), pasted as «invisible names», are Default_Ignorable; U+2800 BRAILLE PATTERN BLANK is not:
// to Unicode it is a symbol (So), a braille cell with no dots, but it is drawn as a blank and used
// the same way. Between words it reads as a space, as the tokenizer reads it (no word is split), so
// it is blank here and not one of invisible-char's characters.
const VISIBLE_CHARACTER = /[^\s\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\u2800]/u

/** Whether a reader would see anything of the text. */
export const hasVisibleText = (text: string): boolean => VISIBLE_CHARACTER.test(text)

/** Shared with the Studio's rule for the same fields (requiredTextValidation.ts). */
export const BLANK_TEXT_MESSAGE = 'الحقل لا يحوي إلا مسافات أو محارف غير مرئية فيظهر فارغًا على الصفحة، ويجب أن يُملأ بنص'

/**
 * A required text: not empty and not blank. `min(1)` alone let a name of spaces or a disclaimer of
 * one ZWSP through, and the page showed an unnamed reviewer or an empty disclaimer box.
 */
export const requiredText = z.string().min(1, {abort: true}).refine(hasVisibleText, BLANK_TEXT_MESSAGE)

/**
 * An optional text; a blank one is read as absent, so no empty paragraph reaches a page. A
 * preprocess rather than a transform: the content API's published JSON Schema is made from these
 * shapes (apiShapes.ts), and it describes what comes out, a string or nothing.
 */
export const optionalText = z.preprocess((value) => (typeof value === 'string' && !hasVisibleText(value) ? undefined : value), z.string().optional())

/** A string field with a format the Studio validates with the same pattern (fieldFormats.ts). */
export const formatted = (format: FieldFormat) =>
  z.string().regex(format.pattern, {error: (issue) => formatMismatch(format, String(issue.input))})

/** A Sanity `date` field: `YYYY-MM-DD`. */
export const isoDate = z.iso.date()
/** A Sanity `datetime` field. */
export const isoDateTime = z.iso.datetime({offset: true})

/**
 * An image field. From the Content Lake it carries `asset._ref`; inside a dataset export it carries
 * `_sanityAsset: "image@file://./images/<file>"` instead. Removing an image in the Studio can leave
 * `{alt}` behind with no file: that is read as "no image", not as an invalid document.
 */
export const image = z
  .object({
    _type: z.literal('image').optional(),
    asset: reference.optional(),
    _sanityAsset: z.string().regex(/^image@/).optional(),
    alt: z.string().optional(),
    hotspot: z.object({x: z.number(), y: z.number(), height: z.number(), width: z.number()}).partial().optional(),
    crop: z.object({top: z.number(), bottom: z.number(), left: z.number(), right: z.number()}).partial().optional(),
  })
  .refine((value) => !(value.asset && value._sanityAsset), {message: 'الصورة تشير إلى ملفين (asset و _sanityAsset) معًا'})
  .transform((value) => (value.asset || value._sanityAsset ? value : undefined))
export type Image = NonNullable<z.infer<typeof image>>

/** System fields every stored document has; `_updatedAt` drives feeds and incremental builds. */
export const documentBase = {
  _id: z.string().min(1),
  _rev: z.string().optional(),
  _createdAt: isoDateTime.optional(),
  _updatedAt: isoDateTime.optional(),
}
