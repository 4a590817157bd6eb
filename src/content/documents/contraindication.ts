// zod boundary for `contraindication` documents.
import {z} from 'zod'
import {documentBase} from '../fields.ts'

export const contraindicationDocument = z.object({
  ...documentBase,
  _type: z.literal('contraindication'),
  name: z.string().min(1),
  explanation: z.string().optional(),
  whatToDo: z.string().optional(),
})
export type Contraindication = z.infer<typeof contraindicationDocument>
