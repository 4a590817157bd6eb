// The body Sanity's GROQ-powered webhook sends Sanad. The webhook's projection (README: "Webhook")
// decides its fields; only the document id and type are required, the target clinics before and
// after the change let a receiver without the old content still find clinics an article left.
import {z} from 'zod'

export const webhookPayload = z.object({
  _id: z.string().min(1),
  _type: z.string().min(1),
  targetClinics: z.array(z.string()).nullish(),
  previousTargetClinics: z.array(z.string()).nullish(),
})
export type WebhookPayload = z.infer<typeof webhookPayload>

/** The projection to paste into the webhook's settings in sanity.io/manage. */
export const WEBHOOK_PROJECTION = `{_id, _type, "targetClinics": targetClinics[]._ref, "previousTargetClinics": before().targetClinics[]._ref}`
