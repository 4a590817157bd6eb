// Netlify Function at /hooks/sanity: receives Sanity's GROQ-powered webhook and triggers the build
// hooks of only the clinic sites the changed document affects. Environment: SANITY_WEBHOOK_SECRET,
// SANAD_BUILD_HOOKS, the SANITY_* read settings and Netlify's own Blobs context (README: "Webhook").
import {loadContent} from '../../src/content/loadContent.ts'
import {parseSanityEnv} from '../../src/sources/sanity/sanityEnv.ts'
import {createSanitySource} from '../../src/sources/sanity/sanitySource.ts'
import {createBlobsReplayGuard} from '../../src/webhook/blobsReplayGuard.ts'
import {handleWebhookRequest} from '../../src/webhook/handleWebhookRequest.ts'
import {SIGNATURE_TOLERANCE_MS} from '../../src/webhook/index.ts'
import {openNetlifyDeliveryStore} from '../../src/webhook/netlifyDeliveryStore.ts'

// Accepted deliveries are kept in Netlify Blobs, which every instance of this function shares, so a
// replay sent to a cold or parallel instance is refused too. Without Blobs every delivery is refused
// (500, REPLAY_STORE_NOT_CONFIGURED) rather than guarded per instance: that guard would let such
// replays set off clinic builds again, and a guard missing from some instances fails unnoticed.
const replayGuard = createBlobsReplayGuard({openStore: openNetlifyDeliveryStore, lifetimeMs: 2 * SIGNATURE_TOLERANCE_MS})

// Always the Content Lake: a function has no dataset export beside it. Netlify stops a function at
// 10 s, and the build hooks may take 4 more: a Content Lake silent for 6 s fails the delivery (500,
// SANITY_UNREACHABLE in the log) without a retry here, so the function answers and Sanity sends it again.
const CONTENT_LAKE = {timeoutMs: 6_000, maxRetries: 0}
const loadGraph = async () => {
  const source = createSanitySource(parseSanityEnv(process.env), CONTENT_LAKE)
  try {
    return (await loadContent(source)).graph
  } finally {
    await source.close()
  }
}

export default (request: Request): Promise<Response> => handleWebhookRequest(request, {env: process.env, now: new Date(), replayGuard, loadGraph})

export const config = {path: '/hooks/sanity'}
