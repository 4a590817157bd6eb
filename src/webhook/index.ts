// Public surface of the Sanity webhook receiver, shared by `sanad serve` and the Netlify Function.
export {affectedClinics, changeFromPayload, type DocumentChange} from './affectedClinics.ts'
export {changedDocuments} from './changedDocuments.ts'
export {readBoundedBody, type BodyResult} from './readBoundedBody.ts'
export {createReplayGuard, type ReplayGuard} from './replayGuard.ts'
export {MAX_WEBHOOK_BODY_BYTES, SIGNATURE_HEADER_NAME, SIGNATURE_TOLERANCE_MS, verifyWebhook, type WebhookRejection, type WebhookVerdict} from './verifyWebhook.ts'
export {WEBHOOK_PROJECTION, webhookPayload, type WebhookPayload} from './webhookPayload.ts'
