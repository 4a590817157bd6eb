// Turns what @sanity/client throws into a catalog error the CLI can explain: SANITY_UNAUTHORIZED when
// Sanity refused the token (naming the variable it came from), SANITY_REQUEST_REFUSED for another
// HTTP 400 (an API version the API does not take, a proxy), SANITY_UNREACHABLE with the HTTP status
// or network cause otherwise. A query or mutation Sanity could not parse is a bug and is rethrown as
// is. Credentials in an address (SANITY_API_HOST=https://user:password@proxy) never reach a message.
import {ClientError, ServerError} from '@sanity/client'
import {SanadError} from '../../errors/catalog.ts'

const BAD_REQUEST = 400
// What Sanity calls a request Sanad's own code got wrong, as opposed to the environment.
const OWN_MISTAKES = new Set(['queryParseError', 'mutationError'])
const UNAUTHORIZED = 401
const FORBIDDEN = 403

export interface SanityRequestTarget {
  projectId: string
  dataset: string
  url: string
  /** The environment variable the request's token came from, and whether it was set. */
  token: {variable: 'SANITY_READ_TOKEN' | 'SANITY_WRITE_TOKEN'; set: boolean}
}

const describeTarget = (target: SanityRequestTarget) =>
  `project "${target.projectId}", dataset "${target.dataset}" at ${target.url}`

/** Why Sanity said no, in the words of the token that was (or was not) sent. */
const refusal = (status: number, target: SanityRequestTarget): string => {
  const {variable, set} = target.token
  const access = variable === 'SANITY_WRITE_TOKEN' ? 'write to' : 'read'
  if (!set) return `${variable} is not set, and this dataset cannot be read without a token`
  if (status === FORBIDDEN) return `the token in ${variable} is valid but may not ${access} this dataset`
  return `the token in ${variable} was refused, as unknown to this project, revoked or mistyped`
}

/** `text` with the user and password of every address in it left out. */
export const withoutAddressCredentials = (text: string): string => text.replace(/(\b[a-z][a-z\d+.-]*:\/\/)[^\s/?#@]*@/gi, '$1')

export const toSanityRequestError = (error: unknown, target: SanityRequestTarget): unknown => {
  if (error instanceof ClientError || error instanceof ServerError) {
    const said = withoutAddressCredentials(error.message)
    if (error.statusCode === BAD_REQUEST) {
      const type = (error.details as {type?: unknown} | undefined)?.type
      if (typeof type === 'string' && OWN_MISTAKES.has(type)) return error
      return new SanadError('SANITY_REQUEST_REFUSED', `Sanity refused the request to ${describeTarget(target)} as malformed (HTTP 400): ${said}`, {cause: error})
    }
    if (error.statusCode === UNAUTHORIZED || error.statusCode === FORBIDDEN) {
      return new SanadError(
        'SANITY_UNAUTHORIZED',
        `Sanity answered HTTP ${error.statusCode} for ${describeTarget(target)}: ${refusal(error.statusCode, target)} (Sanity: ${said}).`,
        {cause: error},
      )
    }
    return new SanadError(
      'SANITY_UNREACHABLE',
      `Sanity answered HTTP ${error.statusCode} for ${describeTarget(target)}: ${said}`,
      {cause: error},
    )
  }
  const code = (error as {code?: unknown} | null)?.code
  const detail = withoutAddressCredentials(error instanceof Error ? error.message : String(error))
  return new SanadError(
    'SANITY_UNREACHABLE',
    `Could not reach Sanity for ${describeTarget(target)}: ${typeof code === 'string' ? `${code}: ` : ''}${detail}`,
    {cause: error},
  )
}
