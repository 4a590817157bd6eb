// zod boundary for `clinic` documents.
import {z} from 'zod'
import {EMAIL_FORMAT, HEX_COLOUR_FORMAT} from '../fieldFormats.ts'
import {clinicSlug, documentBase, formatted, image, optionalText, reference, requiredText} from '../fields.ts'
import {CLINIC_LOCALES, JURISDICTIONS, valuesOf} from '../vocabulary.ts'

const hexColour = formatted(HEX_COLOUR_FORMAT)

export const clinicDocument = z.object({
  ...documentBase,
  _type: z.literal('clinic'),
  name: requiredText,
  slug: clinicSlug,
  domain: z.string().optional(),
  jurisdiction: z.enum(valuesOf(JURISDICTIONS)),
  locale: z.enum(valuesOf(CLINIC_LOCALES)),
  branding: z
    .object({primaryColor: hexColour, accentColor: hexColour.optional(), logo: image.optional()})
    .optional(),
  proceduresOffered: z.array(reference).default([]),
  contact: z
    .object({
      // A blank one is read as absent: the footer showed «الهاتف: » and «،   » on every page.
      phone: optionalText,
      whatsapp: optionalText,
      email: formatted(EMAIL_FORMAT),
      address: optionalText,
      city: optionalText,
    })
    .partial()
    .optional(),
  netlifySiteId: z.string().optional(),
  disclaimer: reference.optional(),
})
export type Clinic = z.infer<typeof clinicDocument>
