// zod boundary for `contraindication` documents.
import {z} from 'zod'
import {documentBase, optionalText, requiredText} from '../fields.ts'

export const contraindicationDocument = z.object({
  ...documentBase,
  _type: z.literal('contraindication'),
  name: requiredText,
  explanation: optionalText,
  whatToDo: optionalText,
})
export type Contraindication = z.infer<typeof contraindicationDocument>
