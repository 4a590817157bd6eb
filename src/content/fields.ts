// zod shapes for the small Sanity value types every document uses (references, slugs, dates, images).
import {z} from 'zod'

export const reference = z.object({
  _type: z.literal('reference').optional(),
  _ref: z.string().min(1),
  _key: z.string().optional(),
  _weak: z.boolean().optional(),
})
export type Reference = z.infer<typeof reference>

export const slug = z.object({
  _type: z.literal('slug').optional(),
  current: z.string().regex(/^[\p{L}\p{N}-]+$/u, 'المعرّف يقبل الحروف والأرقام والشرطات فقط'),
})

/** A Sanity `date` field: `YYYY-MM-DD`. */
export const isoDate = z.iso.date()
/** A Sanity `datetime` field. */
export const isoDateTime = z.iso.datetime({offset: true})

/**
 * An image field. From the Content Lake it carries `asset._ref`; inside a dataset export it carries
 * `_sanityAsset: "image@file://./images/<file>"` instead, so exactly one of the two is required.
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
  .refine((value) => Boolean(value.asset) !== Boolean(value._sanityAsset), {
    message: 'الصورة يجب أن تشير إلى ملف واحد (asset أو _sanityAsset)',
  })
export type Image = z.infer<typeof image>

/** System fields every stored document has; `_updatedAt` drives feeds and incremental builds. */
export const documentBase = {
  _id: z.string().min(1),
  _rev: z.string().optional(),
  _createdAt: isoDateTime.optional(),
  _updatedAt: isoDateTime.optional(),
}
