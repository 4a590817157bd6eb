// zod boundary for `person` documents.
import {z} from 'zod'
import {documentBase} from '../fields.ts'
import {PERSON_ROLES, valuesOf} from '../vocabulary.ts'

export const personDocument = z.object({
  ...documentBase,
  _type: z.literal('person'),
  name: z.string().min(1),
  roles: z.array(z.enum(valuesOf(PERSON_ROLES))).min(1),
  credentials: z.string().optional(),
  licence: z.object({number: z.string().optional(), issuingBody: z.string().optional()}).optional(),
  email: z.email().optional(),
})
export type Person = z.infer<typeof personDocument>
