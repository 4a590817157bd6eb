// zod boundary for `person` documents.
import {z} from 'zod'
import {EMAIL_FORMAT} from '../fieldFormats.ts'
import {documentBase, formatted, optionalText, requiredText} from '../fields.ts'
import {JURISDICTIONS, PERSON_ROLES, valuesOf} from '../vocabulary.ts'

/** A practitioner's licence; `jurisdiction` is where its regulator licenses (absent on licences entered before it existed). */
const licence = z.object({
  number: optionalText,
  issuingBody: optionalText,
  jurisdiction: z.enum(valuesOf(JURISDICTIONS)).optional(),
})
export type Licence = z.infer<typeof licence>

export const personDocument = z.object({
  ...documentBase,
  _type: z.literal('person'),
  name: requiredText,
  roles: z.array(z.enum(valuesOf(PERSON_ROLES))).min(1),
  credentials: optionalText,
  licence: licence.optional(),
  /** Licences from other regulators: a reviewer may be licensed in more than one country. */
  otherLicences: z.array(licence).optional(),
  email: formatted(EMAIL_FORMAT).optional(),
})
export type Person = z.infer<typeof personDocument>
