// Refuses a SANITY_* or SANAD_* variable that is a near miss of one Sanad reads: the shell passes
// SANITY_PROJECTID=abc on without a word, Sanad never reads it, and `sanad build` would build the
// bundled sample articles instead of the project. A name near none of Sanad's is left alone: other
// tools read SANITY_* too (the Studio's SANITY_STUDIO_*, the Sanity CLI's SANITY_AUTH_TOKEN). Pure.
import {nameMeant} from '../errors/nameMeant.ts'
import {SanadError} from '../errors/catalog.ts'
import {SANAD_ENV_VARIABLES, STUDIO_ENV_PREFIX} from './envVariableNames.ts'
import type {Env} from './sanity/sanityEnv.ts'

const SANAD_OR_SANITY = /^(?:SANITY|SANAD)_/i

export interface MisspelledEnvVariable {
  name: string
  meant: (typeof SANAD_ENV_VARIABLES)[number]
}

/** Each set variable that looks like one of Sanad's but is not, with the one it was probably meant to be. */
export const misspelledEnvVariables = (env: Env): MisspelledEnvVariable[] =>
  Object.keys(env).flatMap((name) => {
    // Unset in all but name (`SANITY_DATSET=`) changes nothing Sanad does.
    if (!env[name] || !SANAD_OR_SANITY.test(name) || name.toUpperCase().startsWith(STUDIO_ENV_PREFIX)) return []
    const meant = nameMeant(name, SANAD_ENV_VARIABLES)
    return meant ? [{name, meant}] : []
  })

/** @throws SanadError ENV_INVALID naming each misspelled variable and the one it was probably meant to be. */
export const refuseMisspelledEnvVariables = (env: Env): void => {
  const misspelled = misspelledEnvVariables(env)
  if (misspelled.length === 0) return
  throw new SanadError(
    'ENV_INVALID',
    misspelled.map(({name, meant}) => `${name} is set, but Sanad reads no variable of that name: did you mean ${meant}?`).join('\n'),
    {
      hint: 'Rename each variable named above to the name Sanad reads (or unset it): a misspelled one is ignored, and without SANITY_PROJECT_ID Sanad would build the bundled sample dataset instead of your project.',
    },
  )
}
