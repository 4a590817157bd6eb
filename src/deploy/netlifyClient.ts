// Netlify's official API client (@netlify/api), configured from the environment: NETLIFY_AUTH_TOKEN,
// and NETLIFY_API_URL only to point it somewhere other than api.netlify.com (tests use 127.0.0.1).
import {NetlifyAPI} from '@netlify/api'
import {SanadError} from '../errors/catalog.ts'
import {tokenCharacterProblem} from '../errors/tokenCharacterProblem.ts'
import {NETLIFY_FAMILY, refuseMisspelledEnvVariables} from '../sources/misspelledEnvVariables.ts'

type Env = Readonly<Record<string, string | undefined>>

/** The NETLIFY_* variables read and checked: the token (if set) and the API's address. */
const netlifyConnection = (env: Env): {token: string | undefined; options: ConstructorParameters<typeof NetlifyAPI>[1]} => {
  // Before the token: NETLIFY_AUTH_TOKN=… would otherwise read as no token set at all.
  refuseMisspelledEnvVariables(env, NETLIFY_FAMILY)
  const token = env.NETLIFY_AUTH_TOKEN?.trim() || undefined
  const problem = token && tokenCharacterProblem('NETLIFY_AUTH_TOKEN', token, 'app.netlify.com → User settings → Applications → Personal access tokens')
  if (problem) throw new SanadError('NETLIFY_CONFIG_INVALID', problem)
  const apiUrl = env.NETLIFY_API_URL?.trim()
  if (!apiUrl) return {token, options: {userAgent: 'sanad'}}
  let url: URL
  try {
    url = new URL(apiUrl)
  } catch (error) {
    throw new SanadError('NETLIFY_CONFIG_INVALID', `NETLIFY_API_URL is not a URL: "${apiUrl}".`, {cause: error})
  }
  return {token, options: {userAgent: 'sanad', scheme: url.protocol.slice(0, -1), host: url.host, pathPrefix: url.pathname.replace(/\/$/, '')}}
}

/** What `deploy --dry-run` checks of the environment: all a real deploy would, but that the token is set. */
export const checkNetlifyEnvironment = (env: Env): void => void netlifyConnection(env)

export const createNetlifyClient = (env: Env): NetlifyAPI => {
  const {token, options} = netlifyConnection(env)
  if (!token) throw new SanadError('NETLIFY_CONFIG_INVALID', 'NETLIFY_AUTH_TOKEN is not set.')
  return new NetlifyAPI(token, options)
}
