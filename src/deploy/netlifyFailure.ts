// What a failed call to Netlify's API means for the operator. @netlify/api and netlifyRequest throw
// an error with the status for an answer, and fetch's error when no answer came: a rejected token or an
// unknown site is configuration to fix, no answer is the network, and only the rest is Netlify
// refusing the deploy itself, which its deploy log explains.
import {SanadError} from '../errors/catalog.ts'

/** The HTTP status Netlify answered a failed call with; undefined when no answer came. */
export const netlifyStatusOf = (error: unknown): number | undefined => {
  const status = (error as {status?: unknown} | null)?.status
  return typeof status === 'number' ? status : undefined
}

// Its fetch says what failed and why: "request to … failed, reason: connect ECONNREFUSED …".
const networkReason = (error: unknown): string => (error instanceof Error ? error.message : String(error)).replace(/\.$/, '')

/**
 * `doing` completes "… while <doing>": e.g. "creating a deploy of site 3f6c…". `deployId`: the call
 * was about that deploy, so a 404 means the deploy is gone (cancelled or deleted meanwhile), not
 * that the site is unknown: the site had just taken it.
 */
export const netlifyFailure = (error: unknown, doing: string, siteId: string, deployId?: string): SanadError => {
  const status = netlifyStatusOf(error)
  const options = {cause: error}
  if (status === 404 && deployId !== undefined) {
    return new SanadError('NETLIFY_DEPLOY_FAILED', `Netlify no longer knows deploy ${deployId} of site ${siteId} (HTTP 404) while ${doing}: it was cancelled or deleted meanwhile, and will not go live. Run \`sanad deploy\` again.`, options)
  }
  if (status === 401 || status === 403) {
    return new SanadError('NETLIFY_CONFIG_INVALID', `Netlify did not accept NETLIFY_AUTH_TOKEN (HTTP ${status}) while ${doing}: set it to a personal access token of an account that can deploy site ${siteId}.`, options)
  }
  if (status === 404) {
    return new SanadError('NETLIFY_CONFIG_INVALID', `Netlify knows no site ${siteId} that this token can reach (HTTP 404) while ${doing}: check the clinic's netlifySiteId in the Studio, or --site.`, options)
  }
  if (status === undefined) return new SanadError('NETLIFY_UNREACHABLE', `Netlify could not be reached while ${doing}: ${networkReason(error)}.`, options)
  return new SanadError('NETLIFY_DEPLOY_FAILED', `Netlify refused ${doing} (HTTP ${status}): ${(error as Error).message}`, options)
}
