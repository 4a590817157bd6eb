// zod boundary for `disclaimer` documents.
import {z} from 'zod'
import {documentBase, isoDate} from '../fields.ts'
import {JURISDICTIONS, valuesOf} from '../vocabulary.ts'

export const disclaimerDocument = z.object({
  ...documentBase,
  _type: z.literal('disclaimer'),
  title: z.string().min(1),
  jurisdiction: z.enum(valuesOf(JURISDICTIONS)),
  text: z.string().min(1),
  version: z.string().min(1),
  effectiveDate: isoDate,
})
export type Disclaimer = z.infer<typeof disclaimerDocument>
