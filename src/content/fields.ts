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
