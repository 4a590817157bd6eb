// zod boundary for `risk` documents.
import {z} from 'zod'
import {documentBase} from '../fields.ts'

export const riskDocument = z.object({
  ...documentBase,
  _type: z.literal('risk'),
  name: z.string().min(1),
  explanation: z.string().optional(),
  whatToDo: z.string().optional(),
})
export type Risk = z.infer<typeof riskDocument>
