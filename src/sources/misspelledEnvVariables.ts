// Refuses a variable that is a near miss of one Sanad reads: the shell passes SANITY_PROJECTID=abc
// or NETLIFY_AUTH_TOKN=… on without a word, Sanad never reads it, and `sanad build` would build the
// bundled sample articles instead of the project, `sanad deploy` stop on a token "not set". A name
// near none of Sanad's is left alone: other tools read SANITY_* and NETLIFY_* too (the Studio's
// SANITY_STUDIO_*, the Sanity CLI's SANITY_AUTH_TOKEN, everything Netlify sets in its builds). Pure.
import {nameMeant} from '../errors/nameMeant.ts'
import {SanadError} from '../errors/catalog.ts'
import {NETLIFY_OWN_ENV_VARIABLES, SANAD_ENV_VARIABLES, SANAD_NETLIFY_ENV_VARIABLES, STUDIO_ENV_PREFIX} from './envVariableNames.ts'
import type {Env} from './sanity/sanityEnv.ts'

/** One family of Sanad's variables: their prefix, the names Sanad reads, and those it leaves to others. */
interface EnvFamily {
  prefix: RegExp
  names: readonly string[]
  othersOwn: (upperCaseName: string) => boolean
  /** Why renaming matters, for the error's hint. */
  hint: string
}

const SANITY_FAMILY: EnvFamily = {
  prefix: /^(?:SANITY|SANAD)_/i,
  names: SANAD_ENV_VARIABLES,
  othersOwn: (name) => name.startsWith(STUDIO_ENV_PREFIX),
  hint: 'Rename each variable named above to the name Sanad reads (or unset it): a misspelled one is ignored, and without SANITY_PROJECT_ID Sanad would build the bundled sample dataset instead of your project.',
}

const NETLIFY_OWN = new Set<string>(NETLIFY_OWN_ENV_VARIABLES)

/** `sanad deploy`'s: checked where the Netlify client is made. */
export const NETLIFY_FAMILY: EnvFamily = {
  prefix: /^NETLIFY_/i,
  names: SANAD_NETLIFY_ENV_VARIABLES,
  othersOwn: (name) => NETLIFY_OWN.has(name),
  hint: 'Rename each variable named above to the name Sanad reads (or unset it): a misspelled one is ignored, and `sanad deploy` would run without the token or API address it was meant to carry.',
}

export interface MisspelledEnvVariable {
  name: string
  meant: string
}

/** Each set variable that looks like one of Sanad's but is not, with the one it was probably meant to be. */
export const misspelledEnvVariables = (env: Env, family: EnvFamily = SANITY_FAMILY): MisspelledEnvVariable[] =>
  Object.keys(env).flatMap((name) => {
    // Unset in all but name (`SANITY_DATSET=`) changes nothing Sanad does.
    if (!env[name] || !family.prefix.test(name) || family.othersOwn(name.toUpperCase())) return []
    const meant = nameMeant(name, family.names)
    return meant ? [{name, meant}] : []
  })

/** @throws SanadError ENV_INVALID naming each misspelled variable and the one it was probably meant to be. */
export const refuseMisspelledEnvVariables = (env: Env, family: EnvFamily = SANITY_FAMILY): void => {
  const misspelled = misspelledEnvVariables(env, family)
  if (misspelled.length === 0) return
  throw new SanadError('ENV_INVALID', misspelled.map(({name, meant}) => `${name} is set, but Sanad reads no variable of that name: did you mean ${meant}?`).join('\n'), {hint: family.hint})
}
