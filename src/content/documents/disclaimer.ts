// zod boundary for `disclaimer` documents.
import {z} from 'zod'
import {documentBase, isoDate, requiredText} from '../fields.ts'
import {JURISDICTIONS, valuesOf} from '../vocabulary.ts'

export const disclaimerDocument = z.object({
  ...documentBase,
  _type: z.literal('disclaimer'),
  title: requiredText,
  jurisdiction: z.enum(valuesOf(JURISDICTIONS)),
  text: requiredText,
  version: requiredText,
  effectiveDate: isoDate,
})
export type Disclaimer = z.infer<typeof disclaimerDocument>
