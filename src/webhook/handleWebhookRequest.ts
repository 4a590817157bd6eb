// The webhook receiver in Fetch API form (Request → Response), as Netlify Functions run it: verify,
// find the affected clinics in the current published content, trigger just their build hooks.
import type {ContentGraph} from '../content/contentGraph.ts'
import {parseBuildHooks, triggerBuildHooks, type TriggeredHook} from '../deploy/buildHooks.ts'
import {isSanadError} from '../errors/catalog.ts'
import {affectedClinics, changeFromPayload} from './affectedClinics.ts'
import {readBoundedBody} from './readBoundedBody.ts'
import type {ReplayGuard} from './replayGuard.ts'
import {MAX_WEBHOOK_BODY_BYTES, SIGNATURE_HEADER_NAME, verifyWebhook} from './verifyWebhook.ts'

export interface WebhookRequestDeps {
  env: Readonly<Record<string, string | undefined>>
  now: Date
  replayGuard: ReplayGuard
  /** The published content after the change (the function reads it from the Content Lake). */
  loadGraph: () => Promise<ContentGraph>
  fetch?: typeof fetch
  /** How long each build hook may take to answer; BUILD_HOOK_TIMEOUT_MS by default. */
  hookTimeoutMs?: number
  /** Where a configuration error's full text goes (the function's log); console.error by default. */
  log?: (line: string) => void
}

export interface WebhookResponseBody {
  documentId: string
  clinics: string[]
  triggered: TriggeredHook[]
}

const json = (status: number, body: unknown) => Response.json(body, {status, headers: {'cache-control': 'no-store'}})

// A delivery answered with a failure is sent again by Sanity, possibly with the same signature: the
// guard must not refuse that retry as a replay of a delivery that never set off its builds.
const forgetDelivery = async (guard: ReplayGuard, signature: string | undefined, log: (line: string) => void): Promise<void> => {
  if (signature === undefined) return
  try {
    await guard.forget(signature)
  } catch (error) {
    log(error instanceof Error ? error.message : String(error))
  }
}

export const handleWebhookRequest = async (request: Request, deps: WebhookRequestDeps): Promise<Response> => {
  if (request.method !== 'POST') return json(405, {error: 'method-not-allowed'})
  const secret = deps.env.SANITY_WEBHOOK_SECRET?.trim()
  if (!secret) return json(500, {error: 'SANITY_WEBHOOK_SECRET is not set'})
  const read = await readBoundedBody({declaredLength: request.headers.get('content-length'), chunks: request.body}, MAX_WEBHOOK_BODY_BYTES)
  if (!read.ok) return json(413, {error: 'payload-too-large'})
  const log = deps.log ?? console.error
  // The signature of the delivery the replay guard accepted, until it is answered.
  let accepted: string | undefined
  try {
    const verdict = await verifyWebhook({
      rawBody: read.body,
      signatureHeader: request.headers.get(SIGNATURE_HEADER_NAME) ?? undefined,
      secret,
      now: deps.now,
      replayGuard: deps.replayGuard,
    })
    if (!verdict.ok) return json(verdict.status, {error: verdict.reason})
    accepted = request.headers.get(SIGNATURE_HEADER_NAME) ?? undefined
    const hooks = parseBuildHooks(deps.env.SANAD_BUILD_HOOKS)
    const clinics = affectedClinics(changeFromPayload(verdict.payload), [await deps.loadGraph()])
    const triggered = await triggerBuildHooks(clinics, hooks, {
      title: `Sanity: ${verdict.payload._type} ${verdict.payload._id}`,
      ...(deps.fetch ? {fetch: deps.fetch} : {}),
      ...(deps.hookTimeoutMs === undefined ? {} : {timeoutMs: deps.hookTimeoutMs}),
    })
    const body: WebhookResponseBody = {documentId: verdict.payload._id, clinics, triggered}
    // Sanity retries non-2xx deliveries: a hook that failed should make it try again later. A clinic
    // with no hook is not a failure: no retry would give it one (its site may be built from the API
    // elsewhere), and every retry would set off the other clinics' builds again. The body lists it.
    // A hook that timed out counts as failed: a build queued twice costs a rebuild, one never queued
    // leaves a clinic's site stale until the next change.
    const failed = triggered.some((hook) => hook.status === 'network-error' || hook.status === 'timeout' || (typeof hook.status === 'number' && hook.status >= 400))
    if (failed) await forgetDelivery(deps.replayGuard, accepted, log)
    return json(failed ? 502 : 200, body)
  } catch (error) {
    await forgetDelivery(deps.replayGuard, accepted, log)
    if (!isSanadError(error)) throw error
    // Anyone may call the endpoint, and Sanity's delivery log keeps answers: they get the error's
    // code, the operator the whole message and what to do, in the function's log.
    log(`${error.code}: ${error.message} ${error.hint}`)
    // A replay store that cannot answer is passing trouble, and nothing was triggered: 503 has Sanity
    // send the delivery again. Everything else here waits for the operator.
    return json(error.code === 'REPLAY_STORE_UNAVAILABLE' ? 503 : 500, {error: error.code, log: 'see the function log for what to fix'})
  }
}
