// Turns what @sanity/client throws into a catalog error the CLI can explain: SANITY_UNAUTHORIZED when
// Sanity refused the token (naming the variable it came from), SANITY_UNREACHABLE with the HTTP
// status or network cause otherwise. A malformed query is a bug and is rethrown as is.
import {ClientError, ServerError} from '@sanity/client'
import {SanadError} from '../../errors/catalog.ts'

const BAD_QUERY = 400
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

export const toSanityRequestError = (error: unknown, target: SanityRequestTarget): unknown => {
  if (error instanceof ClientError || error instanceof ServerError) {
    if (error.statusCode === BAD_QUERY) return error
    if (error.statusCode === UNAUTHORIZED || error.statusCode === FORBIDDEN) {
      return new SanadError(
        'SANITY_UNAUTHORIZED',
        `Sanity answered HTTP ${error.statusCode} for ${describeTarget(target)}: ${refusal(error.statusCode, target)} (Sanity: ${error.message}).`,
        {cause: error},
      )
    }
    return new SanadError(
      'SANITY_UNREACHABLE',
      `Sanity answered HTTP ${error.statusCode} for ${describeTarget(target)}: ${error.message}`,
      {cause: error},
    )
  }
  const code = (error as {code?: unknown} | null)?.code
  const detail = error instanceof Error ? error.message : String(error)
  return new SanadError(
    'SANITY_UNREACHABLE',
    `Could not reach Sanity for ${describeTarget(target)}: ${typeof code === 'string' ? `${code}: ` : ''}${detail}`,
    {cause: error},
  )
}
