// The known name a mistyped one was most likely meant to be: the nearest by edit distance (a letter
// dropped, added or changed), when it is near enough to be a slip of the keyboard and not another
// name altogether. Pure.
import {distance} from 'fastest-levenshtein'

/**
 * The most edits a slip makes: SANITY_PROJECTID, SANITY_DATSET, SANAD_CLINC are one each, and two
 * neighbours swapped (SANITY_DATAEST) are two.
 */
const MAX_EDITS = 2

/** `undefined` when `name` is one of `known` or near none of them; letter case counts as no edit. */
export const nameMeant = <T extends string>(name: string, known: readonly T[]): T | undefined => {
  if ((known as readonly string[]).includes(name)) return undefined
  let meant: T | undefined
  let fewest = MAX_EDITS + 1
  for (const candidate of known) {
    const edits = distance(name.toUpperCase(), candidate.toUpperCase())
    if (edits < fewest) [meant, fewest] = [candidate, edits]
  }
  return meant
}
