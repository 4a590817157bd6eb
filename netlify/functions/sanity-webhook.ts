// Netlify Function at /hooks/sanity: receives Sanity's GROQ-powered webhook and triggers the build
// hooks of only the clinic sites the changed document affects. Environment: SANITY_WEBHOOK_SECRET,
// SANAD_BUILD_HOOKS and the SANITY_* read settings (README: "Webhook").
import {loadContent} from '../../src/content/loadContent.ts'
import {parseSanityEnv} from '../../src/sources/sanity/sanityEnv.ts'
import {createSanitySource} from '../../src/sources/sanity/sanitySource.ts'
import {createReplayGuard, SIGNATURE_TOLERANCE_MS} from '../../src/webhook/index.ts'
import {handleWebhookRequest} from '../../src/webhook/handleWebhookRequest.ts'

// Lives as long as the function instance: replays within one warm instance are refused; the
// signature's timestamp tolerance bounds the rest.
const replayGuard = createReplayGuard(2 * SIGNATURE_TOLERANCE_MS)

// Always the Content Lake: a function has no dataset export beside it.
const loadGraph = async () => {
  const source = createSanitySource(parseSanityEnv(process.env))
  try {
    return (await loadContent(source)).graph
  } finally {
    await source.close()
  }
}

export default (request: Request): Promise<Response> => handleWebhookRequest(request, {env: process.env, now: new Date(), replayGuard, loadGraph})

export const config = {path: '/hooks/sanity'}
