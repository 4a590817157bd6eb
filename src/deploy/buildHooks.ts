// Netlify build hooks, one per clinic site: the webhook receiver on Netlify triggers only the hooks
// of the clinics a change affects. The hooks come from SANAD_BUILD_HOOKS, a JSON object of clinic
// slug → hook URL, validated here so a typo fails loudly instead of silently skipping a clinic.
import {z} from 'zod'
import {SanadError} from '../errors/catalog.ts'

const buildHooks = z.record(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.url({protocol: /^https?$/}))
export type BuildHooks = z.infer<typeof buildHooks>

export const parseBuildHooks = (value: string | undefined): BuildHooks => {
  if (!value?.trim()) throw new SanadError('WEBHOOK_CONFIG_INVALID', 'SANAD_BUILD_HOOKS is not set.')
  let json: unknown
  try {
    json = JSON.parse(value)
  } catch (error) {
    throw new SanadError('WEBHOOK_CONFIG_INVALID', 'SANAD_BUILD_HOOKS is not valid JSON.', {cause: error})
  }
  const parsed = buildHooks.safeParse(json)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`).join('; ')
    throw new SanadError('WEBHOOK_CONFIG_INVALID', `SANAD_BUILD_HOOKS is not a map of clinic slug to build hook URL: ${problems}`)
  }
  return parsed.data
}

export interface TriggeredHook {
  clinic: string
  /** `timeout`: no answer within BUILD_HOOK_TIMEOUT_MS (the build may or may not have been queued). */
  status: number | 'no-hook' | 'network-error' | 'timeout'
}

/**
 * How long one build hook may take to answer. Netlify stops a synchronous function after 10 seconds
 * by default; without a limit of its own, one hook that hangs would keep the receiver from answering
 * at all, so it could not say which clinics' builds were triggered, and Sanity's retry would set off
 * the others' builds again. The hooks are called at once, so this bounds them all together.
 */
export const BUILD_HOOK_TIMEOUT_MS = 4_000

/** POSTs each affected clinic's build hook; a clinic without a hook is reported, not skipped silently. */
export const triggerBuildHooks = async (
  clinics: readonly string[],
  hooks: BuildHooks,
  options: {fetch?: typeof fetch; title?: string; timeoutMs?: number} = {},
): Promise<TriggeredHook[]> => {
  const send = options.fetch ?? fetch
  return Promise.all(
    clinics.map(async (clinic): Promise<TriggeredHook> => {
      const hook = hooks[clinic]
      if (!hook) return {clinic, status: 'no-hook'}
      const url = new URL(hook)
      if (options.title) url.searchParams.set('trigger_title', options.title)
      // One signal for the request and its body: a hook that sends headers and then stalls is cut off too.
      const signal = AbortSignal.timeout(options.timeoutMs ?? BUILD_HOOK_TIMEOUT_MS)
      try {
        const response = await send(url, {method: 'POST', body: '{}', headers: {'content-type': 'application/json'}, signal})
        await response.arrayBuffer()
        return {clinic, status: response.status}
      } catch {
        return {clinic, status: signal.aborted ? 'timeout' : 'network-error'}
      }
    }),
  )
}
