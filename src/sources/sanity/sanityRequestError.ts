// Turns what @sanity/client throws into SANITY_UNREACHABLE with the HTTP status (or network cause),
// so the CLI can say what happened and what to do. A malformed query is a bug and is rethrown as is.
import {ClientError, ServerError} from '@sanity/client'
import {SanadError} from '../../errors/catalog.ts'

const BAD_QUERY = 400

const describeTarget = (target: {projectId: string; dataset: string; url: string}) =>
  `project "${target.projectId}", dataset "${target.dataset}" at ${target.url}`

export const toSanityRequestError = (
  error: unknown,
  target: {projectId: string; dataset: string; url: string},
): unknown => {
  if (error instanceof ClientError || error instanceof ServerError) {
    if (error.statusCode === BAD_QUERY) return error
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
