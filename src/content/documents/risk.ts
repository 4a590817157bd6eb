// zod boundary for `risk` documents.
import {z} from 'zod'
import {documentBase, optionalText, requiredText} from '../fields.ts'

export const riskDocument = z.object({
  ...documentBase,
  _type: z.literal('risk'),
  name: requiredText,
  explanation: optionalText,
  whatToDo: optionalText,
})
export type Risk = z.infer<typeof riskDocument>
